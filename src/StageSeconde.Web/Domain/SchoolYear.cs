namespace StageSeconde.Web.Domain;

/// <summary>Année scolaire with its période d'observation (two Monday–Friday weeks, editable).</summary>
public class SchoolYear : SchoolEntity
{
    /// <summary>The calendar year in which the school year starts: 2026 for 2026–2027.</summary>
    public int StartYear { get; private set; }
    public DateOnly ObservationStart { get; private set; }
    public DateOnly ObservationEnd { get; private set; }
    /// <summary>The year the school works in: only one of a school's years is current (<see cref="MakeCurrent"/>).</summary>
    public bool IsCurrent { get; private set; }

    private SchoolYear() { }

    public string Label => $"{StartYear}-{StartYear + 1}";

    public DateOnly Week1Start => ObservationStart;
    public DateOnly Week1End => ObservationStart.AddDays(4);
    public DateOnly Week2Start => ObservationEnd.AddDays(-4);
    public DateOnly Week2End => ObservationEnd;

    /// <summary>A school year with the default observation period, current (the caller makes the others not current: <see cref="MakeCurrent"/>).</summary>
    public static SchoolYear Create(int schoolId, int startYear)
    {
        var (start, end) = DefaultObservationPeriod(startYear);
        return new SchoolYear { SchoolId = schoolId, StartYear = startYear, ObservationStart = start, ObservationEnd = end, IsCurrent = true };
    }

    /// <summary>
    /// The school's first school year: the one <paramref name="today"/> falls in. A school that already has years opens the next one instead.
    /// </summary>
    public static SchoolYear CreateFirst(int schoolId, DateOnly today, IReadOnlyCollection<SchoolYear> existing)
    {
        if (existing.Count > 0) throw new DomainException("Une année scolaire existe déjà : ouvrez plutôt l'année suivante.");
        return Create(schoolId, StartYearOn(today));
    }

    /// <summary>
    /// Opens the year after the school's current one (or its latest, if none is current) with the default period:
    /// it becomes the only current year of <paramref name="schoolYears"/>.
    /// </summary>
    public static SchoolYear OpenNext(IReadOnlyCollection<SchoolYear> schoolYears)
    {
        var basis = schoolYears.FirstOrDefault(y => y.IsCurrent) ?? schoolYears.MaxBy(y => y.StartYear)
            ?? throw new DomainException("Aucune année scolaire n'existe encore : créez d'abord l'année en cours.");
        if (schoolYears.Any(y => y.StartYear == basis.StartYear + 1))
            throw new DomainException($"L'année scolaire {basis.StartYear + 1}-{basis.StartYear + 2} existe déjà.");
        var next = Create(basis.SchoolId, basis.StartYear + 1);
        next.MakeCurrent(schoolYears);
        return next;
    }

    /// <summary>Only one current school year: this one becomes current, every other year of the school no longer is.</summary>
    public void MakeCurrent(IEnumerable<SchoolYear> othersOfTheSchool)
    {
        foreach (var other in othersOfTheSchool.Where(y => !ReferenceEquals(y, this) && y.SchoolId == SchoolId)) other.IsCurrent = false;
        IsCurrent = true;
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

    /// <summary>The school year a date falls in, by its first calendar year: from 1 September on, the new one.</summary>
    public static int StartYearOn(DateOnly date) => date.Month >= 9 ? date.Year : date.Year - 1;

    public DateOnly FirstDay => new(StartYear, 9, 1);
    public DateOnly LastDay => new(StartYear + 1, 8, 31);

    /// <summary>The fields of a period form the rules of <see cref="ChangeObservationPeriod"/> concern (<see cref="DomainException.Field"/>).</summary>
    public const string PeriodStartField = "Start", PeriodEndField = "End";

    public void ChangeObservationPeriod(DateOnly start, DateOnly end)
    {
        if (!IsCurrent)
            throw new DomainException($"L'année scolaire {Label} n'est plus l'année en cours : seule la période de l'année en cours se modifie.", PeriodStartField);
        if (start.DayOfWeek != DayOfWeek.Monday)
            throw new DomainException("La période d'observation doit commencer un lundi.", PeriodStartField);
        if (end != start.AddDays(11))
            throw new DomainException("La période d'observation dure deux semaines, du lundi au vendredi de la semaine suivante.", PeriodEndField);
        if (start < FirstDay || end > LastDay)
            throw new DomainException($"La période d'observation doit se situer dans l'année scolaire {Label}, entre le 1er septembre {StartYear} et le 31 août {StartYear + 1}.", PeriodStartField);
        ObservationStart = start;
        ObservationEnd = end;
    }

    public void RestoreDefaultObservationPeriod() => (ObservationStart, ObservationEnd) = DefaultObservationPeriod(StartYear);

    public bool HasDefaultObservationPeriod => (ObservationStart, ObservationEnd) == DefaultObservationPeriod(StartYear);

    /// <summary>
    /// A year that is no longer the current one is kept to be read, frozen: its conventions, absences and programme are not
    /// changed any more (<see cref="PastYearException"/>, raised by the database guard on any write).
    /// </summary>
    public static string FrozenMessage(string label) =>
        $"L'année scolaire {label} est close : ses conventions, ses absences, son programme et les rapports des élèves se consultent mais ne se modifient plus.";

    /// <summary>Throws <see cref="PastYearException"/> unless this is the school's current year.</summary>
    public void EnsureCurrent()
    {
        if (!IsCurrent) throw new PastYearException(Label);
    }
}
