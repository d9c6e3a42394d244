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

internal readonly record struct TextSegment(string Text, XFont Font, double X);

/// <summary>Vertical metrics of lines of one font size: line height and the baseline's offset from the line's top.</summary>
internal readonly record struct LineMetrics(double Height, double Baseline);
