using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.MyStudents;

/// <summary>A convention's timetable in one line: « lundi au vendredi 9 h – 17 h (pause 12 h – 13 h) ; samedi 9 h – 12 h ».</summary>
public static class ScheduleSummary
{
    public static string Of(IEnumerable<DaySchedule> schedule)
    {
        var days = schedule.Where(d => !d.IsDayOff)
            .OrderBy(d => Agreement.ScheduleDays.ToList().IndexOf(d.Day))
            .ToList();
        if (days.Count == 0) return "Horaires non renseignés";

        var groups = new List<List<DaySchedule>>();
        foreach (var day in days)
        {
            var last = groups.LastOrDefault();
            if (last is not null && Hours(last[^1]) == Hours(day) && IsNext(last[^1].Day, day.Day)) last.Add(day);
            else groups.Add([day]);
        }
        return string.Join(" ; ", groups.Select(g => $"{Days(g)} {Hours(g[0])}"));
    }

    private static bool IsNext(DayOfWeek previous, DayOfWeek day) => (int)day == (int)previous + 1;

    private static string Days(List<DaySchedule> group) => group.Count switch
    {
        1 => FrenchTime.DayName(group[0].Day),
        2 => $"{FrenchTime.DayName(group[0].Day)} et {FrenchTime.DayName(group[1].Day)}",
        _ => $"{FrenchTime.DayName(group[0].Day)} au {FrenchTime.DayName(group[^1].Day)}",
    };

    private static string Hours(DaySchedule day)
    {
        var hours = $"{FrenchTime.TimeOfDay(day.Start!.Value)} – {FrenchTime.TimeOfDay(day.End!.Value)}";
        return day.HasBreak ? $"{hours} ({DaySchedule.BreaksText(day.Breaks)})" : hours;
    }
}
