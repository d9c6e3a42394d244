namespace StageSeconde.Web.Features.Dashboard;

/// <summary>How a line is drawn, so that the chart reads without colour: solid, dashed, dotted (and a marker shape each).</summary>
public enum LineStyle
{
    Solid,
    Dashed,
    Dotted,
}
