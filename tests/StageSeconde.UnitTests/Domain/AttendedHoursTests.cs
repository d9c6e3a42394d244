using StageSeconde.Web.Domain;

namespace StageSeconde.UnitTests.Domain;

/// <summary>The hours done printed on the attestation: the timetable's hours over the dates, minus the absences recorded.</summary>
public sealed class AttendedHoursTests
{
    // Monday 14 to Friday 25 June 2027: two weeks.
    private static readonly DateOnly Monday = new(2027, 6, 14);
    private static readonly DateOnly LastFriday = new(2027, 6, 25);

    /// <summary>9 h–12 h and 13 h 30–17 h, Monday to Friday: 6 h 30 a day.</summary>
    private static IReadOnlyList<DaySchedule> Week(bool saturday = false) =>
    [
        .. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
            .Select(d => new DaySchedule(d, new TimeOnly(9, 0), new TimeOnly(17, 0), new DayBreak(new TimeOnly(12, 0), new TimeOnly(13, 30)))),
        saturday ? new DaySchedule(DayOfWeek.Saturday, new TimeOnly(9, 0), new TimeOnly(12, 0)) : DaySchedule.Off(DayOfWeek.Saturday),
    ];

    private static HoursDone Compute(params MissedTime[] absences) => AttendedHours.Compute(Monday, LastFriday, Week(), absences);

    [Fact]
    public void Without_absence_the_hours_done_are_the_planned_hours_of_every_working_day()
    {
        var hours = Compute();
        Assert.Equal(TimeSpan.FromHours(65), hours.Planned);
        Assert.Equal(hours.Planned, hours.Done);
        Assert.False(hours.HasAbsences);
    }

    [Fact]
    public void A_worked_saturday_inside_the_dates_counts_and_one_outside_does_not()
    {
        Assert.Equal(TimeSpan.FromHours(68), AttendedHours.Compute(Monday, LastFriday, Week(saturday: true), []).Planned);
        Assert.Equal(TimeSpan.FromHours(71), AttendedHours.Compute(Monday, LastFriday.AddDays(1), Week(saturday: true), []).Planned);
    }

    [Fact]
    public void A_whole_day_absent_takes_off_the_day() =>
        Assert.Equal(TimeSpan.FromHours(58.5), Compute(new MissedTime(Monday, AbsenceKind.Absence, DayPart.WholeDay, null)).Done);

    [Fact]
    public void A_morning_takes_off_the_presence_before_lunch_and_an_afternoon_the_presence_after()
    {
        Assert.Equal(TimeSpan.FromHours(3), Compute(new MissedTime(Monday, AbsenceKind.Illness, DayPart.Morning, null)).Missed);
        Assert.Equal(TimeSpan.FromHours(3.5), Compute(new MissedTime(Monday, AbsenceKind.Absence, DayPart.Afternoon, null)).Missed);
    }

    [Fact]
    public void Without_a_lunch_break_noon_splits_the_day()
    {
        var schedule = new[] { new DaySchedule(DayOfWeek.Monday, new TimeOnly(8, 0), new TimeOnly(14, 0)) };
        var hours = AttendedHours.Compute(Monday, Monday, schedule, [new MissedTime(Monday, AbsenceKind.Absence, DayPart.Afternoon, null)]);
        Assert.Equal(TimeSpan.FromHours(6), hours.Planned);
        Assert.Equal(TimeSpan.FromHours(4), hours.Done);
    }

    [Fact]
    public void A_late_arrival_takes_off_from_the_planned_arrival_to_the_time_recorded() =>
        Assert.Equal(TimeSpan.FromMinutes(45), Compute(new MissedTime(Monday, AbsenceKind.LateArrival, DayPart.Morning, new TimeOnly(9, 45))).Missed);

    [Fact]
    public void An_early_departure_takes_off_to_the_planned_departure_but_not_the_lunch_break() =>
        Assert.Equal(TimeSpan.FromHours(4.5), Compute(new MissedTime(Monday, AbsenceKind.EarlyDeparture, DayPart.Morning, new TimeOnly(11, 0))).Missed);

    [Fact]
    public void Time_missed_twice_is_taken_off_once() =>
        Assert.Equal(TimeSpan.FromHours(3), Compute(
            new MissedTime(Monday, AbsenceKind.Absence, DayPart.Morning, null),
            new MissedTime(Monday, AbsenceKind.LateArrival, DayPart.Morning, new TimeOnly(10, 0))).Missed);

    [Fact]
    public void An_accident_or_an_incident_takes_nothing_off() =>
        Assert.Equal(TimeSpan.Zero, Compute(
            new MissedTime(Monday, AbsenceKind.Accident, DayPart.Morning, new TimeOnly(10, 0)),
            new MissedTime(Monday, AbsenceKind.Incident, DayPart.WholeDay, null)).Missed);

    [Fact]
    public void An_absence_on_a_day_off_or_outside_the_dates_takes_nothing_off() =>
        Assert.Equal(TimeSpan.Zero, Compute(
            new MissedTime(new DateOnly(2027, 6, 19), AbsenceKind.Absence, DayPart.WholeDay, null),
            new MissedTime(LastFriday.AddDays(3), AbsenceKind.Absence, DayPart.WholeDay, null),
            new MissedTime(Monday.AddDays(-1), AbsenceKind.Absence, DayPart.WholeDay, null)).Missed);
}
