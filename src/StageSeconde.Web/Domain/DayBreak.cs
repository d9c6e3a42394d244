using System.Globalization;

namespace StageSeconde.Web.Domain;

/// <summary>
/// A break in a day of a convention's timetable (lunch, a short pause), from <see cref="Start"/> to <see cref="End"/>.
/// A value; whether it fits the day is for <see cref="ScheduleRules"/> to say.
/// </summary>
public sealed record DayBreak(TimeOnly Start, TimeOnly End)
{
    /// <summary>The break's length (zero when its end does not follow its start).</summary>
    public TimeSpan Length => End > Start ? End.ToTimeSpan() - Start.ToTimeSpan() : TimeSpan.Zero;

    /// <summary>« 12 h – 13 h 30 ».</summary>
    public override string ToString() => $"{FrenchTime.TimeOfDay(Start)} – {FrenchTime.TimeOfDay(End)}";

    /// <summary>How a day's breaks are stored (one column): « 12:00-13:00;15:30-15:45 », empty when there is none.</summary>
    public static string Format(IEnumerable<DayBreak> breaks) =>
        string.Join(';', breaks.Select(b => $"{b.Start.ToString("HH:mm", CultureInfo.InvariantCulture)}-{b.End.ToString("HH:mm", CultureInfo.InvariantCulture)}"));

    /// <summary>The breaks written by <see cref="Format"/>.</summary>
    public static IReadOnlyList<DayBreak> Parse(string? stored) =>
        string.IsNullOrWhiteSpace(stored)
            ? []
            : stored.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(part => part.Split('-'))
                .Select(times => new DayBreak(
                    TimeOnly.ParseExact(times[0], "HH:mm", CultureInfo.InvariantCulture),
                    TimeOnly.ParseExact(times[1], "HH:mm", CultureInfo.InvariantCulture)))
                .ToList();
}
