using PdfSharp.Drawing;

namespace StageSeconde.Web.Infrastructure.Pdf;

/// <summary>
/// Page geometry and the sober look of every document (A4, 20 mm margins, DSFR greys and Bleu France for titles).
/// The page header and footer live inside the margins' content box, at its top and bottom; the flowing area is
/// what remains between them. Nothing is drawn outside the content box.
/// </summary>
internal static class PdfTheme
{
    public const double Mm = 72 / 25.4;

    public const double PageWidth = 210 * Mm;
    public const double PageHeight = 297 * Mm;
    public const double Margin = 20 * Mm;

    public const double ContentLeft = Margin;
    public const double ContentRight = PageWidth - Margin;
    public const double ContentTop = Margin;
    public const double ContentBottom = PageHeight - Margin;
    public const double ContentWidth = ContentRight - ContentLeft;

    /// <summary>Height of the page header band (lycée name, UAI, title, rule) at the top of the content box.</summary>
    public const double HeaderBand = 14 * Mm;

    /// <summary>Height of the footer band (rule, reference, generation date, page x / y) at the bottom of the content box.</summary>
    public const double FooterBand = 10 * Mm;

    public const double FlowTop = ContentTop + HeaderBand;
    public const double FlowBottom = ContentBottom - FooterBand;
    public const double FlowHeight = FlowBottom - FlowTop;

    public const double BodySize = 9.5;
    public const double BodyLeading = 1.4;
    public const double TableSize = 8.5;
    public const double TableLeading = 1.3;
    public const double SmallSize = 7.5;

    public const double ParagraphGap = 5;
    public const double BlockGap = 8;

    public static readonly XColor Text = XColor.FromArgb(0x16, 0x16, 0x16);
    public static readonly XColor Muted = XColor.FromArgb(0x66, 0x66, 0x66);
    public static readonly XColor Title = XColor.FromArgb(0x00, 0x00, 0x91);
    public static readonly XColor Rule = XColor.FromArgb(0xCE, 0xCE, 0xCE);
    public static readonly XColor TableBorder = XColor.FromArgb(0xC8, 0xC8, 0xC8);
    public static readonly XColor TableHeaderFill = XColor.FromArgb(0xEE, 0xEE, 0xEE);
    public static readonly XColor Stamp = XColor.FromArgb(70, 0xCE, 0x05, 0x00);
    public static readonly XColor SignatureBorder = XColor.FromArgb(0x92, 0x92, 0x92);
}
