using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.Agreements;

public sealed record DetailsGuardian(string FullName, GuardianRelationship Relationship, bool IsLegalGuardian, string? Email, string? MobilePhone, string? HomePhone);

public sealed record DetailsPerson(string FullName, string Function, string? Email, string? Phone);

public sealed record DetailsDay(DayOfWeek Day, TimeOnly? Start, TimeOnly? End, IReadOnlyList<DayBreak> Breaks, TimeSpan Presence)
{
    public bool IsDayOff => Start is null;
}

public sealed record DetailsTransition(DateTime At, string By, AgreementState? From, AgreementState To, string? Comment);

public sealed record DetailsSignature(SignatureParty Party, string? GuardianName, DateOnly SignedOn, SignatureMode Mode, string RecordedBy, DateTime RecordedAt);

/// <summary>Everything a convention says, its checks, its history and its signatures, for its page.</summary>
public sealed record AgreementDetailsModel(
    int Id, int Version, AgreementState State, string YearLabel,
    int StudentId, string StudentName, string ClassCode, DateOnly BirthDate, int AgeOnFirstDay, IReadOnlyList<DetailsGuardian> Guardians,
    int HostId, string HostName, string HostSiret, string HostAddress, string? HostEmail, string? HostPhone, bool HostIsArchived,
    DetailsPerson Tutor, string RepresentativeName, string RepresentativeFunction, string Address,
    DetailsPerson? Referent, PeriodOption Period, DateOnly FirstDay, DateOnly LastDay,
    IReadOnlyList<DetailsDay> Schedule, TimeSpan WeeklyPresence,
    string PlannedActivities, TargetSkills TargetSkills, string EvaluationModality, bool HasPai, string? EmergencyKitSuppliedBy, string? Remarks,
    string? RefusalReason, string? CancellationReason,
    IReadOnlyList<string> Violations, IReadOnlyList<DetailsTransition> History, IReadOnlyList<DetailsSignature> Signatures,
    IReadOnlyList<SignatureParty> MissingSignatures, DateTime UpdatedAt, string? UpdatedBy)
{
    /// <summary>The reference of a signature made outside the application (e.g. the national platform), if it was.</summary>
    public string? ExternalSignatureReference { get; init; }
    /// <summary>Whether the user may change this convention (edit, submit, complete, tutor's link): <see cref="AgreementWriteScope"/>.</summary>
    public bool MayWrite { get; init; }
    /// <summary>Whether the user may cancel it: they may write it and, once validated, they are the direction.</summary>
    public bool MayCancel { get; init; }

    /// <summary>What the user may see of the pupil's private details (<see cref="PupilPrivacy"/>); the rest is not loaded into the page.</summary>
    public PrivateDetails Privacy { get; init; } = PrivateDetails.All;

    /// <summary>The same page without the guardians' contacts or the PAI when <paramref name="privacy"/> does not allow them.</summary>
    public AgreementDetailsModel For(PrivateDetails privacy)
    {
        var model = this with { Privacy = privacy };
        if (!privacy.GuardianContacts)
            model = model with { Guardians = [.. Guardians.Select(g => g with { Email = null, MobilePhone = null, HomePhone = null })] };
        if (!privacy.Health)
            model = model with { HasPai = false, EmergencyKitSuppliedBy = null };
        return model;
    }
    public bool IsOpen => State is not (AgreementState.Completed or AgreementState.Cancelled);
    public bool CanBeSubmitted => State == AgreementState.Draft && Violations.Count == 0;
    public bool IsInSignaturePhase => State is AgreementState.Validated or AgreementState.InSignature or AgreementState.Signed;
    public bool CanBeCompletedOn(DateOnly today) => State == AgreementState.Signed && today > LastDay;

    public static async Task<AgreementDetailsModel?> LoadAsync(AppDbContext db, int id, CancellationToken ct)
    {
        // One convention with what it names: read whole (split queries), checked by the domain, then flattened for the view.
        var a = await db.Agreements.AsNoTracking().AsSplitQuery()
            .Include(x => x.SchoolYear)
            .Include(x => x.Student!).ThenInclude(s => s.SchoolClass)
            .Include(x => x.Student!).ThenInclude(s => s.Guardians)
            .Include(x => x.HostOrganisation)
            .Include(x => x.Tutor)
            .Include(x => x.ReferentTeacher)
            .Include(x => x.Transitions)
            .Include(x => x.Signatures)
            .FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null) return null;

        var student = a.Student!;
        var year = a.SchoolYear!;
        var host = a.HostOrganisation!;
        var tutor = a.Tutor!;
        var slots = await AgreementChecks.SlotsAsync(db, a.StudentId, a.SchoolYearId, ct);
        var violations = a.IsOpen ? a.Violations(new AgreementFacts(year, student, slots)) : [];

        var staffIds = a.Transitions.Where(t => t.ByStaffId is not null).Select(t => t.ByStaffId!.Value).Distinct().ToList();
        var staffNames = (await db.Staff.AsNoTracking().Where(s => staffIds.Contains(s.Id)).Select(s => new { s.Id, s.FirstName, s.LastName }).ToListAsync(ct))
            .ToDictionary(s => s.Id, s => PersonName.FirstLast(s.FirstName, s.LastName));
        var guardianNames = student.Guardians.ToDictionary(g => g.Id, g => g.FullName);

        var schedule = a.Schedule.Select(d => new DetailsDay(d.Day, d.Start, d.End, d.Breaks, d.Presence)).ToList();
        return new AgreementDetailsModel(
            a.Id, a.Version, a.State, year.Label,
            student.Id, student.FullName, student.SchoolClass!.Code, student.BirthDate, student.AgeOn(a.FirstDay),
            student.Guardians.OrderByDescending(g => g.IsLegalGuardian).ThenBy(g => g.Relationship).ThenBy(g => g.Id)
                .Select(g => new DetailsGuardian(g.FullName, g.Relationship, g.IsLegalGuardian, g.Email, g.MobilePhone, g.HomePhone)).ToList(),
            host.Id, host.Name, host.Siret, $"{host.AddressLine}, {host.PostalCode} {host.City}", host.Email, host.Phone, host.IsArchived,
            new DetailsPerson(tutor.FullName, tutor.Function, tutor.Email, tutor.Phone),
            a.RepresentativeName, a.RepresentativeFunction, string.Join(", ", new[] { a.AddressLine, $"{a.PostalCode} {a.City}".Trim() }.Where(p => p.Length > 0)),
            a.ReferentTeacher is { } r ? new DetailsPerson(r.FullName, r.Function, r.Email, r.Phone) : null,
            a.Period, a.FirstDay, a.LastDay,
            schedule, schedule.Where(d => d.Presence > TimeSpan.Zero).Aggregate(TimeSpan.Zero, (total, d) => total + d.Presence),
            a.PlannedActivities, a.TargetSkills, a.EvaluationModality, a.HasPai, a.EmergencyKitSuppliedBy, a.Remarks,
            a.RefusalReason, a.CancellationReason,
            violations,
            a.Transitions.OrderBy(t => t.At).ThenBy(t => t.Id)
                .Select(t => new DetailsTransition(t.At, t.ByStaffId is { } sid && staffNames.TryGetValue(sid, out var name) ? name : t.ByUserName, t.From, t.To, t.Comment))
                .ToList(),
            a.Signatures.OrderBy(s => s.SignedOn).ThenBy(s => s.Party).ThenBy(s => s.Id)
                .Select(s => new DetailsSignature(s.Party, s.GuardianId is { } gid && guardianNames.TryGetValue(gid, out var g) ? g : null, s.SignedOn, s.Mode, s.RecordedBy, s.RecordedAt))
                .ToList(),
            a.State is AgreementState.Validated or AgreementState.InSignature ? a.MissingSignatures : [],
            a.UpdatedAt, a.UpdatedBy) { ExternalSignatureReference = a.ExternalSignatureReference };
    }
}
