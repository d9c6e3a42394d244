namespace StageSeconde.Web.Domain;

/// <summary>Which part of a day an absence covers.</summary>
public enum DayPart
{
    WholeDay = 1,
    Morning = 2,
    Afternoon = 3,
}

public static class DayParts
{
    /// <summary>Whether two parts of one day share a half-day (a whole day shares both).</summary>
    public static bool Overlap(this DayPart a, DayPart b) => a == DayPart.WholeDay || b == DayPart.WholeDay || a == b;

    /// <summary>The smallest part that covers both.</summary>
    public static DayPart Union(this DayPart a, DayPart b) => a == b ? a : DayPart.WholeDay;
}
