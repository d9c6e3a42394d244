using PdfSharp.Drawing;

namespace StageSeconde.Web.Infrastructure.Pdf.Blocks;

/// <summary>
/// A bordered table with proportional column widths and a bold header row, repeated at the top of each page the table
/// continues on. A row never splits: if it does not fit, it moves whole to the next page. Only a row taller than a whole
/// page (which real documents do not have) is split, at line boundaries, the header repeated above each part.
/// A short table kept together (a timetable) moves whole to the next page rather than split.
/// </summary>
internal sealed class TableBlock(IReadOnlyList<TableColumn> columns, IReadOnlyList<IReadOnlyList<string>> rows, bool repeatHeader, bool keepTogether = false) : Block
{
    private const double PaddingX = 4;
    private const double PaddingY = 3;

    public override void Place(PageFlow flow, Block? next)
    {
        var type = flow.Typesetter;
        var widths = Widths();
        var metrics = type.Metrics(PdfTheme.TableSize, PdfTheme.TableLeading);
        var header = Layout(type, columns.Select(c => c.Header).ToList(), widths, bold: true);
        var headerHeight = Height(header, metrics);

        flow.Gap(PdfTheme.BlockGap);
        var firstRow = rows.Count > 0 ? Height(Layout(type, rows[0], widths, bold: false), metrics) : 0;
        var whole = keepTogether ? headerHeight + rows.Sum(r => Height(Layout(type, r, widths, bold: false), metrics)) : 0;
        flow.Reserve(whole > 0 && whole <= PdfTheme.FlowHeight ? whole : headerHeight + Math.Min(firstRow, PdfTheme.FlowHeight - headerHeight));
        DrawHeader();

        foreach (var row in rows)
        {
            var cells = Layout(type, row, widths, bold: false);
            flow.PlaceUnit(LineCount(cells), metrics.Height, PaddingY,
                (first, count, top, height) => DrawRow(flow.Gfx, type, cells, widths, metrics, first, count, top, height, header: false),
                repeatHeader ? DrawHeader : null, repeatHeader ? headerHeight : 0);
        }

        void DrawHeader()
        {
            flow.PlaceUnit(LineCount(header), metrics.Height, PaddingY,
                (first, count, top, height) => DrawRow(flow.Gfx, type, header, widths, metrics, first, count, top, height, header: true));
        }
    }

    public override double LeadHeight(Typesetter type)
    {
        var widths = Widths();
        var metrics = type.Metrics(PdfTheme.TableSize, PdfTheme.TableLeading);
        var height = PdfTheme.BlockGap + Height(Layout(type, columns.Select(c => c.Header).ToList(), widths, bold: true), metrics);
        var lead = keepTogether ? rows : rows.Take(1);
        var total = height + lead.Sum(r => Height(Layout(type, r, widths, bold: false), metrics));
        return keepTogether && total > PdfTheme.FlowHeight && rows.Count > 0
            ? height + Height(Layout(type, rows[0], widths, bold: false), metrics)
            : total;
    }

    private double[] Widths()
    {
        var total = columns.Sum(c => c.Width);
        return columns.Select(c => PdfTheme.ContentWidth * c.Width / total).ToArray();
    }

    private static IReadOnlyList<TextLine>[] Layout(Typesetter type, IReadOnlyList<string> cells, double[] widths, bool bold) =>
        cells.Select((text, i) => type.Wrap(text, PdfTheme.TableSize, widths[i] - 2 * PaddingX, bold)).ToArray();

    private static int LineCount(IReadOnlyList<TextLine>[] cells) => Math.Max(1, cells.Max(c => c.Count));

    private static double Height(IReadOnlyList<TextLine>[] cells, LineMetrics metrics) => LineCount(cells) * metrics.Height + 2 * PaddingY;

    private static void DrawRow(XGraphics gfx, Typesetter type, IReadOnlyList<TextLine>[] cells, double[] widths, LineMetrics metrics,
        int first, int count, double top, double height, bool header)
    {
        var x = PdfTheme.ContentLeft;
        for (var c = 0; c < cells.Length; c++)
        {
            if (header)
                gfx.DrawRectangle(type.TablePen, type.TableHeaderBrush, x, top, widths[c], height);
            else
                gfx.DrawRectangle(type.TablePen, x, top, widths[c], height);
            var lines = cells[c];
            for (var i = first; i < Math.Min(first + count, lines.Count); i++)
                lines[i].Draw(gfx, type.TextBrush, x + PaddingX, top + PaddingY + (i - first) * metrics.Height + metrics.Baseline);
            x += widths[c];
        }
    }
}
