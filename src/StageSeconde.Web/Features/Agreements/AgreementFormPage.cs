using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.Agreements;

public sealed record HostChoice(int Id, string Name, string City, string Siret, string RepresentativeName, string RepresentativeFunction, string Address)
{
    /// <summary>Name first (type-ahead in the list), then the city and the SIRET that tell two homonyms apart.</summary>
    public string Text => $"{Name} – {City} (SIRET {SpacedSiret})";

    private string SpacedSiret => Siret.Length == 14 ? $"{Siret[..3]} {Siret[3..6]} {Siret[6..9]} {Siret[9..]}" : Siret;
}

public sealed record TutorChoice(int Id, int HostId, string FirstName, string LastName, string Function)
{
    public string Text => $"{PersonName.FirstLast(FirstName, LastName)} – {Function}";
}

public sealed record StaffChoice(int Id, string FirstName, string LastName, string Function)
{
    public string Text => $"{PersonName.FirstLast(FirstName, LastName)} – {Function}";
}

/// <summary>The weeks of the school year new conventions belong to, for the period choice.</summary>
public sealed record YearWeeks(string Label, DateOnly Week1Start, DateOnly Week1End, DateOnly Week2Start, DateOnly Week2End)
{
    public static YearWeeks Of(SchoolYear y) => new(y.Label, y.Week1Start, y.Week1End, y.Week2Start, y.Week2End);

    public (DateOnly First, DateOnly Last) Dates(PeriodOption period) => period switch
    {
        PeriodOption.Week1 => (Week1Start, Week1End),
        PeriodOption.Week2 => (Week2Start, Week2End),
        _ => (Week1Start, Week2End),
    };
}

/// <summary>The lists the convention form offers: hosts (not archived), their tutors, referent teachers (not archived).</summary>
public sealed record AgreementChoices(YearWeeks Year, IReadOnlyList<HostChoice> Hosts, IReadOnlyList<TutorChoice> Tutors, IReadOnlyList<StaffChoice> Referents)
{
    /// <summary>The lists, plus the convention's current host and referent even if archived since.</summary>
    public static async Task<AgreementChoices> LoadAsync(AppDbContext db, YearWeeks year, int? keepHostId, int? keepReferentId, CancellationToken ct)
    {
        var hosts = await db.HostOrganisations.AsNoTracking()
            .Where(h => !h.IsArchived || h.Id == keepHostId)
            .OrderBy(h => h.SearchKey).ThenBy(h => h.Id)
            .Select(h => new HostChoice(h.Id, h.Name, h.City, h.Siret, h.RepresentativeName, h.RepresentativeFunction, h.AddressLine + ", " + h.PostalCode + " " + h.City))
            .ToListAsync(ct);
        var tutors = await db.Tutors.AsNoTracking()
            .Where(t => !t.HostOrganisation!.IsArchived || t.HostOrganisationId == keepHostId)
            .OrderBy(t => t.LastName).ThenBy(t => t.FirstName).ThenBy(t => t.Id)
            .Select(t => new TutorChoice(t.Id, t.HostOrganisationId, t.FirstName, t.LastName, t.Function))
            .ToListAsync(ct);
        var referents = await db.Staff.AsNoTracking()
            .Where(s => !s.IsArchived || s.Id == keepReferentId)
            .OrderBy(s => s.SearchKey).ThenBy(s => s.Id)
            .Select(s => new StaffChoice(s.Id, s.FirstName, s.LastName, s.Function))
            .ToListAsync(ct);
        return new AgreementChoices(year, hosts, tutors, referents);
    }
}

/// <summary>Who the convention is for, as the form shows it.</summary>
public sealed record StudentSummary(int Id, string LastName, string FirstName, string ClassCode, DateOnly BirthDate, DateOnly? LeftOn)
{
    public string FullName => PersonName.LastFirst(LastName, FirstName);

    public static Task<StudentSummary?> LoadAsync(AppDbContext db, int id, CancellationToken ct) =>
        db.Students.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new StudentSummary(s.Id, s.LastName, s.FirstName, s.SchoolClass!.Code, s.BirthDate, s.LeftOn))
            .FirstOrDefaultAsync(ct);
}

/// <summary>
/// The convention form's page: <paramref name="Id"/> null for a new convention, <paramref name="Student"/> null for a group
/// hosting (the students are chosen beside it). <paramref name="State"/> and <paramref name="Signatures"/> tell an edit after
/// validation (a reason is required; the convention goes back to validation and its signatures are cleared).
/// </summary>
public sealed record AgreementFormModel(int? Id, StudentSummary? Student, AgreementForm Form, AgreementChoices Choices, AgreementState State = AgreementState.Draft, int Signatures = 0)
{
    public bool IsNew => Id is null;

    /// <summary>
    /// The page of <paramref name="form"/>, for a new convention (<paramref name="agreement"/> null) or an edit; after a refused
    /// save it shows the state and signatures the user saw (<paramref name="stateShown"/>, <paramref name="signaturesShown"/>).
    /// </summary>
    public static async Task<AgreementFormModel> LoadAsync(AppDbContext db, Agreement? agreement, StudentSummary student, AgreementForm form, YearWeeks year,
        CancellationToken ct, AgreementState? stateShown = null, int? signaturesShown = null)
    {
        var choices = await AgreementChoices.LoadAsync(db, year, agreement?.HostOrganisationId, agreement?.ReferentTeacherId, ct);
        return agreement is null
            ? new AgreementFormModel(null, student, form, choices)
            : new AgreementFormModel(agreement.Id, student, form, choices, stateShown ?? agreement.State, signaturesShown ?? agreement.Signatures.Count);
    }
    public bool EditRequiresValidation => !IsNew && RequiresValidationAgain(State);

    /// <summary>A change of a convention in this state sends it back to the Direction's validation.</summary>
    public static bool RequiresValidationAgain(AgreementState state) =>
        state is AgreementState.Validated or AgreementState.InSignature or AgreementState.Signed;
}
