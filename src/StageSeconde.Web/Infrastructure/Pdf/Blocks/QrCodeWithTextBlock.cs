using PdfSharp.Drawing;

namespace StageSeconde.Web.Infrastructure.Pdf.Blocks;

/// <summary>
/// A framed box with a QR code on the left and a wrapped text beside it; never split across pages. The code is drawn as
/// vector squares (one rectangle per run of dark modules in a row): sharp at any size and printer, a few hundred bytes.
/// </summary>
internal sealed class QrCodeWithTextBlock(IReadOnlyList<IReadOnlyList<bool>> modules, double imageSize, IReadOnlyList<TextRun> runs) : Block
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
        DrawModules(gfx, type.TextBrush, PdfTheme.ContentLeft + Padding, top + Padding);

        var textLeft = PdfTheme.ContentLeft + Padding + imageSize + Gutter;
        var textTop = top + Math.Max(Padding, (height - lines.Count * metrics.Height) / 2);
        for (var i = 0; i < lines.Count; i++)
            lines[i].Draw(gfx, type.TextBrush, textLeft, textTop + i * metrics.Height + metrics.Baseline);
        flow.Advance(height);
    }

    private void DrawModules(XGraphics gfx, XBrush brush, double left, double top)
    {
        var module = imageSize / modules.Count;
        for (var row = 0; row < modules.Count; row++)
        {
            var cells = modules[row];
            var column = 0;
            while (column < cells.Count)
            {
                if (!cells[column]) { column++; continue; }
                var start = column;
                while (column < cells.Count && cells[column]) column++;
                // A hair taller than a module, so that no seam shows between two rows.
                gfx.DrawRectangle(brush, left + start * module, top + row * module, (column - start) * module, module + 0.05);
            }
        }
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
