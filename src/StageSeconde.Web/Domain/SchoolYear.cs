namespace StageSeconde.Web.Domain;

/// <summary>Année scolaire with its période d'observation (two Monday–Friday weeks, editable).</summary>
public class SchoolYear : SchoolEntity
{
    /// <summary>The calendar year in which the school year starts: 2026 for 2026–2027.</summary>
    public int StartYear { get; set; }
    public DateOnly ObservationStart { get; set; }
    public DateOnly ObservationEnd { get; set; }
    public bool IsCurrent { get; set; }

    public string Label => $"{StartYear}-{StartYear + 1}";

    public DateOnly Week1Start => ObservationStart;
    public DateOnly Week1End => ObservationStart.AddDays(4);
    public DateOnly Week2Start => ObservationEnd.AddDays(-4);
    public DateOnly Week2End => ObservationEnd;

    public static SchoolYear Create(int schoolId, int startYear)
    {
        var (start, end) = DefaultObservationPeriod(startYear);
        return new SchoolYear { SchoolId = schoolId, StartYear = startYear, ObservationStart = start, ObservationEnd = end, IsCurrent = true };
    }

    /// <summary>
    /// The two Monday–Friday weeks that end on the last Friday before 1 July of the school year's second calendar year.
    /// </summary>
    public static (DateOnly Start, DateOnly End) DefaultObservationPeriod(int startYear)
    {
        var end = new DateOnly(startYear + 1, 6, 30);
        while (end.DayOfWeek != DayOfWeek.Friday) end = end.AddDays(-1);
        return (end.AddDays(-11), end);
    }

    public void ChangeObservationPeriod(DateOnly start, DateOnly end)
    {
        if (start.DayOfWeek != DayOfWeek.Monday)
            throw new DomainException("La période d'observation doit commencer un lundi.");
        if (end != start.AddDays(11))
            throw new DomainException("La période d'observation dure deux semaines, du lundi au vendredi de la semaine suivante.");
        ObservationStart = start;
        ObservationEnd = end;
    }
}
