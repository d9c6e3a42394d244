using PdfSharp.Drawing;

namespace StageSeconde.Web.Infrastructure.Pdf.Blocks;

/// <summary>
/// A framed box with an image on the left (a QR code) and a wrapped text beside it; never split across pages. The image
/// is drawn without smoothing, so that a QR code's modules stay sharp however it is scaled.
/// </summary>
internal sealed class ImageWithTextBlock(byte[] image, double imageSize, IReadOnlyList<TextRun> runs) : Block
{
    private const double Padding = 3 * PdfTheme.Mm;
    private const double Gutter = 5 * PdfTheme.Mm;

    public override void Place(PageFlow flow, Block? next)
    {
        var type = flow.Typesetter;
        var (lines, metrics, height) = Layout(type);
        flow.Gap(PdfTheme.BlockGap);
        flow.Reserve(height);

        var top = flow.Y;
        var gfx = flow.Gfx;
        gfx.DrawRectangle(type.SignaturePen, PdfTheme.ContentLeft, top, PdfTheme.ContentWidth, height);
        var picture = XImage.FromStream(new MemoryStream(image, writable: false));
        picture.Interpolate = false;
        gfx.DrawImage(picture, PdfTheme.ContentLeft + Padding, top + Padding, imageSize, imageSize);

        var textLeft = PdfTheme.ContentLeft + Padding + imageSize + Gutter;
        var textTop = top + Math.Max(Padding, (height - lines.Count * metrics.Height) / 2);
        for (var i = 0; i < lines.Count; i++)
            lines[i].Draw(gfx, type.TextBrush, textLeft, textTop + i * metrics.Height + metrics.Baseline);
        flow.Advance(height);
    }

    public override double LeadHeight(Typesetter type) => PdfTheme.BlockGap + Layout(type).Height;

    private (IReadOnlyList<TextLine> Lines, LineMetrics Metrics, double Height) Layout(Typesetter type)
    {
        var textWidth = PdfTheme.ContentWidth - 2 * Padding - imageSize - Gutter;
        var lines = type.Wrap(runs, PdfTheme.BodySize, textWidth);
        var metrics = type.Metrics(PdfTheme.BodySize, PdfTheme.BodyLeading);
        var height = 2 * Padding + Math.Max(imageSize, lines.Count * metrics.Height);
        return (lines, metrics, height);
    }
}
