namespace StageSeconde.Web.Domain;

/// <summary>What the absences register says about one day of a convention (<see cref="Absence"/>: kind, half-day, time).</summary>
public sealed record MissedTime(DateOnly Day, AbsenceKind Kind, DayPart Part, TimeOnly? Time);

/// <summary>The hours planned by a convention's timetable and the hours actually done once the recorded absences are taken off.</summary>
public sealed record HoursDone(TimeSpan Planned, TimeSpan Missed)
{
    public TimeSpan Done => Planned - Missed;
    public bool HasAbsences => Missed > TimeSpan.Zero;
}

/// <summary>
/// The hours a pupil actually spent at the host, for the attestation de stage (issue 12). The rule, said once:
/// <list type="bullet">
/// <item>each day from the first to the last day of the convention counts the timetable's presence for its weekday
/// (arrival to departure, minus the lunch break; a day off counts nothing);</item>
/// <item>an absence or an illness takes off its half-day: the morning is the presence before the lunch break, the afternoon
/// the presence after it (without a lunch break, noon splits the day); a whole day takes off the day;</item>
/// <item>a late arrival takes off the presence from the arrival time in the timetable to the time recorded; an early
/// departure, from the time recorded to the departure time in the timetable;</item>
/// <item>an accident or an incident takes nothing off by itself (the absence that may follow is recorded as such);</item>
/// <item>time missed twice (a late arrival on a morning already absent) is taken off once; a justified absence is still
/// time not done.</item>
/// </list>
/// Without any absence recorded, the hours done are the planned hours.
/// </summary>
public static class AttendedHours
{
    private static readonly TimeOnly Noon = new(12, 0);

    public static HoursDone Compute(DateOnly firstDay, DateOnly lastDay, IReadOnlyList<DaySchedule> schedule, IEnumerable<MissedTime> absences)
    {
        var byDay = absences.Where(a => a.Day >= firstDay && a.Day <= lastDay).ToLookup(a => a.Day);
        var planned = TimeSpan.Zero;
        var missed = TimeSpan.Zero;
        for (var day = firstDay; day <= lastDay; day = day.AddDays(1))
        {
            var timetable = schedule.FirstOrDefault(d => d.Day == day.DayOfWeek);
            if (timetable is null || timetable.IsDayOff || timetable.End is null) continue;
            var presence = Presence(timetable);
            planned += Length(presence);
            var away = byDay[day].SelectMany(a => Away(timetable, a)).ToList();
            if (away.Count > 0) missed += Length(Intersect(presence, Merge(away)));
        }
        return new HoursDone(planned, missed);
    }

    /// <summary>The stretches of presence of a day, between its breaks (<see cref="DaySchedule.Stretches"/>).</summary>
    private static List<(TimeOnly From, TimeOnly To)> Presence(DaySchedule day) =>
        day.Stretches().Where(s => s.To > s.From).ToList();

    /// <summary>The lunch break that splits morning from afternoon: the day's longest break (noon when there is none).</summary>
    private static (TimeOnly MorningEnd, TimeOnly AfternoonStart) Midday(DaySchedule day) =>
        day.Breaks.MaxBy(b => b.Length) is { } lunch ? (lunch.Start, lunch.End) : (Noon, Noon);

    private static IEnumerable<(TimeOnly From, TimeOnly To)> Away(DaySchedule day, MissedTime absence)
    {
        var (start, end) = (day.Start!.Value, day.End!.Value);
        var (morningEnd, afternoonStart) = Midday(day);
        switch (absence.Kind)
        {
            case AbsenceKind.Absence or AbsenceKind.Illness:
                if (absence.Part is DayPart.WholeDay or DayPart.Morning) yield return (start, morningEnd);
                if (absence.Part is DayPart.WholeDay or DayPart.Afternoon) yield return (afternoonStart, end);
                break;
            case AbsenceKind.LateArrival when absence.Time is { } arrival:
                yield return (start, arrival);
                break;
            case AbsenceKind.EarlyDeparture when absence.Time is { } departure:
                yield return (departure, end);
                break;
        }
    }

    private static List<(TimeOnly From, TimeOnly To)> Merge(List<(TimeOnly From, TimeOnly To)> stretches)
    {
        var merged = new List<(TimeOnly From, TimeOnly To)>();
        foreach (var s in stretches.Where(s => s.To > s.From).OrderBy(s => s.From))
        {
            if (merged.Count > 0 && s.From <= merged[^1].To)
                merged[^1] = (merged[^1].From, s.To > merged[^1].To ? s.To : merged[^1].To);
            else
                merged.Add(s);
        }
        return merged;
    }

    private static IEnumerable<(TimeOnly From, TimeOnly To)> Intersect(List<(TimeOnly From, TimeOnly To)> a, List<(TimeOnly From, TimeOnly To)> b) =>
        from x in a
        from y in b
        let start = x.From > y.From ? x.From : y.From
        let end = x.To < y.To ? x.To : y.To
        where end > start
        select (start, end);

    private static TimeSpan Length(IEnumerable<(TimeOnly From, TimeOnly To)> stretches) =>
        stretches.Aggregate(TimeSpan.Zero, (sum, s) => sum + (s.To - s.From));
}
