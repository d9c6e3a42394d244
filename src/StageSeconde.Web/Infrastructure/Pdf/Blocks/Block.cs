namespace StageSeconde.Web.Infrastructure.Pdf.Blocks;

/// <summary>A piece of a document, laid out in the flow. Blocks hold data only; layout happens when a composer places them.</summary>
internal abstract class Block
{
    /// <param name="flow">The flow of the document being composed.</param>
    /// <param name="next">The following block, for blocks that must stay with it (a heading with its first lines).</param>
    public abstract void Place(PageFlow flow, Block? next);

    /// <summary>The height of this block's beginning that must fit on the page of a heading placed just before it.</summary>
    public virtual double LeadHeight(Typesetter type) => 0;
}
