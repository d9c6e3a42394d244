namespace StageSeconde.Web.Infrastructure.Pdf.Blocks;

/// <summary>A wrapped paragraph of styled runs; it may break between lines, never leaving a single first line at a page's foot.</summary>
internal sealed class ParagraphBlock(IReadOnlyList<TextRun> runs) : Block
{
    private const int Orphans = 2;

    public override void Place(PageFlow flow, Block? next)
    {
        var type = flow.Typesetter;
        var lines = type.Wrap(runs, PdfTheme.BodySize, PdfTheme.ContentWidth);
        var metrics = type.Metrics(PdfTheme.BodySize, PdfTheme.BodyLeading);

        flow.Gap(PdfTheme.ParagraphGap);
        flow.Reserve(Math.Min(lines.Count, Orphans) * metrics.Height);
        foreach (var line in lines)
        {
            flow.Reserve(metrics.Height);
            line.Draw(flow.Gfx, type.TextBrush, PdfTheme.ContentLeft, flow.Y + metrics.Baseline);
            flow.Advance(metrics.Height);
        }
    }

    public override double LeadHeight(Typesetter type)
    {
        var lines = type.Wrap(runs, PdfTheme.BodySize, PdfTheme.ContentWidth);
        return PdfTheme.ParagraphGap + Math.Min(lines.Count, Orphans) * type.Metrics(PdfTheme.BodySize, PdfTheme.BodyLeading).Height;
    }
}
