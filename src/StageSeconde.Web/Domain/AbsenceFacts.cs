namespace StageSeconde.Web.Domain;

/// <summary>
/// What a report says happened: the day, what kind of event, which part of the day, the time (arrival, departure or
/// accident) and what happened. <see cref="Problems"/> holds every rule a report must satisfy, by field.
/// </summary>
public sealed record AbsenceFacts(DateOnly Day, AbsenceKind Kind, DayPart Part, TimeOnly? Time, string? Details)
{
    public const int DetailsMaxLength = 2000;
    public const string DayField = nameof(Day);
    public const string TimeField = nameof(Time);
    public const string DetailsField = nameof(Details);

    /// <summary>Whether the student is away for (part of) the day: an absence or an illness. Two of them on one half-day are the same absence.</summary>
    public bool IsAway => Kind is AbsenceKind.Absence or AbsenceKind.Illness;

    /// <summary>Late arrivals, early departures and accidents happen at a time of day.</summary>
    public bool NeedsTime => Kind is AbsenceKind.LateArrival or AbsenceKind.EarlyDeparture or AbsenceKind.Accident;

    /// <summary>
    /// The rules of a report, for the student's convention from <paramref name="firstDay"/> to <paramref name="lastDay"/>:
    /// a day of the convention, not after tomorrow (an absence announced for tomorrow is accepted: the family may call the
    /// evening before); a time when the kind needs one; what happened for an accident or an incident; no markup. Empty when
    /// the report can be recorded.
    /// </summary>
    public IReadOnlyList<(string Field, string Message)> Problems(DateOnly firstDay, DateOnly lastDay, DateOnly today)
    {
        var problems = new List<(string, string)>();
        if (Day < firstDay || Day > lastDay)
            problems.Add((DayField, $"Le jour doit être compris dans les dates de la convention, du {FrenchTime.Date(firstDay)} au {FrenchTime.Date(lastDay)}."));
        else if (Day > today.AddDays(1))
            problems.Add((DayField, "Une absence se signale le jour même ou au plus tôt la veille : ce jour est trop loin."));
        if (NeedsTime && Time is null)
            problems.Add((TimeField, Kind switch
            {
                AbsenceKind.LateArrival => "Indiquez l'heure d'arrivée.",
                AbsenceKind.EarlyDeparture => "Indiquez l'heure de départ.",
                _ => "Indiquez l'heure de l'accident.",
            }));
        if (Kind is AbsenceKind.Accident or AbsenceKind.Incident && string.IsNullOrWhiteSpace(Details))
            problems.Add((DetailsField, Kind == AbsenceKind.Accident ? "Décrivez ce qui s'est passé." : "Décrivez l'incident."));
        if (Details is { Length: > DetailsMaxLength })
            problems.Add((DetailsField, $"La description ne peut pas dépasser {DetailsMaxLength} caractères."));
        else if (PlainText.HasMarkup(Details))
            problems.Add((DetailsField, PlainText.MarkupMessage));
        return problems;
    }

    /// <summary>Whether a report of these facts is about the same event as <paramref name="absence"/> (then it is one absence with two reports).</summary>
    public bool SameEventAs(Absence absence) =>
        absence.Day == Day && (IsAway
            ? absence.Facts.IsAway && absence.Part.Overlap(Part)
            : absence.Kind == Kind);
}
