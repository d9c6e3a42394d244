namespace StageSeconde.Web.Infrastructure.Pdf.Blocks;

/// <summary>
/// A wrapped paragraph of styled runs. It may break between lines, but never leaves a single first line at a page's foot
/// (orphan) nor a single last line at the next page's top (widow): a paragraph of fewer than four lines stays whole.
/// Kept with the next block, it moves to a new page with that block's beginning rather than stay behind alone.
/// </summary>
internal sealed class ParagraphBlock(IReadOnlyList<TextRun> runs, bool keepWithNext = false) : Block
{
    private const int Orphans = 2;
    private const int Widows = 2;

    /// <summary>The block added after this one (set by the builder); only read when the paragraph is kept with it.</summary>
    public Block? Following { get; set; }

    public override void Place(PageFlow flow, Block? next)
    {
        var type = flow.Typesetter;
        var lines = type.Wrap(runs, PdfTheme.BodySize, PdfTheme.ContentWidth);
        var metrics = type.Metrics(PdfTheme.BodySize, PdfTheme.BodyLeading);

        flow.Gap(PdfTheme.ParagraphGap);
        var whole = lines.Count * metrics.Height;
        var withNext = keepWithNext && next is not null ? whole + next.LeadHeight(type) : 0;
        if (withNext > 0 && withNext <= PdfTheme.FlowHeight)
            flow.Reserve(withNext);
        else
            flow.Reserve(Math.Min(FirstPart(lines.Count, metrics.Height), PdfTheme.FlowHeight));

        for (var i = 0; i < lines.Count; i++)
        {
            // The last lines go to the next page together, leaving at least the first lines behind.
            if (lines.Count - i == Widows && i >= Orphans && !flow.Fits(Widows * metrics.Height) && !flow.AtPageTop)
                flow.NewPage();
            flow.Reserve(metrics.Height);
            lines[i].Draw(flow.Gfx, type.TextBrush, PdfTheme.ContentLeft, flow.Y + metrics.Baseline);
            flow.Advance(metrics.Height);
        }
    }

    public override double LeadHeight(Typesetter type)
    {
        var lines = type.Wrap(runs, PdfTheme.BodySize, PdfTheme.ContentWidth);
        var lineHeight = type.Metrics(PdfTheme.BodySize, PdfTheme.BodyLeading).Height;
        return keepWithNext && Following is not null
            ? PdfTheme.ParagraphGap + lines.Count * lineHeight + Following.LeadHeight(type)
            : PdfTheme.ParagraphGap + FirstPart(lines.Count, lineHeight);
    }

    /// <summary>What must fit at a page's foot for the paragraph to start there: all of a short paragraph, else its first lines.</summary>
    private static double FirstPart(int lineCount, double lineHeight) =>
        (lineCount < Orphans + Widows ? lineCount : Orphans) * lineHeight;
}
