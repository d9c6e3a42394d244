using PdfSharp.Drawing;

namespace StageSeconde.Web.Infrastructure.Pdf.Blocks;

/// <summary>
/// Boxed signature areas side by side (<c>perRow</c> per row), each of a fixed height (grown to its text if needed)
/// and never split across pages: a row of boxes that does not fit moves whole to the next page. Kept together, all the rows
/// move to the next page rather than leave some signing parties behind.
/// </summary>
internal sealed class SignatureBoxesBlock(IReadOnlyList<SignatureBox> boxes, int perRow, double height, bool keepTogether = false) : Block
{
    private const double Gutter = 6 * PdfTheme.Mm;
    private const double Padding = 3 * PdfTheme.Mm;
    private const double LineGap = 3;

    public override void Place(PageFlow flow, Block? next)
    {
        var type = flow.Typesetter;
        var width = BoxWidth();
        flow.Gap(PdfTheme.BlockGap);
        if (keepTogether && TotalHeight(type, width) is var total && total <= PdfTheme.FlowHeight)
            flow.Reserve(total);
        foreach (var (index, row) in boxes.Chunk(perRow).Index())
        {
            if (index > 0)
                flow.Gap(Gutter / 2);
            var laidOut = row.Select(box => Layout(type, box, width)).ToList();
            // Titles of a row take the same number of lines, so that « Date : » and « Signature : » line up.
            var titleLines = laidOut.Max(b => b.Title.Count);
            var rowHeight = RowHeight(laidOut);
            if (rowHeight > PdfTheme.FlowHeight)
                throw new InvalidOperationException("Un cadre de signature ne tient pas sur une page.");

            flow.Reserve(rowHeight);
            var x = PdfTheme.ContentLeft;
            foreach (var box in laidOut)
            {
                Draw(flow.Gfx, type, box, x, flow.Y, width, rowHeight, titleLines);
                x += width + Gutter;
            }

            flow.Advance(rowHeight);
        }
    }

    public override double LeadHeight(Typesetter type)
    {
        var width = BoxWidth();
        if (keepTogether && TotalHeight(type, width) is var total && total <= PdfTheme.FlowHeight)
            return PdfTheme.BlockGap + total;
        var first = boxes.Take(perRow).Select(box => Layout(type, box, width)).ToList();
        return first.Count == 0 ? 0 : PdfTheme.BlockGap + RowHeight(first);
    }

    /// <summary>All the rows with the gaps between them.</summary>
    private double TotalHeight(Typesetter type, double width)
    {
        var rows = boxes.Chunk(perRow).Select(row => RowHeight(row.Select(box => Layout(type, box, width)).ToList())).ToList();
        return rows.Sum() + Math.Max(0, rows.Count - 1) * Gutter / 2;
    }

    private double RowHeight(IReadOnlyList<LaidOutBox> row)
    {
        var titleLines = row.Max(b => b.Title.Count);
        return Math.Max(height, row.Max(b => b.Height + (titleLines - b.Title.Count) * b.Body.Height));
    }

    private double BoxWidth() => (PdfTheme.ContentWidth - (perRow - 1) * Gutter) / perRow;

    private static LaidOutBox Layout(Typesetter type, SignatureBox box, double width)
    {
        var inner = width - 2 * Padding;
        var title = type.Wrap(box.Title, PdfTheme.BodySize, inner, bold: true);
        var lines = box.LinesOrDefault.SelectMany(l => type.Wrap(l, PdfTheme.BodySize, inner)).ToList();
        var recorded = box.RecordedText is null ? [] : type.Wrap(box.RecordedText, PdfTheme.SmallSize + 0.5, inner, italic: true);
        var body = type.Metrics(PdfTheme.BodySize, PdfTheme.BodyLeading);
        var small = type.Metrics(PdfTheme.SmallSize + 0.5, PdfTheme.BodyLeading);
        var contentHeight = 2 * Padding + title.Count * body.Height + LineGap + lines.Count * (body.Height + LineGap)
            + (recorded.Count > 0 ? LineGap + recorded.Count * small.Height : 0);
        return new LaidOutBox(title, lines, recorded, body, small, contentHeight);
    }

    private static void Draw(XGraphics gfx, Typesetter type, LaidOutBox box, double left, double top, double width, double height, int titleLines)
    {
        gfx.DrawRectangle(type.SignaturePen, left, top, width, height);
        var x = left + Padding;
        for (var i = 0; i < box.Title.Count; i++)
            box.Title[i].Draw(gfx, type.TextBrush, x, top + Padding + i * box.Body.Height + box.Body.Baseline);

        var y = top + Padding + titleLines * box.Body.Height + LineGap;
        foreach (var line in box.Lines)
        {
            line.Draw(gfx, type.TextBrush, x, y + box.Body.Baseline);
            y += box.Body.Height + LineGap;
        }

        // The recorded signature sits at the foot of the box, below the space left for a handwritten signature.
        var recordedTop = top + height - Padding - box.Recorded.Count * box.Small.Height;
        foreach (var line in box.Recorded)
        {
            line.Draw(gfx, type.MutedBrush, x, recordedTop + box.Small.Baseline);
            recordedTop += box.Small.Height;
        }
    }

    private sealed record LaidOutBox(
        IReadOnlyList<TextLine> Title, IReadOnlyList<TextLine> Lines, IReadOnlyList<TextLine> Recorded,
        LineMetrics Body, LineMetrics Small, double Height);
}
