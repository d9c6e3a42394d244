using System.Globalization;
using System.Xml.Linq;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Dashboard;

/// <summary>
/// The placement trend as a server-rendered SVG step chart (no script): the share of present students with a solution and
/// with week 1 / week 2 covered, day by day. Each line has its own dash pattern and marker shape and is labelled
/// directly at its end, so that colour is never the only cue; the SVG carries a <c>title</c> and a <c>desc</c> that
/// sum the figures up (the page adds the data table).
/// </summary>
public sealed class TrendChart
{
    public const int Width = 800;
    public const int Height = 320;
    public const double PlotLeft = 64;
    public const double PlotRight = 590;
    public const double PlotTop = 24;
    public const double PlotBottom = 264;
    /// <summary>The shortest span shown, so that a first snapshot is not drawn on a zero-width axis.</summary>
    public const int MinimumDays = 6;

    public const string EmptyMessage = "Pas encore de données : le premier relevé quotidien apparaîtra ici.";

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public TrendChart(IEnumerable<TrendPoint> points, DateOnly from, DateOnly to, DateOnly? periodStart = null, string id = "courbe-placement")
    {
        if (to < from) throw new ArgumentException("The chart's last day comes before its first.", nameof(to));
        Points = points.Where(p => p.Day >= from && p.Day <= to).OrderBy(p => p.Day).ToList();
        To = to;
        From = to.DayNumber - from.DayNumber < MinimumDays ? to.AddDays(-MinimumDays) : from;
        PeriodStart = periodStart;
        Id = id;
        Series =
        [
            new TrendSeries("Avec solution", LineStyle.Solid, "#000091", Points.Select(p => (p.Day, p.Share(p.WithSolution))).ToList()),
            new TrendSeries("Semaine 1 couverte", LineStyle.Dashed, "#18753c", Points.Select(p => (p.Day, p.Share(p.Week1Covered))).ToList()),
            new TrendSeries("Semaine 2 couverte", LineStyle.Dotted, "#b34000", Points.Select(p => (p.Day, p.Share(p.Week2Covered))).ToList()),
        ];
    }

    public DateOnly From { get; }
    public DateOnly To { get; }
    public DateOnly? PeriodStart { get; }
    public string Id { get; }
    public IReadOnlyList<TrendPoint> Points { get; }
    public IReadOnlyList<TrendSeries> Series { get; }
    public bool IsEmpty => Points.Count == 0;

    public string Title => "Évolution du placement des élèves";

    /// <summary>What the chart shows, in words (the SVG's <c>desc</c>).</summary>
    public string Description
    {
        get
        {
            if (IsEmpty) return EmptyMessage;
            var first = Points[0].Day;
            var last = Points[^1].Day;
            var span = first == last
                ? $"Relevé du {first.FormatFrench()}."
                : $"Relevés quotidiens du {first.FormatFrench()} au {last.FormatFrench()} ({Points.Count} relevés).";
            var lines = Series.Select(s =>
            {
                var start = Rounded(s.Values[0].Percent);
                var end = Rounded(s.Values[^1].Percent);
                return s.Values.Count == 1 ? $"{s.Label} : {end}." : $"{s.Label} : de {start} à {end}.";
            });
            return string.Join(" ", lines.Prepend(span));
        }
    }

    /// <summary>The horizontal position of <paramref name="day"/>.</summary>
    public double X(DateOnly day) => PlotLeft + (PlotRight - PlotLeft) * (day.DayNumber - From.DayNumber) / (To.DayNumber - From.DayNumber);

    /// <summary>The vertical position of a percent (0 at the bottom of the plot, 100 at its top).</summary>
    public static double Y(double percent) => PlotBottom - (PlotBottom - PlotTop) * Math.Clamp(percent, 0, 100) / 100;

    /// <summary>The step line of <paramref name="series"/>: each value holds until the next snapshot.</summary>
    public string PathOf(TrendSeries series)
    {
        if (series.Values.Count == 0) return "";
        var (day, percent) = series.Values[0];
        var path = new System.Text.StringBuilder($"M{N(X(day))} {N(Y(percent))}");
        foreach (var (nextDay, nextPercent) in series.Values.Skip(1))
            path.Append($" H{N(X(nextDay))} V{N(Y(nextPercent))}");
        return path.ToString();
    }

    /// <summary>The day labels of the horizontal axis: the first and last days and the Mondays between, never crowded.</summary>
    public IReadOnlyList<DateOnly> DayTicks()
    {
        const double minGap = 44;
        var candidates = new List<DateOnly> { From };
        for (var day = From.AddDays(1); day < To; day = day.AddDays(1))
            if (day.DayOfWeek == DayOfWeek.Monday) candidates.Add(day);

        var ticks = new List<DateOnly>();
        foreach (var day in candidates)
            if (ticks.Count == 0 || X(day) - X(ticks[^1]) >= minGap) ticks.Add(day);
        while (ticks.Count > 1 && X(To) - X(ticks[^1]) < minGap) ticks.RemoveAt(ticks.Count - 1);
        ticks.Add(To);
        return ticks;
    }

    /// <summary>The chart's markup: the SVG, or the « pas encore de données » message when there is no snapshot.</summary>
    public string ToMarkup()
    {
        if (IsEmpty) return new XElement("p", new XAttribute("class", "app-chart__empty"), EmptyMessage).ToString(SaveOptions.DisableFormatting);
        return ToSvg().ToString(SaveOptions.DisableFormatting);
    }

    private XElement ToSvg()
    {
        var svg = new XElement(Svg + "svg",
            new XAttribute("viewBox", $"0 0 {Width} {Height}"),
            new XAttribute("class", "app-chart__svg"),
            new XAttribute("role", "img"),
            new XAttribute("focusable", "false"),
            new XAttribute("aria-labelledby", $"{Id}-titre"),
            new XAttribute("aria-describedby", $"{Id}-description"),
            new XAttribute("font-family", "Marianne, arial, sans-serif"),
            new XAttribute("font-size", "13"),
            new XElement(Svg + "title", new XAttribute("id", $"{Id}-titre"), Title),
            new XElement(Svg + "desc", new XAttribute("id", $"{Id}-description"), Description));

        // Percent grid and labels.
        foreach (var percent in new[] { 0, 25, 50, 75, 100 })
        {
            svg.Add(new XElement(Svg + "line", Attr("x1", PlotLeft), Attr("x2", PlotRight), Attr("y1", Y(percent)), Attr("y2", Y(percent)),
                new XAttribute("stroke", percent == 0 ? "#666666" : "#dddddd"), new XAttribute("stroke-width", "1")));
            svg.Add(new XElement(Svg + "text", Attr("x", PlotLeft - 8), Attr("y", Y(percent) + 4), new XAttribute("text-anchor", "end"),
                new XAttribute("fill", "#3a3a3a"), Percentages.Format(percent)));
        }
        svg.Add(new XElement(Svg + "text", new XAttribute("transform", $"translate(14 {N((PlotTop + PlotBottom) / 2)}) rotate(-90)"),
            new XAttribute("text-anchor", "middle"), new XAttribute("fill", "#3a3a3a"), "Part des élèves présents"));

        // Days.
        foreach (var day in DayTicks())
        {
            svg.Add(new XElement(Svg + "line", Attr("x1", X(day)), Attr("x2", X(day)), Attr("y1", PlotBottom), Attr("y2", PlotBottom + 5),
                new XAttribute("stroke", "#666666")));
            svg.Add(new XElement(Svg + "text", Attr("x", X(day)), Attr("y", PlotBottom + 19), new XAttribute("text-anchor", "middle"),
                new XAttribute("fill", "#3a3a3a"), day.ToString("dd/MM", ParisTime.French)));
        }
        svg.Add(new XElement(Svg + "text", Attr("x", (PlotLeft + PlotRight) / 2), Attr("y", PlotBottom + 44), new XAttribute("text-anchor", "middle"),
            new XAttribute("fill", "#3a3a3a"), "Date du relevé"));

        if (PeriodStart is { } start && start >= From && start <= To)
        {
            svg.Add(new XElement(Svg + "line", Attr("x1", X(start)), Attr("x2", X(start)), Attr("y1", PlotTop), Attr("y2", PlotBottom),
                new XAttribute("stroke", "#666666"), new XAttribute("stroke-dasharray", "3 3")));
            svg.Add(new XElement(Svg + "text", Attr("x", X(start) - 4), Attr("y", PlotTop - 8), new XAttribute("text-anchor", "end"),
                new XAttribute("fill", "#3a3a3a"), "Début de la période"));
        }

        // The lines, their end markers and their direct labels (pushed apart when they would overlap).
        var labelYs = LabelPositions();
        for (var i = 0; i < Series.Count; i++)
        {
            var series = Series[i];
            var line = new XElement(Svg + "path", new XAttribute("d", PathOf(series)), new XAttribute("fill", "none"),
                new XAttribute("stroke", series.Colour), new XAttribute("stroke-width", series.Style == LineStyle.Solid ? "3" : "2.5"),
                new XAttribute("stroke-linejoin", "round"), new XAttribute("data-series", series.Label));
            AddDashes(line, series.Style);
            svg.Add(line);

            var (lastDay, lastPercent) = series.Values[^1];
            svg.Add(Marker(series, X(lastDay), Y(lastPercent)));

            var legend = new XElement(Svg + "line", Attr("x1", PlotRight + 10), Attr("x2", PlotRight + 38), Attr("y1", labelYs[i] - 4), Attr("y2", labelYs[i] - 4),
                new XAttribute("stroke", series.Colour), new XAttribute("stroke-width", "2.5"));
            AddDashes(legend, series.Style);
            svg.Add(legend);
            svg.Add(Marker(series, PlotRight + 24, labelYs[i] - 4));
            svg.Add(new XElement(Svg + "text", Attr("x", PlotRight + 44), Attr("y", labelYs[i]), new XAttribute("fill", "#161616"),
                $"{series.Label} : {Rounded(lastPercent)}"));
        }
        return svg;
    }

    /// <summary>The baselines of the direct labels: at the height of each line's last value, at least 16 units apart, inside the plot.</summary>
    public IReadOnlyList<double> LabelPositions()
    {
        const double gap = 16;
        var wanted = Series.Select((s, i) => (Index: i, Y: Y(s.Values.Count == 0 ? 0 : s.Values[^1].Percent) + 4)).OrderBy(l => l.Y).ThenBy(l => l.Index).ToList();
        var placed = new double[Series.Count];
        double? previous = null;
        foreach (var (index, y) in wanted)
        {
            var at = Math.Max(y, PlotTop + 4);
            if (previous is { } p) at = Math.Max(at, p + gap);
            placed[index] = at;
            previous = at;
        }
        var overflow = (previous ?? 0) - (PlotBottom + 4);
        if (overflow > 0)
            for (var i = 0; i < placed.Length; i++) placed[i] -= overflow;
        return placed;
    }

    private static void AddDashes(XElement line, LineStyle style)
    {
        switch (style)
        {
            case LineStyle.Dashed:
                line.Add(new XAttribute("stroke-dasharray", "9 5"));
                break;
            case LineStyle.Dotted:
                line.Add(new XAttribute("stroke-dasharray", "1 5"), new XAttribute("stroke-linecap", "round"));
                break;
        }
    }

    /// <summary>A circle, a square or a triangle, by line style.</summary>
    private static XElement Marker(TrendSeries series, double x, double y) => series.Style switch
    {
        LineStyle.Solid => new XElement(Svg + "circle", Attr("cx", x), Attr("cy", y), new XAttribute("r", "4.5"), new XAttribute("fill", series.Colour)),
        LineStyle.Dashed => new XElement(Svg + "rect", Attr("x", x - 4), Attr("y", y - 4), new XAttribute("width", "8"), new XAttribute("height", "8"),
            new XAttribute("fill", series.Colour)),
        _ => new XElement(Svg + "path", new XAttribute("d", $"M{N(x)} {N(y - 5)} L{N(x + 5)} {N(y + 4)} L{N(x - 5)} {N(y + 4)} Z"),
            new XAttribute("fill", series.Colour)),
    };

    private static string Rounded(double percent) => Percentages.Format((int)Math.Round(percent, MidpointRounding.AwayFromZero) switch
    {
        100 when percent < 100 => 99,
        0 when percent > 0 => 1,
        var p => p,
    });

    private static XAttribute Attr(string name, double value) => new(name, N(value));

    private static string N(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
