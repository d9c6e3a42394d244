namespace StageSeconde.Web.Infrastructure.Pdf;

/// <summary>Vertical metrics of lines of one font size: line height and the baseline's offset from the line's top.</summary>
internal readonly record struct LineMetrics(double Height, double Baseline);
