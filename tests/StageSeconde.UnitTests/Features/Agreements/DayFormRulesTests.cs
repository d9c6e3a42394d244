using System.Globalization;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.Agreements;

namespace StageSeconde.UnitTests.Features.Agreements;

/// <summary>The form's French errors on a day's breaks, field by field, before the convention's legal checks.</summary>
public sealed class DayFormRulesTests
{
    private static TimeOnly? T(string? time) => time is null ? null : TimeOnly.Parse(time, CultureInfo.InvariantCulture);

    private static DayForm Day(string start, string end, string? b1s = null, string? b1e = null, string? b2s = null, string? b2e = null) => new()
    {
        Start = T(start), End = T(end), BreakStart = T(b1s), BreakEnd = T(b1e), Break2Start = T(b2s), Break2End = T(b2e),
    };

    private static List<(string Field, string Message)> Errors(DayForm day) => [.. DayFormRules.Errors(day, "Lundi")];

    [Fact]
    public void Lunch_and_a_short_pause_inside_the_day_are_fine()
    {
        var day = Day("08:30", "16:30", "12:00", "13:00", "15:00", "15:15");

        Assert.Empty(Errors(day));
        Assert.Equal([new DayBreak(new(12, 0), new(13, 0)), new DayBreak(new(15, 0), new(15, 15))], day.ToSchedule(DayOfWeek.Monday).Breaks);
    }

    [Fact]
    public void The_second_break_is_optional() =>
        Assert.Equal([new DayBreak(new(12, 0), new(13, 0))], Day("09:00", "16:00", "12:00", "13:00").ToSchedule(DayOfWeek.Monday).Breaks);

    [Fact]
    public void A_break_with_one_time_only_is_refused_on_the_missing_field()
    {
        Assert.Equal([("BreakEnd", "Lundi : indiquez le début et la fin de la 1re pause.")], Errors(Day("09:00", "16:00", "12:00")));
        Assert.Equal([("Break2Start", "Lundi : indiquez le début et la fin de la 2e pause.")], Errors(Day("09:00", "16:00", "12:00", "13:00", null, "15:15")));
    }

    [Fact]
    public void A_break_outside_the_day_is_refused() =>
        Assert.Equal([("Break2Start", "Lundi : la 2e pause (16 h – 16 h 15) doit être comprise dans la journée (9 h – 16 h).")],
            Errors(Day("09:00", "16:00", "12:00", "13:00", "16:00", "16:15")));

    [Fact]
    public void A_break_that_ends_before_it_starts_is_refused() =>
        Assert.Equal([("BreakEnd", "Lundi : la fin de la 1re pause (12 h) doit être après son début (13 h).")],
            Errors(Day("09:00", "16:00", "13:00", "12:00")));

    [Fact]
    public void Overlapping_breaks_are_refused() =>
        Assert.Equal([("Break2Start", "Lundi : les deux pauses (12 h – 13 h et 12 h 45 – 13 h 15) se chevauchent.")],
            Errors(Day("09:00", "16:00", "12:00", "13:00", "12:45", "13:15")));

    [Fact]
    public void Breaks_that_follow_each_other_do_not_overlap() =>
        Assert.Empty(Errors(Day("09:00", "16:00", "12:00", "12:30", "12:30", "12:45")));

    [Fact]
    public void A_stored_day_comes_back_in_the_form_with_both_breaks()
    {
        var form = DayForm.From(new DaySchedule(DayOfWeek.Monday, new(8, 30), new(16, 30), new DayBreak(new(15, 0), new(15, 15)), new DayBreak(new(12, 0), new(13, 0))));

        Assert.Equal((T("12:00"), T("13:00"), T("15:00"), T("15:15")), (form.BreakStart, form.BreakEnd, form.Break2Start, form.Break2End));
    }
}
