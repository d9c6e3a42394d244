namespace StageSeconde.Web.Domain.Programme;

/// <summary>
/// The days of the in-school programme: Monday to Friday of each week of the observation period (no Saturday), two
/// half-days each; and who is available on them.
/// </summary>
public static class ProgrammeCalendar
{
    /// <summary>Monday to Friday of <paramref name="week"/> (1 or 2) of the year's observation period.</summary>
    public static IReadOnlyList<DateOnly> Days(SchoolYear year, int week)
    {
        var start = week switch
        {
            1 => year.Week1Start,
            2 => year.Week2Start,
            _ => throw new ArgumentOutOfRangeException(nameof(week), week, "Week 1 or 2."),
        };
        return Enumerable.Range(0, 7).Select(start.AddDays)
            .Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            .Take(5).ToList();
    }

    /// <summary>Every half-day of the programme, in order: week 1 then week 2, morning before afternoon.</summary>
    public static IReadOnlyList<(DateOnly Date, bool Afternoon)> HalfDays(SchoolYear year) =>
        [.. from week in new[] { 1, 2 } from day in Days(year, week) from afternoon in new[] { false, true } select (day, afternoon)];

    /// <summary>The week (1 or 2) a date of the programme belongs to; null outside the programme's days.</summary>
    public static int? WeekOf(SchoolYear year, DateOnly date) =>
        Days(year, 1).Contains(date) ? 1 : Days(year, 2).Contains(date) ? 2 : null;

    /// <summary>
    /// The half-days of <paramref name="halfDays"/> a supervisor can supervise: not declared unavailable and not taken by
    /// one of their examiner duties.
    /// </summary>
    public static IReadOnlyList<(DateOnly Date, bool Afternoon)> Available(
        IEnumerable<(DateOnly Date, bool Afternoon)> halfDays, ProgrammeSupervisor supervisor, IEnumerable<ExaminerDuty> duties)
    {
        var theirs = duties.Where(d => d.StaffMemberId == supervisor.StaffMemberId).ToList();
        var off = supervisor.Unavailabilities.Select(u => (u.Date, u.Afternoon)).ToHashSet();
        return halfDays.Where(h => !off.Contains(h) && !theirs.Any(d => d.Covers(h.Date, h.Afternoon))).ToList();
    }
}
