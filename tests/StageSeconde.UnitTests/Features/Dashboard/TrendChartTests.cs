using System.Xml.Linq;
using StageSeconde.Web.Features.Dashboard;

namespace StageSeconde.UnitTests.Features.Dashboard;

public sealed class TrendChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly DateOnly Day0 = new(2027, 5, 3);

    private static TrendPoint Point(int day, int present, int withSolution, int week1, int week2, int signed = 0) =>
        new(Day0.AddDays(day), present, withSolution, week1, week2, signed);

    private static XElement Parse(TrendChart chart) => XElement.Parse(chart.ToMarkup());

    [Fact]
    public void No_snapshot_shows_the_no_data_message_instead_of_a_chart()
    {
        var chart = new TrendChart([], Day0, Day0.AddDays(10));

        Assert.True(chart.IsEmpty);
        Assert.Contains("Pas encore de données", chart.ToMarkup());
        Assert.DoesNotContain("<svg", chart.ToMarkup());
    }

    [Fact]
    public void Positions_come_from_the_days_and_percents()
    {
        var chart = new TrendChart([Point(0, 4, 2, 2, 1)], Day0, Day0.AddDays(6));

        Assert.Equal(TrendChart.PlotLeft, chart.X(Day0));
        Assert.Equal(TrendChart.PlotRight, chart.X(Day0.AddDays(6)));
        Assert.Equal(TrendChart.PlotLeft + (TrendChart.PlotRight - TrendChart.PlotLeft) / 2, chart.X(Day0.AddDays(3)), 6);
        Assert.Equal(TrendChart.PlotBottom, TrendChart.Y(0));
        Assert.Equal(TrendChart.PlotTop, TrendChart.Y(100));
        Assert.Equal(144, TrendChart.Y(50));
    }

    [Fact]
    public void Each_line_is_a_step_path_through_its_snapshots()
    {
        // Day 0: 2 of 4 with a solution (50 %); day 2: 3 of 4 (75 %). Six days wide: a day is (590 − 64) / 6 units.
        var chart = new TrendChart([Point(0, 4, 2, 2, 1), Point(2, 4, 3, 2, 2)], Day0, Day0.AddDays(6));

        var withSolution = chart.Series.Single(s => s.Label == "Avec solution");
        Assert.Equal("M64 144 H239.33 V84", chart.PathOf(withSolution));
        var week2 = chart.Series.Single(s => s.Label == "Semaine 2 couverte");
        Assert.Equal("M64 204 H239.33 V144", chart.PathOf(week2));
    }

    [Fact]
    public void Snapshots_outside_the_window_are_left_out()
    {
        var chart = new TrendChart([Point(-3, 4, 1, 1, 1), Point(1, 4, 2, 2, 2), Point(20, 4, 4, 4, 4)], Day0, Day0.AddDays(10));

        Assert.Equal([Day0.AddDays(1)], chart.Points.Select(p => p.Day));
    }

    [Fact]
    public void A_single_snapshot_is_drawn_on_at_least_a_week()
    {
        var chart = new TrendChart([Point(0, 10, 5, 5, 5)], Day0, Day0);

        Assert.Equal(Day0.AddDays(-TrendChart.MinimumDays), chart.From);
        Assert.Equal(TrendChart.PlotRight, chart.X(Day0));
    }

    [Fact]
    public void The_svg_has_a_title_a_description_and_three_lines_told_apart_without_colour()
    {
        var svg = Parse(new TrendChart([Point(0, 4, 2, 2, 1), Point(2, 4, 3, 2, 2)], Day0, Day0.AddDays(6)));

        Assert.Equal("img", (string?)svg.Attribute("role"));
        var title = svg.Element(Svg + "title")!;
        var desc = svg.Element(Svg + "desc")!;
        Assert.Equal((string?)title.Attribute("id"), (string?)svg.Attribute("aria-labelledby"));
        Assert.Equal((string?)desc.Attribute("id"), (string?)svg.Attribute("aria-describedby"));
        Assert.Equal("Évolution du placement des élèves", title.Value);
        Assert.Contains("Avec solution : de 50\u00A0% à 75\u00A0%.", desc.Value);
        Assert.Contains("du 03/05/2027 au 05/05/2027 (2 relevés)", desc.Value);

        var lines = svg.Elements(Svg + "path").Where(p => p.Attribute("data-series") is not null).ToList();
        Assert.Equal(["Avec solution", "Semaine 1 couverte", "Semaine 2 couverte"], lines.Select(l => (string)l.Attribute("data-series")!));
        var dashes = lines.Select(l => (string?)l.Attribute("stroke-dasharray")).ToList();
        Assert.Equal(3, dashes.Distinct().Count());
        Assert.Null(dashes[0]);

        var texts = svg.Elements(Svg + "text").Select(t => t.Value).ToList();
        Assert.Contains("Avec solution : 75\u00A0%", texts);
        Assert.Contains("Semaine 1 couverte : 50\u00A0%", texts);
        Assert.Contains("Semaine 2 couverte : 50\u00A0%", texts);
        Assert.Contains("Date du relevé", texts);
        Assert.Contains("Part des élèves présents", texts);
        Assert.Contains("100\u00A0%", texts);
        Assert.Contains("03/05", texts);
    }

    [Fact]
    public void Direct_labels_of_equal_values_are_pushed_apart()
    {
        var chart = new TrendChart([Point(0, 4, 2, 2, 2)], Day0, Day0.AddDays(6));

        var ys = chart.LabelPositions().Order().ToList();
        Assert.True(ys[1] - ys[0] >= 16 && ys[2] - ys[1] >= 16, string.Join(", ", ys));
    }

    [Fact]
    public void The_start_of_the_period_is_marked_when_it_falls_in_the_window()
    {
        var inside = Parse(new TrendChart([Point(0, 4, 2, 2, 1)], Day0, Day0.AddDays(14), periodStart: Day0.AddDays(7)));
        var after = Parse(new TrendChart([Point(0, 4, 2, 2, 1)], Day0, Day0.AddDays(14), periodStart: Day0.AddDays(30)));

        Assert.Contains(inside.Elements(Svg + "text"), t => t.Value == "Début de la période");
        Assert.DoesNotContain(after.Elements(Svg + "text"), t => t.Value == "Début de la période");
    }

    [Fact]
    public void Day_labels_are_the_first_and_last_days_and_the_mondays_between()
    {
        // 3 May 2027 is a Monday; up to Sunday 30 May.
        var chart = new TrendChart([Point(0, 4, 2, 2, 1)], Day0, Day0.AddDays(27));

        Assert.Equal([Day0, Day0.AddDays(7), Day0.AddDays(14), Day0.AddDays(21), Day0.AddDays(27)], chart.DayTicks());
    }

    [Fact]
    public void Nobody_present_counts_as_zero_percent()
    {
        var chart = new TrendChart([Point(0, 0, 0, 0, 0)], Day0, Day0.AddDays(6));

        Assert.All(chart.Series, s => Assert.Equal(0, s.Values[0].Percent));
    }
}
