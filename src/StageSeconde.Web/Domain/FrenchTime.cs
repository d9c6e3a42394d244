using System.Globalization;

namespace StageSeconde.Web.Domain;

/// <summary>Days, times and durations written the French way in the domain's messages: "mardi", "7 h 30", "8 h", "45 min".</summary>
public static class FrenchTime
{
    public static string DayName(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => "lundi",
        DayOfWeek.Tuesday => "mardi",
        DayOfWeek.Wednesday => "mercredi",
        DayOfWeek.Thursday => "jeudi",
        DayOfWeek.Friday => "vendredi",
        DayOfWeek.Saturday => "samedi",
        DayOfWeek.Sunday => "dimanche",
        _ => throw new ArgumentOutOfRangeException(nameof(day), day, null),
    };

    /// <summary>A time of day: 8:00 → "8 h", 7:30 → "7 h 30", 20:05 → "20 h 05".</summary>
    public static string TimeOfDay(TimeOnly time) => HoursAndMinutes(time.Hour, time.Minute);

    /// <summary>A duration, rounded down to the minute: "7 h 30", "8 h", "7 h 05", "45 min".</summary>
    public static string Duration(TimeSpan duration)
    {
        var minutes = (int)Math.Floor(duration.TotalMinutes);
        var sign = minutes < 0 ? "-" : "";
        minutes = Math.Abs(minutes);
        if (minutes < 60) return string.Create(CultureInfo.InvariantCulture, $"{sign}{minutes} min");
        return sign + HoursAndMinutes(minutes / 60, minutes % 60);
    }

    /// <summary>A date: "15/06/2026".</summary>
    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string HoursAndMinutes(int hours, int minutes) => minutes == 0
        ? string.Create(CultureInfo.InvariantCulture, $"{hours} h")
        : string.Create(CultureInfo.InvariantCulture, $"{hours} h {minutes:00}");
}
