using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.Validation;

public sealed record ReviewStudent(
    string LastName, string FirstName, DateOnly BirthDate, string? Ine, string ClassCode, string ClassLabel,
    string? AddressLine, string? PostalCode, string? City, string? Email, string? Phone)
{
    public string FullName => PersonName.LastFirst(LastName, FirstName);
}

public sealed record ReviewGuardian(string FullName, GuardianRelationship Relationship, bool IsLegalGuardian, string? Email, string? MobilePhone, string? HomePhone);

public sealed record ReviewHost(int Id, string Name, HostKind Kind, string Siret, string AddressLine, string PostalCode, string City,
    string? Email, string? Phone, string? Insurer, string? InsurancePolicyNumber);

/// <summary>A person named in the convention: tutor or referent teacher.</summary>
public sealed record ReviewPerson(string FullName, string Function, string? Email, string? Phone);

public sealed record ReviewTransition(AgreementState? From, AgreementState To, DateTime At, string By, string? Comment);

/// <summary>Everything the convention says, for the proviseur to read before deciding.</summary>
public sealed record AgreementReview(
    int Id, int Version, AgreementState State, string? RefusalReason,
    ReviewStudent Student, IReadOnlyList<ReviewGuardian> Guardians, ReviewHost Host, ReviewPerson Tutor,
    string RepresentativeName, string RepresentativeFunction, string AddressLine, string PostalCode, string City,
    ReviewPerson? Referent, PeriodOption Period, DateOnly FirstDay, DateOnly LastDay, IReadOnlyList<DaySchedule> Schedule,
    string PlannedActivities, TargetSkills TargetSkills, string EvaluationModality, bool HasPai, string? EmergencyKitSuppliedBy,
    string? Remarks, IReadOnlyList<ReviewTransition> History)
{
    /// <summary>Time spent at the host in a week.</summary>
    public TimeSpan WeeklyPresence => Schedule.Aggregate(TimeSpan.Zero, (total, day) => total + day.Presence);

    /// <summary>The age that sets the legal limits of the timetable.</summary>
    public int StudentAgeOnFirstDay => Domain.Student.AgeOn(Student.BirthDate, FirstDay);

    public static async Task<AgreementReview?> LoadAsync(AppDbContext db, int id, CancellationToken ct)
    {
        var review = await db.Agreements.AsNoTracking().AsSplitQuery().Where(a => a.Id == id)
            .Select(a => new AgreementReview(
                a.Id, a.Version, a.State, a.RefusalReason,
                new ReviewStudent(a.Student!.LastName, a.Student.FirstName, a.Student.BirthDate, a.Student.Ine, a.Student.SchoolClass!.Code,
                    a.Student.SchoolClass.Label, a.Student.AddressLine, a.Student.PostalCode, a.Student.City, a.Student.Email, a.Student.Phone),
                a.Student.Guardians.OrderByDescending(g => g.IsLegalGuardian).ThenBy(g => g.Relationship).ThenBy(g => g.LastName).ThenBy(g => g.Id)
                    .Select(g => new ReviewGuardian(PersonName.FirstLast(g.FirstName, g.LastName), g.Relationship, g.IsLegalGuardian, g.Email, g.MobilePhone, g.HomePhone))
                    .ToList(),
                new ReviewHost(a.HostOrganisation!.Id, a.HostOrganisation.Name, a.HostOrganisation.Kind, a.HostOrganisation.Siret,
                    a.HostOrganisation.AddressLine, a.HostOrganisation.PostalCode, a.HostOrganisation.City, a.HostOrganisation.Email,
                    a.HostOrganisation.Phone, a.HostOrganisation.Insurer, a.HostOrganisation.InsurancePolicyNumber),
                new ReviewPerson(PersonName.FirstLast(a.Tutor!.FirstName, a.Tutor.LastName), a.Tutor.Function, a.Tutor.Email, a.Tutor.Phone),
                a.RepresentativeName, a.RepresentativeFunction, a.AddressLine, a.PostalCode, a.City,
                a.ReferentTeacher == null
                    ? null
                    : new ReviewPerson(PersonName.FirstLast(a.ReferentTeacher.FirstName, a.ReferentTeacher.LastName), a.ReferentTeacher.Function,
                        a.ReferentTeacher.Email, a.ReferentTeacher.Phone),
                a.Period, a.FirstDay, a.LastDay,
                a.Schedule.Select(d => new DaySchedule(d.Day, d.Start, d.End, d.Breaks)).ToList(),
                a.PlannedActivities, a.TargetSkills, a.EvaluationModality, a.HasPai, a.EmergencyKitSuppliedBy, a.Remarks,
                a.Transitions.OrderBy(t => t.At).ThenBy(t => t.Id)
                    .Select(t => new ReviewTransition(t.From, t.To, t.At, t.ByUserName, t.Comment)).ToList()))
            .FirstOrDefaultAsync(ct);
        return review is null ? null : review with { Schedule = [.. review.Schedule.OrderBy(d => Agreement.ScheduleDays.ToList().IndexOf(d.Day))] };
    }
}
