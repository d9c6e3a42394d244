namespace StageSeconde.Web.Domain;

/// <summary>
/// What a convention says, as the user wrote it, for <see cref="Agreement.Draft"/> and <see cref="Agreement.ApplyEdit"/>.
/// The student, the host and the tutor are passed as entities beside it.
/// Left blank, the host representative (name and function) and the address (line, postal code and city) are the host's.
/// </summary>
public sealed record AgreementTerms
{
    public required PeriodOption Period { get; init; }

    /// <summary>Who signs for the host; blank (with the function) = the host's representative.</summary>
    public string? RepresentativeName { get; init; }
    public string? RepresentativeFunction { get; init; }

    /// <summary>Where the sequence takes place; all three blank = the host's address.</summary>
    public string? AddressLine { get; init; }
    public string? PostalCode { get; init; }
    public string? City { get; init; }

    /// <summary>The professeur référent, if already assigned.</summary>
    public int? ReferentTeacherId { get; init; }

    /// <summary>Monday to Saturday; a missing day is a day off.</summary>
    public IReadOnlyList<DaySchedule> Schedule { get; init; } = [];

    public string? PlannedActivities { get; init; }
    public TargetSkills TargetSkills { get; init; } = TargetSkills.All;
    public string? EvaluationModality { get; init; }

    /// <summary>Projet d'accueil individualisé (health plan).</summary>
    public bool HasPai { get; init; }
    public string? EmergencyKitSuppliedBy { get; init; }
    public string? Remarks { get; init; }
}
