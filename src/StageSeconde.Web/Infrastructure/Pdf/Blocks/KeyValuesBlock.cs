namespace StageSeconde.Web.Infrastructure.Pdf.Blocks;

/// <summary>« Label : value » pairs in two columns; long values wrap; a pair is never split across pages.</summary>
internal sealed class KeyValuesBlock(IReadOnlyList<(string Label, string Value)> pairs, double labelWidth) : Block
{
    private const double ColumnGap = 4 * PdfTheme.Mm;
    private const double PairGap = 1.5;

    public override void Place(PageFlow flow, Block? next)
    {
        var type = flow.Typesetter;
        var metrics = type.Metrics(PdfTheme.BodySize, PdfTheme.BodyLeading);
        var labelColumn = PdfTheme.ContentWidth * labelWidth;
        var valueLeft = PdfTheme.ContentLeft + labelColumn + ColumnGap;
        var valueWidth = PdfTheme.ContentRight - valueLeft;

        flow.Gap(PdfTheme.ParagraphGap);
        foreach (var (label, value) in pairs)
        {
            var labelLines = type.Wrap(Label(label), PdfTheme.BodySize, labelColumn);
            var valueLines = type.Wrap(value, PdfTheme.BodySize, valueWidth);
            var count = Math.Max(labelLines.Count, valueLines.Count);
            flow.PlaceUnit(count, metrics.Height, PairGap / 2, (first, slice, top, _) =>
            {
                for (var i = first; i < first + slice; i++)
                {
                    var baseline = top + PairGap / 2 + (i - first) * metrics.Height + metrics.Baseline;
                    if (i < labelLines.Count)
                        labelLines[i].Draw(flow.Gfx, type.MutedBrush, PdfTheme.ContentLeft, baseline);
                    if (i < valueLines.Count)
                        valueLines[i].Draw(flow.Gfx, type.TextBrush, valueLeft, baseline);
                }
            });
        }
    }

    public override double LeadHeight(Typesetter type)
    {
        if (pairs.Count == 0)
            return 0;
        var (label, value) = pairs[0];
        var count = Math.Max(
            type.Wrap(Label(label), PdfTheme.BodySize, PdfTheme.ContentWidth * labelWidth).Count,
            type.Wrap(value, PdfTheme.BodySize, PdfTheme.ContentWidth * (1 - labelWidth) - ColumnGap).Count);
        return PdfTheme.ParagraphGap + Math.Max(count, 1) * type.Metrics(PdfTheme.BodySize, PdfTheme.BodyLeading).Height + PairGap;
    }

    /// <summary>French typography: a no-break space before the colon.</summary>
    private static string Label(string label) => label.TrimEnd().TrimEnd(':').TrimEnd() + "\u00A0:";
}
