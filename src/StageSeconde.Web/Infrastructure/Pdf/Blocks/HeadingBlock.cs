namespace StageSeconde.Web.Infrastructure.Pdf.Blocks;

/// <summary>A bold heading of level 1 (document title), 2 (section, with a rule) or 3 (sub-section); kept with what follows.</summary>
internal sealed class HeadingBlock(string text, int level) : Block
{
    private (double Size, double Gap, double Leading, double After) Style => level switch
    {
        1 => (14, 12, 1.3, 4),
        2 => (11, 14, 1.3, 3),
        _ => (PdfTheme.BodySize, 10, PdfTheme.BodyLeading, 0),
    };

    public override void Place(PageFlow flow, Block? next)
    {
        var type = flow.Typesetter;
        var (size, gap, leading, after) = Style;
        var lines = type.Wrap(text, size, PdfTheme.ContentWidth, bold: true);
        var metrics = type.Metrics(size, leading);
        var height = lines.Count * metrics.Height + after;

        flow.Gap(gap);
        var withNext = height + (next?.LeadHeight(type) ?? 0);
        flow.Reserve(withNext <= PdfTheme.FlowHeight ? withNext : height);

        var brush = level == 1 ? type.TitleBrush : type.TextBrush;
        var top = flow.Y;
        for (var i = 0; i < lines.Count; i++)
            lines[i].Draw(flow.Gfx, brush, PdfTheme.ContentLeft, top + i * metrics.Height + metrics.Baseline);
        if (level == 2)
        {
            var y = top + lines.Count * metrics.Height + 1;
            flow.Gfx.DrawLine(type.RulePen, PdfTheme.ContentLeft, y, PdfTheme.ContentRight, y);
        }

        flow.Advance(height);
    }
}
