namespace StageSeconde.Web.Domain;

/// <summary>
/// One day of a convention's timetable (Monday to Saturday): start, end and breaks (lunch, a short pause…), in order.
/// A day with no start is a day off. A value: a timetable is replaced as a whole, never changed in place.
/// </summary>
public sealed class DaySchedule
{
    /// <summary>The most breaks a day may hold.</summary>
    public const int MaxBreaks = 3;

    public DaySchedule(DayOfWeek day, TimeOnly? start, TimeOnly? end, params IEnumerable<DayBreak> breaks)
    {
        if (!Enum.IsDefined(day)) throw new ArgumentOutOfRangeException(nameof(day), day, null);
        Day = day;
        Start = start;
        End = end;
        Breaks = [.. breaks.OrderBy(b => b.Start).ThenBy(b => b.End)];
    }

    /// <summary>For EF Core.</summary>
    private DaySchedule() { }

    public DayOfWeek Day { get; private set; }
    public TimeOnly? Start { get; private set; }
    public TimeOnly? End { get; private set; }
    /// <summary>The breaks, by start time.</summary>
    public IReadOnlyList<DayBreak> Breaks { get; private set; } = [];

    public static DaySchedule Off(DayOfWeek day) => new(day, null, null);

    public bool IsDayOff => Start is null;
    public bool HasBreak => Breaks.Count > 0;

    /// <summary>The breaks' total length (zero when there is none).</summary>
    public TimeSpan BreakTime => Breaks.Aggregate(TimeSpan.Zero, (total, b) => total + b.Length);

    /// <summary>Time spent at the host: end − start − breaks (zero on a day off or when the end is missing).</summary>
    public TimeSpan Presence => Start is { } start && End is { } end
        ? end.ToTimeSpan() - start.ToTimeSpan() - BreakTime
        : TimeSpan.Zero;

    /// <summary>
    /// The uninterrupted stretches of presence, from the start to the first break, between two breaks, and from the last
    /// break to the end (empty on a day off or an incomplete day). Breaks that touch make one interruption.
    /// </summary>
    public IReadOnlyList<(TimeOnly From, TimeOnly To)> Stretches()
    {
        if (Start is not { } start || End is not { } end) return [];
        var stretches = new List<(TimeOnly, TimeOnly)>();
        var from = start;
        foreach (var pause in Breaks)
        {
            if (pause.Start > from) stretches.Add((from, pause.Start));
            if (pause.End > from) from = pause.End;
        }
        if (end > from) stretches.Add((from, end));
        return stretches;
    }

    /// <summary>The longest pause of consecutive minutes (breaks that touch count as one).</summary>
    public TimeSpan LongestPause()
    {
        var longest = TimeSpan.Zero;
        DayBreak? current = null;
        foreach (var pause in Breaks)
        {
            current = current is { } c && pause.Start <= c.End ? c with { End = pause.End > c.End ? pause.End : c.End } : pause;
            if (current.Length > longest) longest = current.Length;
        }
        return longest;
    }

    internal bool IsSameAs(DaySchedule other) =>
        Day == other.Day && Start == other.Start && End == other.End && Breaks.SequenceEqual(other.Breaks);

    /// <summary>« lundi : 9 h – 17 h, pauses 12 h – 13 h et 15 h 30 – 15 h 45 ».</summary>
    public override string ToString() => IsDayOff
        ? $"{FrenchTime.DayName(Day)} : repos"
        : $"{FrenchTime.DayName(Day)} : {Show(Start)} – {Show(End)}" + (HasBreak ? $", {BreaksText(Breaks)}" : "");

    /// <summary>« pause 12 h – 13 h », « pauses 12 h – 13 h et 15 h 30 – 15 h 45 ».</summary>
    public static string BreaksText(IReadOnlyList<DayBreak> breaks) => breaks.Count switch
    {
        0 => "sans pause",
        1 => $"pause {breaks[0]}",
        _ => $"pauses {string.Join(", ", breaks.Take(breaks.Count - 1))} et {breaks[^1]}",
    };

    private static string Show(TimeOnly? time) => time is { } t ? FrenchTime.TimeOfDay(t) : "?";
}
