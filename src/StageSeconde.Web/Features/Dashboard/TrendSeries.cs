namespace StageSeconde.Web.Features.Dashboard;

/// <summary>One line of the chart: its label, its style and its values (exact percents, in day order).</summary>
public sealed record TrendSeries(string Label, LineStyle Style, string Colour, IReadOnlyList<(DateOnly Day, double Percent)> Values);
