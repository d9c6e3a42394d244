namespace StageSeconde.Web.Domain;

/// <summary>
/// One day of a convention's timetable (Monday to Saturday): start, end and lunch break.
/// A day with no start is a day off. A value: a timetable is replaced as a whole, never changed in place.
/// </summary>
public sealed class DaySchedule
{
    public DaySchedule(DayOfWeek day, TimeOnly? start, TimeOnly? end, TimeOnly? lunchStart = null, TimeOnly? lunchEnd = null)
    {
        if (!Enum.IsDefined(day)) throw new ArgumentOutOfRangeException(nameof(day), day, null);
        Day = day;
        Start = start;
        End = end;
        LunchStart = lunchStart;
        LunchEnd = lunchEnd;
    }

    public DayOfWeek Day { get; }
    public TimeOnly? Start { get; }
    public TimeOnly? End { get; }
    public TimeOnly? LunchStart { get; }
    public TimeOnly? LunchEnd { get; }

    public static DaySchedule Off(DayOfWeek day) => new(day, null, null);

    public bool IsDayOff => Start is null;
    public bool HasLunchBreak => LunchStart is not null && LunchEnd is not null;

    /// <summary>The lunch break's length (zero when there is none).</summary>
    public TimeSpan LunchBreak => HasLunchBreak ? LunchEnd!.Value.ToTimeSpan() - LunchStart!.Value.ToTimeSpan() : TimeSpan.Zero;

    /// <summary>Time spent at the host: end − start − lunch break (zero on a day off or when the end is missing).</summary>
    public TimeSpan Presence => Start is { } start && End is { } end
        ? end.ToTimeSpan() - start.ToTimeSpan() - LunchBreak
        : TimeSpan.Zero;

    internal bool IsSameAs(DaySchedule other) =>
        Day == other.Day && Start == other.Start && End == other.End && LunchStart == other.LunchStart && LunchEnd == other.LunchEnd;

    public override string ToString() => IsDayOff
        ? $"{FrenchTime.DayName(Day)} : repos"
        : $"{FrenchTime.DayName(Day)} : {Show(Start)} – {Show(End)}" + (HasLunchBreak ? $", pause {Show(LunchStart)} – {Show(LunchEnd)}" : "");

    private static string Show(TimeOnly? time) => time is { } t ? FrenchTime.TimeOfDay(t) : "?";
}
