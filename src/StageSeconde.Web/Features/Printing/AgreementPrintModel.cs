using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.Printing;

/// <summary>Everything a printed convention carries, read in one projection (no entity, no tracking).</summary>
public sealed record AgreementPrintModel
{
    public required int Id { get; init; }
    public required AgreementState State { get; init; }
    /// <summary>The school year's first calendar year: 2026 for 2026-2027.</summary>
    public required int SchoolYearStart { get; init; }
    public required PrintedSchool School { get; init; }
    public required PrintedHost Host { get; init; }
    /// <summary>Who signs for the host.</summary>
    public required string RepresentativeName { get; init; }
    public required string RepresentativeFunction { get; init; }
    public required PrintedStudent Student { get; init; }
    /// <summary>The student's guardians, legal guardians first (a guardian who is not one is printed only if they signed).</summary>
    public required IReadOnlyList<PrintedGuardian> Guardians { get; init; }
    public required PrintedContact Tutor { get; init; }
    public PrintedContact? ReferentTeacher { get; init; }
    public required PeriodOption Period { get; init; }
    public required DateOnly FirstDay { get; init; }
    public required DateOnly LastDay { get; init; }
    /// <summary>Where the sequence takes place.</summary>
    public required PrintedAddress Place { get; init; }
    /// <summary>Monday to Saturday, in that order (a missing day is a day off).</summary>
    public required IReadOnlyList<DaySchedule> Schedule { get; init; }
    public required string PlannedActivities { get; init; }
    public required TargetSkills TargetSkills { get; init; }
    public required string EvaluationModality { get; init; }
    public required bool HasPai { get; init; }
    public string? EmergencyKitSuppliedBy { get; init; }
    public string? Remarks { get; init; }
    public required IReadOnlyList<PrintedSignature> Signatures { get; init; }
    /// <summary>The tutor's link to report an absence (validated conventions only), printed with its QR code.</summary>
    public string? TutorLinkUrl { get; init; }

    public string SchoolYearLabel => $"{SchoolYearStart}-{SchoolYearStart + 1}";
}

public sealed record PrintedAddress(string Line, string PostalCode, string City)
{
    public override string ToString() => string.Join(", ", new[] { Line, $"{PostalCode} {City}".Trim() }.Where(p => !string.IsNullOrWhiteSpace(p)));
}

public sealed record PrintedSchool(
    string Name, string Uai, PrintedAddress Address, string? Phone, string? Email, string HeadName, string? HeadEmail, string? HeadPhone);

public sealed record PrintedHost(
    string Name, HostKind Kind, string Siret, PrintedAddress Address, string? Email, string? Phone, string? Insurer, string? InsurancePolicyNumber);

public sealed record PrintedStudent(string LastName, string FirstName, DateOnly BirthDate, string ClassCode, PrintedAddress? Address)
{
    public string FullName => PersonName.LastFirst(LastName, FirstName);
}

public sealed record PrintedGuardian(
    int Id, string LastName, string FirstName, GuardianRelationship Relationship, bool IsLegalGuardian, string? Email, string? MobilePhone, string? HomePhone)
{
    public string FullName => PersonName.FirstLast(FirstName, LastName);
}

public sealed record PrintedContact(string FirstName, string LastName, string Function, string? Email, string? Phone)
{
    public string FullName => PersonName.FirstLast(FirstName, LastName);
}

public sealed record PrintedSignature(SignatureParty Party, int? GuardianId, DateOnly SignedOn, SignatureMode Mode);

/// <summary>Reads conventions to print: one query for a whole chunk of them.</summary>
public static class AgreementPrintQuery
{
    /// <summary>How many conventions a batch reads (and draws) at a time.</summary>
    public const int ChunkSize = 50;

    /// <summary>
    /// The conventions of <paramref name="ids"/> that the current school can see, in the order of <paramref name="ids"/>,
    /// read by a single SQL query (schedule, guardians and signatures included).
    /// </summary>
    public static async Task<IReadOnlyList<AgreementPrintModel>> LoadAsync(AppDbContext db, IReadOnlyCollection<int> ids, CancellationToken ct)
    {
        var rows = await (
            from a in db.Agreements.AsNoTracking()
            join s in db.Schools.AsNoTracking() on a.SchoolId equals s.Id
            where ids.Contains(a.Id)
            select new
            {
                a.Id,
                a.State,
                YearStart = a.SchoolYear!.StartYear,
                School = new PrintedSchool(s.Name, s.Uai, new PrintedAddress(s.AddressLine, s.PostalCode, s.City), s.Phone, s.Email,
                    s.HeadName, s.HeadEmail, s.HeadPhone),
                Host = new PrintedHost(a.HostOrganisation!.Name, a.HostOrganisation.Kind, a.HostOrganisation.Siret,
                    new PrintedAddress(a.HostOrganisation.AddressLine, a.HostOrganisation.PostalCode, a.HostOrganisation.City),
                    a.HostOrganisation.Email, a.HostOrganisation.Phone, a.HostOrganisation.Insurer, a.HostOrganisation.InsurancePolicyNumber),
                a.RepresentativeName,
                a.RepresentativeFunction,
                Student = new
                {
                    a.Student!.LastName, a.Student.FirstName, a.Student.BirthDate, ClassCode = a.Student.SchoolClass!.Code,
                    a.Student.AddressLine, a.Student.PostalCode, a.Student.City,
                },
                Guardians = a.Student.Guardians
                    .Select(g => new PrintedGuardian(g.Id, g.LastName, g.FirstName, g.Relationship, g.IsLegalGuardian, g.Email, g.MobilePhone, g.HomePhone))
                    .ToList(),
                Tutor = new PrintedContact(a.Tutor!.FirstName, a.Tutor.LastName, a.Tutor.Function, a.Tutor.Email, a.Tutor.Phone),
                Referent = a.ReferentTeacher == null
                    ? null
                    : new PrintedContact(a.ReferentTeacher.FirstName, a.ReferentTeacher.LastName, a.ReferentTeacher.Function,
                        a.ReferentTeacher.Email, a.ReferentTeacher.Phone),
                a.Period,
                a.FirstDay,
                a.LastDay,
                Place = new PrintedAddress(a.AddressLine, a.PostalCode, a.City),
                Days = a.Schedule.Select(d => new { d.Day, d.Start, d.End, d.Breaks }).ToList(),
                a.PlannedActivities,
                a.TargetSkills,
                a.EvaluationModality,
                a.HasPai,
                a.EmergencyKitSuppliedBy,
                a.Remarks,
                Signatures = a.Signatures.Select(g => new PrintedSignature(g.Party, g.GuardianId, g.SignedOn, g.Mode)).ToList(),
            }).ToListAsync(ct);

        var byId = rows.ToDictionary(r => r.Id, r =>
        {
            var days = r.Days.ToDictionary(d => d.Day);
            var signedBy = r.Signatures.Where(s => s.GuardianId is not null).Select(s => s.GuardianId!.Value).ToHashSet();
            var student = r.Student;
            var hasAddress = !string.IsNullOrWhiteSpace(student.AddressLine) || !string.IsNullOrWhiteSpace(student.City);
            return new AgreementPrintModel
            {
                Id = r.Id,
                State = r.State,
                SchoolYearStart = r.YearStart,
                School = r.School,
                Host = r.Host,
                RepresentativeName = r.RepresentativeName,
                RepresentativeFunction = r.RepresentativeFunction,
                Student = new PrintedStudent(student.LastName, student.FirstName, student.BirthDate, student.ClassCode,
                    hasAddress ? new PrintedAddress(student.AddressLine ?? "", student.PostalCode ?? "", student.City ?? "") : null),
                Guardians = r.Guardians
                    .Where(g => g.IsLegalGuardian || signedBy.Contains(g.Id))
                    .OrderByDescending(g => g.IsLegalGuardian).ThenBy(g => g.Relationship).ThenBy(g => g.Id)
                    .ToList(),
                Tutor = r.Tutor,
                ReferentTeacher = r.Referent,
                Period = r.Period,
                FirstDay = r.FirstDay,
                LastDay = r.LastDay,
                Place = r.Place,
                Schedule = Agreement.ScheduleDays
                    .Select(day => days.TryGetValue(day, out var d) ? new DaySchedule(day, d.Start, d.End, d.Breaks) : DaySchedule.Off(day))
                    .ToList(),
                PlannedActivities = r.PlannedActivities,
                TargetSkills = r.TargetSkills,
                EvaluationModality = r.EvaluationModality,
                HasPai = r.HasPai,
                EmergencyKitSuppliedBy = r.EmergencyKitSuppliedBy,
                Remarks = r.Remarks,
                Signatures = r.Signatures,
            };
        });
        return ids.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
    }
}
