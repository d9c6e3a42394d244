namespace StageSeconde.Web.Infrastructure.Pdf.Blocks;

/// <summary>
/// Starts a new page, unless the current page is still empty, or (with <paramref name="unlessRemaining"/>) unless at least
/// that much height is still free on it: a new part starts on a new page, but not after a few lines spilled over.
/// </summary>
internal sealed class PageBreakBlock(double? unlessRemaining = null) : Block
{
    public override void Place(PageFlow flow, Block? next)
    {
        if (flow.AtPageTop) return;
        if (unlessRemaining is { } height && flow.Remaining >= height) return;
        flow.NewPage();
    }
}
