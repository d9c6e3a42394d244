using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace StageSeconde.Web.Infrastructure.Pdf;

/// <summary>
/// The flowing layout of one document inside a shared <see cref="PdfDocument"/>: a cursor in the flowing area of the
/// current page, page breaks, and, once the document is laid out (so its page count is known), the header, footer
/// « Page x / y » and stamp of each of its pages. The drawing surfaces of the document's pages stay open until then.
/// </summary>
internal sealed class PageFlow(PdfDocument pdf, Typesetter typesetter, DocumentIdentity identity, string? stamp)
{
    private const double Epsilon = 0.01;

    private readonly List<XGraphics> _pages = [];
    private bool _placedOnPage;

    public Typesetter Typesetter => typesetter;

    public XGraphics Gfx => _pages.Count > 0 ? _pages[^1] : throw new InvalidOperationException("Aucune page ouverte.");

    /// <summary>Top of the free space on the current page.</summary>
    public double Y { get; private set; } = PdfTheme.FlowTop;

    public double Remaining => PdfTheme.FlowBottom - Y;

    /// <summary>True while nothing has been placed on the current page (spacing before a block is then dropped).</summary>
    public bool AtPageTop => !_placedOnPage;

    public int PageCount => _pages.Count;

    public void Start() => NewPage();

    public static PdfPage AddA4Page(PdfDocument pdf)
    {
        var page = pdf.AddPage();
        page.Width = XUnitPt.FromPoint(PdfTheme.PageWidth);
        page.Height = XUnitPt.FromPoint(PdfTheme.PageHeight);
        return page;
    }

    public void NewPage()
    {
        _pages.Add(XGraphics.FromPdfPage(AddA4Page(pdf)));
        Y = PdfTheme.FlowTop;
        _placedOnPage = false;
    }

    public bool Fits(double height) => Y + height <= PdfTheme.FlowBottom + Epsilon;

    /// <summary>Moves to a new page unless <paramref name="height"/> fits below the cursor or the page is still empty.</summary>
    public void Reserve(double height)
    {
        if (!Fits(height) && !AtPageTop)
            NewPage();
    }

    /// <summary>Vertical space between blocks; dropped at the top of a page.</summary>
    public void Gap(double height)
    {
        if (!AtPageTop)
            Y = Math.Min(Y + height, PdfTheme.FlowBottom);
    }

    public void Advance(double height)
    {
        Y += height;
        _placedOnPage = true;
    }

    /// <summary>
    /// Places a unit of <paramref name="lineCount"/> lines (a table row, a key–value pair) that is never split: if it does not
    /// fit, it moves whole to a new page (after <paramref name="onNewPage"/>, e.g. a repeated table header). Only a unit taller
    /// than a whole page is split, at line boundaries. <paramref name="draw"/> receives the first line, the line count,
    /// the top and the height of each slice. <paramref name="repeatedHeight"/> is the height <paramref name="onNewPage"/> takes.
    /// </summary>
    public void PlaceUnit(int lineCount, double lineHeight, double padding, Action<int, int, double, double> draw,
        Action? onNewPage = null, double repeatedHeight = 0)
    {
        lineCount = Math.Max(lineCount, 1);
        var height = lineCount * lineHeight + 2 * padding;
        // A unit that a fresh page could not hold either is split from here rather than after a needless page break.
        if (!Fits(height) && !AtPageTop && height <= PdfTheme.FlowHeight - repeatedHeight + Epsilon)
        {
            NewPage();
            onNewPage?.Invoke();
        }

        if (Fits(height))
        {
            draw(0, lineCount, Y, height);
            Advance(height);
            return;
        }

        var first = 0;
        var freshPage = AtPageTop;
        while (first < lineCount)
        {
            var count = Math.Min(lineCount - first, (int)Math.Floor((Remaining - 2 * padding + Epsilon) / lineHeight));
            if (count < 1)
            {
                if (freshPage)
                    throw new InvalidOperationException("Une ligne de texte est plus haute que la page.");
                NewPage();
                onNewPage?.Invoke();
                freshPage = true;
                continue;
            }

            var sliceHeight = count * lineHeight + 2 * padding;
            draw(first, count, Y, sliceHeight);
            Advance(sliceHeight);
            first += count;
            if (first < lineCount)
            {
                NewPage();
                onNewPage?.Invoke();
                freshPage = true;
            }
        }
    }

    /// <summary>Draws the header, footer and stamp of every page of the document, then closes its pages.</summary>
    public void Finish()
    {
        var pageCount = _pages.Count;
        for (var i = 0; i < pageCount; i++)
        {
            var gfx = _pages[i];
            DrawHeader(gfx);
            DrawFooter(gfx, i + 1, pageCount);
            if (!string.IsNullOrWhiteSpace(stamp))
                DrawStamp(gfx, stamp);
            gfx.Dispose();
        }

        _pages.Clear();
    }

    private void DrawHeader(XGraphics gfx)
    {
        var nameFont = typesetter.Font(9, bold: true);
        var small = typesetter.Font(PdfTheme.SmallSize + 0.5);
        var top = PdfTheme.ContentTop;
        var left = PdfTheme.ContentLeft;
        var right = PdfTheme.ContentRight;

        var titleWidth = 0.0;
        if (!string.IsNullOrWhiteSpace(identity.Title))
        {
            var title = typesetter.Ellipsize(identity.Title, small, PdfTheme.ContentWidth * 0.45);
            titleWidth = typesetter.Width(title, small);
            gfx.DrawString(title, small, typesetter.MutedBrush, right, top + 10, XStringFormats.BaseLineRight);
        }

        var nameWidth = PdfTheme.ContentWidth - titleWidth - (titleWidth > 0 ? 6 * PdfTheme.Mm : 0);
        gfx.DrawString(typesetter.Ellipsize(identity.SchoolName, nameFont, nameWidth), nameFont, typesetter.TextBrush,
            left, top + 10, XStringFormats.BaseLineLeft);
        gfx.DrawString(typesetter.Ellipsize($"UAI : {identity.Uai}", small, nameWidth), small, typesetter.MutedBrush,
            left, top + 21, XStringFormats.BaseLineLeft);
        gfx.DrawLine(typesetter.RulePen, left, top + 27, right, top + 27);
    }

    private void DrawFooter(XGraphics gfx, int page, int pageCount)
    {
        var font = typesetter.Font(PdfTheme.SmallSize);
        var baseline = PdfTheme.ContentBottom - 3;
        var left = PdfTheme.ContentLeft;
        var right = PdfTheme.ContentRight;
        var third = PdfTheme.ContentWidth / 3;

        gfx.DrawLine(typesetter.RulePen, left, PdfTheme.FlowBottom + 9, right, PdfTheme.FlowBottom + 9);
        gfx.DrawString(typesetter.Ellipsize($"Réf. {identity.Reference}", font, third - 6), font, typesetter.MutedBrush,
            left, baseline, XStringFormats.BaseLineLeft);
        gfx.DrawString($"Généré le {identity.GeneratedOn.FormatFrench()}", font, typesetter.MutedBrush,
            left + PdfTheme.ContentWidth / 2, baseline, XStringFormats.BaseLineCenter);
        gfx.DrawString($"Page {page} / {pageCount}", font, typesetter.MutedBrush, right, baseline, XStringFormats.BaseLineRight);
    }

    /// <summary>A diagonal mark across the flowing area, translucent red, sized to stay inside it.</summary>
    private void DrawStamp(XGraphics gfx, string text)
    {
        const double angle = 35;
        const double maxSize = 54;
        var radians = angle * Math.PI / 180;
        var (cos, sin) = (Math.Cos(radians), Math.Sin(radians));
        var widthPerPoint = typesetter.Width(text, typesetter.Font(10, bold: true)) / 10;
        const double heightPerPoint = 1.2;
        var size = Math.Min(maxSize, Math.Min(
            0.85 * PdfTheme.ContentWidth / (widthPerPoint * cos + heightPerPoint * sin),
            0.85 * PdfTheme.FlowHeight / (widthPerPoint * sin + heightPerPoint * cos)));
        size = Math.Floor(size);

        var state = gfx.Save();
        gfx.TranslateTransform(PdfTheme.ContentLeft + PdfTheme.ContentWidth / 2, PdfTheme.FlowTop + PdfTheme.FlowHeight / 2);
        gfx.RotateTransform(-angle);
        gfx.DrawString(text, typesetter.Font(size, bold: true), typesetter.StampBrush, 0, 0, XStringFormats.Center);
        gfx.Restore(state);
    }
}
