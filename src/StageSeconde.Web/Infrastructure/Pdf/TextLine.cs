using PdfSharp.Drawing;

namespace StageSeconde.Web.Infrastructure.Pdf;

/// <summary>One laid-out line: segments of text in one font each, at x offsets from the line's start.</summary>
internal sealed record TextLine(IReadOnlyList<TextSegment> Segments, double Width)
{
    public static readonly TextLine Empty = new([], 0);

    public void Draw(XGraphics gfx, XBrush brush, double x, double baseline)
    {
        foreach (var segment in Segments)
            gfx.DrawString(segment.Text, segment.Font, brush, x + segment.X, baseline, XStringFormats.BaseLineLeft);
    }
}
