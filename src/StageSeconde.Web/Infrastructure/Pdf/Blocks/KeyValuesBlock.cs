namespace StageSeconde.Web.Infrastructure.Pdf.Blocks;

/// <summary>
/// « Label : value » pairs in two columns; long values wrap; a pair is never split across pages, and a short list
/// (up to <see cref="KeptTogether"/> pairs, e.g. a person's name, e-mail and phone) stays on one page.
/// </summary>
internal sealed class KeyValuesBlock(IReadOnlyList<(string Label, string Value)> pairs, double labelWidth) : Block
{
    private const double ColumnGap = 4 * PdfTheme.Mm;
    private const double PairGap = 1.5;
    private const int KeptTogether = 3;

    public override void Place(PageFlow flow, Block? next)
    {
        var type = flow.Typesetter;
        var metrics = type.Metrics(PdfTheme.BodySize, PdfTheme.BodyLeading);
        var labelColumn = PdfTheme.ContentWidth * labelWidth;
        var valueLeft = PdfTheme.ContentLeft + labelColumn + ColumnGap;
        var valueWidth = PdfTheme.ContentRight - valueLeft;

        flow.Gap(PdfTheme.ParagraphGap);
        if (pairs.Count <= KeptTogether)
            flow.Reserve(Math.Min(Height(type, pairs.Count), PdfTheme.FlowHeight));
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

    public override double LeadHeight(Typesetter type) =>
        pairs.Count == 0 ? 0 : PdfTheme.ParagraphGap + Height(type, pairs.Count <= KeptTogether ? pairs.Count : 1);

    /// <summary>The height of the first <paramref name="count"/> pairs.</summary>
    private double Height(Typesetter type, int count)
    {
        var lineHeight = type.Metrics(PdfTheme.BodySize, PdfTheme.BodyLeading).Height;
        var labelColumn = PdfTheme.ContentWidth * labelWidth;
        var valueWidth = PdfTheme.ContentWidth - labelColumn - ColumnGap;
        return pairs.Take(count).Sum(pair =>
            Math.Max(1, Math.Max(type.Wrap(Label(pair.Label), PdfTheme.BodySize, labelColumn).Count, type.Wrap(pair.Value, PdfTheme.BodySize, valueWidth).Count))
            * lineHeight + PairGap);
    }

    /// <summary>French typography: a no-break space before the colon.</summary>
    private static string Label(string label) => label.TrimEnd().TrimEnd(':').TrimEnd() + "\u00A0:";
}
