namespace StageSeconde.Web.Domain;

/// <summary>
/// The legal limits a convention's weekly timetable must respect, students being minors (Code du travail L3162-1 to
/// L3164-2, docs/reference-produit.md §4), checked against the student's age on the first day of the sequence.
/// <list type="bullet">
/// <item>at most 7 h of presence a day (presence = end − start − breaks) and 35 h a week;</item>
/// <item>a break of at least 30 consecutive minutes once a day's presence exceeds 4 h 30 (the lunch break counts), and
/// no uninterrupted stretch of more than 4 h 30 (every break interrupts: a day may hold several, e.g. lunch and a short pause);</item>
/// <item>no presence between 20 h and 6 h under 16, between 22 h and 6 h from 16 on;</item>
/// <item>at least 14 consecutive hours of rest between two consecutive working days under 16, 12 h from 16 on;</item>
/// <item>two consecutive days off, Sunday included: Sunday is always off, so Saturday or Monday must be off too;</item>
/// <item>at least one working day;</item>
/// <item>with the convention's dates (<see cref="Check(IEnumerable{DaySchedule}, int, DateOnly, DateOnly)"/>): no presence
/// on a day of the week none of the dates falls on — a one-week convention runs Monday to Friday, so its Saturday stays
/// off (ADR 0016).</item>
/// </list>
/// A student of 18 or more would not be in 2nde; should one appear, the 16–17 limits apply (stricter than the adults'),
/// and a student under 14 gets the under-16 limits.
/// </summary>
public static class ScheduleRules
{
    public static readonly TimeSpan MaxDailyPresence = TimeSpan.FromHours(7);
    public static readonly TimeSpan MaxWeeklyPresence = TimeSpan.FromHours(35);
    public static readonly TimeSpan PresenceNeedingABreak = new(4, 30, 0);
    public static readonly TimeSpan MinBreak = TimeSpan.FromMinutes(30);
    public static readonly TimeOnly NightEndsAt = new(6, 0);

    /// <summary>The age from which the 16–17 limits apply.</summary>
    public const int OlderMinorAge = 16;

    public static TimeOnly NightStartsAt(int age) => age < OlderMinorAge ? new TimeOnly(20, 0) : new TimeOnly(22, 0);
    public static TimeSpan MinDailyRest(int age) => TimeSpan.FromHours(age < OlderMinorAge ? 14 : 12);

    /// <summary>
    /// Every breach of the limits (<see cref="Check(IEnumerable{DaySchedule}, int)"/>) and every worked day of the week
    /// that none of the convention's dates, <paramref name="firstDay"/> to <paramref name="lastDay"/>, falls on.
    /// </summary>
    public static IReadOnlyList<string> Check(IEnumerable<DaySchedule> schedule, int ageOnFirstDay, DateOnly firstDay, DateOnly lastDay)
    {
        var days = schedule.ToList();
        return [.. Check(days, ageOnFirstDay), .. OutsideDates(days, firstDay, lastDay)];
    }

    /// <summary>
    /// The worked days of the week that no date from <paramref name="firstDay"/> to <paramref name="lastDay"/> falls on:
    /// the student would be expected on site on a day no convention covers (ADR 0016). Empty when there is none.
    /// </summary>
    public static IReadOnlyList<string> OutsideDates(IEnumerable<DaySchedule> schedule, DateOnly firstDay, DateOnly lastDay)
    {
        var dates = $"du {FrenchTime.DayName(firstDay.DayOfWeek)} {FrenchTime.Date(firstDay)} au {FrenchTime.DayName(lastDay.DayOfWeek)} {FrenchTime.Date(lastDay)}";
        return schedule
            .Where(d => !d.IsDayOff && d.Day != DayOfWeek.Sunday && DatesOf(d.Day, firstDay, lastDay).Count == 0)
            .OrderBy(d => WeekOrder(d.Day))
            .Select(d => $"{FrenchTime.DayName(d.Day)} travaillé alors qu'aucun {FrenchTime.DayName(d.Day)} n'est compris dans les dates de la convention ({dates}) : l'élève ne peut pas être accueilli un jour que la convention ne couvre pas, laissez ce jour en repos")
            .ToList();
    }

    /// <summary>
    /// The dates the student is expected on site, with that day's hours: every date from <paramref name="firstDay"/> to
    /// <paramref name="lastDay"/> whose day of the week is worked in the (weekly) timetable.
    /// </summary>
    public static IReadOnlyList<(DateOnly Date, DaySchedule Hours)> PlannedDays(IEnumerable<DaySchedule> schedule, DateOnly firstDay, DateOnly lastDay)
    {
        var byDay = schedule.Where(d => !d.IsDayOff && d.Day != DayOfWeek.Sunday).GroupBy(d => d.Day).ToDictionary(g => g.Key, g => g.First());
        var days = new List<(DateOnly, DaySchedule)>();
        for (var date = firstDay; date <= lastDay; date = date.AddDays(1))
            if (byDay.TryGetValue(date.DayOfWeek, out var hours)) days.Add((date, hours));
        return days;
    }

    /// <summary>The dates from <paramref name="firstDay"/> to <paramref name="lastDay"/> that fall on <paramref name="day"/>.</summary>
    public static IReadOnlyList<DateOnly> DatesOf(DayOfWeek day, DateOnly firstDay, DateOnly lastDay)
    {
        var dates = new List<DateOnly>();
        for (var date = firstDay; date <= lastDay; date = date.AddDays(1))
            if (date.DayOfWeek == day) dates.Add(date);
        return dates;
    }

    /// <summary>Every breach of the limits, in French, day by day then for the week; empty when the timetable is lawful.</summary>
    public static IReadOnlyList<string> Check(IEnumerable<DaySchedule> schedule, int ageOnFirstDay)
    {
        var violations = new List<string>();
        var days = schedule.OrderBy(d => WeekOrder(d.Day)).ToList();

        var byDay = new List<DaySchedule>();
        foreach (var group in days.GroupBy(d => d.Day))
        {
            if (group.Count() > 1) violations.Add($"{FrenchTime.DayName(group.Key)} : horaire indiqué plusieurs fois");
            byDay.Add(group.First());
        }

        var worked = new List<DaySchedule>();
        foreach (var day in byDay)
        {
            if (day.Day == DayOfWeek.Sunday)
            {
                if (!day.IsDayOff) violations.Add("dimanche : le dimanche est toujours un jour de repos");
                continue;
            }
            var problems = Consistency(day);
            violations.AddRange(problems);
            if (problems.Count == 0 && !day.IsDayOff) worked.Add(day);
        }

        if (!byDay.Any(d => d.Day != DayOfWeek.Sunday && !d.IsDayOff))
        {
            violations.Add("Aucun jour de présence n'est prévu");
            return violations;
        }

        foreach (var day in worked) violations.AddRange(DailyLimits(day, ageOnFirstDay));

        for (var i = 1; i < worked.Count; i++)
        {
            var (before, after) = (worked[i - 1], worked[i]);
            if (WeekOrder(after.Day) != WeekOrder(before.Day) + 1) continue;
            var rest = TimeSpan.FromDays(1) - before.End!.Value.ToTimeSpan() + after.Start!.Value.ToTimeSpan();
            var minRest = MinDailyRest(ageOnFirstDay);
            if (rest < minRest)
                violations.Add($"entre {FrenchTime.DayName(before.Day)} et {FrenchTime.DayName(after.Day)} : {FrenchTime.Duration(rest)} de repos, minimum {FrenchTime.Duration(minRest)}");
        }

        var week = worked.Aggregate(TimeSpan.Zero, (total, day) => total + day.Presence);
        if (week > MaxWeeklyPresence)
            violations.Add($"semaine : {FrenchTime.Duration(week)} de présence, maximum {FrenchTime.Duration(MaxWeeklyPresence)}");

        if (IsWorked(byDay, DayOfWeek.Saturday) && IsWorked(byDay, DayOfWeek.Monday))
            violations.Add("samedi et lundi travaillés : deux jours de repos consécutifs dont le dimanche sont obligatoires, libérez le samedi ou le lundi");

        return violations;
    }

    /// <summary>Is the day's timetable complete and coherent? (Checked before any limit.)</summary>
    private static List<string> Consistency(DaySchedule day)
    {
        var name = FrenchTime.DayName(day.Day);
        var problems = new List<string>();
        if (day.Start is not { } start)
        {
            if (day.End is not null || day.HasBreak)
                problems.Add($"{name} : heure de début manquante");
            return problems;
        }
        if (day.End is not { } end)
        {
            problems.Add($"{name} : heure de fin manquante");
            return problems;
        }
        if (end <= start)
        {
            problems.Add($"{name} : la fin ({FrenchTime.TimeOfDay(end)}) doit être après le début ({FrenchTime.TimeOfDay(start)})");
            return problems;
        }
        if (day.Breaks.Count > DaySchedule.MaxBreaks)
            problems.Add($"{name} : {day.Breaks.Count} pauses, {DaySchedule.MaxBreaks} au plus");
        DayBreak? previous = null;
        foreach (var pause in day.Breaks)
        {
            if (pause.End <= pause.Start)
                problems.Add($"{name} : la fin de la pause ({FrenchTime.TimeOfDay(pause.End)}) doit être après son début ({FrenchTime.TimeOfDay(pause.Start)})");
            else if (pause.Start <= start || pause.End >= end)
                problems.Add($"{name} : la pause ({pause}) doit être comprise dans la journée ({FrenchTime.TimeOfDay(start)} – {FrenchTime.TimeOfDay(end)})");
            else if (previous is { } before && pause.Start < before.End)
                problems.Add($"{name} : les pauses {before} et {pause} se chevauchent");
            if (pause.End > pause.Start) previous = pause;
        }
        return problems;
    }

    private static IEnumerable<string> DailyLimits(DaySchedule day, int age)
    {
        var name = FrenchTime.DayName(day.Day);
        var presence = day.Presence;
        if (presence > MaxDailyPresence)
            yield return $"{name} : {FrenchTime.Duration(presence)} de présence, maximum {FrenchTime.Duration(MaxDailyPresence)}";

        if (presence > PresenceNeedingABreak)
        {
            var longest = day.LongestPause();
            if (!day.HasBreak)
                yield return $"{name} : {FrenchTime.Duration(presence)} de présence sans pause, une pause d'au moins {FrenchTime.Duration(MinBreak)} est obligatoire au-delà de {FrenchTime.Duration(PresenceNeedingABreak)}";
            else if (longest < MinBreak)
                yield return day.Breaks.Count == 1
                    ? $"{name} : pause de {FrenchTime.Duration(longest)}, au moins {FrenchTime.Duration(MinBreak)} obligatoires au-delà de {FrenchTime.Duration(PresenceNeedingABreak)} de présence"
                    : $"{name} : la plus longue pause dure {FrenchTime.Duration(longest)}, au moins {FrenchTime.Duration(MinBreak)} consécutives obligatoires au-delà de {FrenchTime.Duration(PresenceNeedingABreak)} de présence";
        }

        // Code du travail L3162-3: no uninterrupted stretch of more than 4 h 30; every break interrupts the presence.
        if (day.HasBreak)
        {
            foreach (var (from, to) in day.Stretches())
            {
                var stretch = to.ToTimeSpan() - from.ToTimeSpan();
                if (stretch > PresenceNeedingABreak)
                    yield return $"{name} : {FrenchTime.Duration(stretch)} de présence sans interruption de {FrenchTime.TimeOfDay(from)} à {FrenchTime.TimeOfDay(to)}, maximum {FrenchTime.Duration(PresenceNeedingABreak)}";
            }
        }

        var nightStart = NightStartsAt(age);
        var who = age < OlderMinorAge ? "avant 16 ans" : "à partir de 16 ans";
        var night = $"interdite entre {FrenchTime.TimeOfDay(nightStart)} et {FrenchTime.TimeOfDay(NightEndsAt)} {who}";
        if (day.Start!.Value < NightEndsAt)
            yield return $"{name} : présence dès {FrenchTime.TimeOfDay(day.Start.Value)}, {night}";
        if (day.End!.Value > nightStart)
            yield return $"{name} : présence jusqu'à {FrenchTime.TimeOfDay(day.End.Value)}, {night}";
    }

    private static bool IsWorked(IEnumerable<DaySchedule> days, DayOfWeek day) => days.Any(d => d.Day == day && !d.IsDayOff);

    /// <summary>Monday = 0 … Sunday = 6.</summary>
    private static int WeekOrder(DayOfWeek day) => ((int)day + 6) % 7;
}
