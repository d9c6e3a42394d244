namespace StageSeconde.Web.Infrastructure.Pdf.Blocks;

/// <summary>Starts a new page, unless the current page is still empty.</summary>
internal sealed class PageBreakBlock : Block
{
    public override void Place(PageFlow flow, Block? next)
    {
        if (!flow.AtPageTop)
            flow.NewPage();
    }
}
