using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Export;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Restitution;

/// <summary>A host of the pupil's conventions (not cancelled) that year, with its activity sector when known.</summary>
public sealed record RestitutionHost(string Name, string? Sector);

public sealed record RestitutionRow(
    int StudentId, string LastName, string FirstName, string ClassCode, IReadOnlyList<RestitutionHost> Hosts,
    WeekSituation Week1, WeekSituation Week2, bool Evaluated, DateOnly? ReportOn)
{
    public string StudentName => PersonName.LastFirst(LastName, FirstName);
}

public sealed record RestitutionYear(int Id, int StartYear, bool IsCurrent)
{
    public string Label => $"{StartYear}-{StartYear + 1}";
}

public sealed record RestitutionClass(int Id, string Code);

public sealed record RestitutionModel(
    RestitutionYear? Year, IReadOnlyList<RestitutionYear> Years, int? ClassId, IReadOnlyList<RestitutionClass> Classes, IReadOnlyList<RestitutionRow> Rows)
{
    public int Reports => Rows.Count(r => r.ReportOn is not null);
    public int Evaluations => Rows.Count(r => r.Evaluated);
}

/// <summary>
/// Who did what during the sequence, class by class, to prepare the collective sharing at the start of 1ère (issue 12):
/// each pupil with their hosts and sectors, the two weeks (<see cref="StudentSituations"/>: the one place situations are
/// derived), the tutor's evaluation and the report. The current year's classes, or a past year's (read-only, its classes
/// are archived with their pupils). Readers: those of the tutors' evaluations (<see cref="FollowedByStaff"/>: the whole
/// school for the direction and the secrétariat, their classes for a professeur principal). The same rows are exported.
/// </summary>
public static class RestitutionList
{
    public static readonly IReadOnlyList<string> Headers =
    [
        "Nom", "Prénom", "Classe", "Structure(s) d'accueil", "Secteur(s) d'activité", "Semaine 1", "Semaine 2",
        "Évaluation du tuteur", "Rapport remis", "Date de remise",
    ];

    /// <summary>Null when the class or the year is not one the user may see.</summary>
    public static async Task<RestitutionModel?> LoadAsync(AppDbContext db, ICurrentUser user, int? startYear, int? classId, CancellationToken ct)
    {
        var years = await db.SchoolYears.AsNoTracking().OrderByDescending(y => y.StartYear)
            .Select(y => new RestitutionYear(y.Id, y.StartYear, y.IsCurrent)).ToListAsync(ct);
        var year = startYear is { } wanted ? years.FirstOrDefault(y => y.StartYear == wanted) : years.FirstOrDefault(y => y.IsCurrent) ?? years.FirstOrDefault();
        if (startYear is not null && year is null) return null;
        if (year is null) return new RestitutionModel(null, years, null, [], []);

        // The current year: the classes in use. A past year: the classes (archived since) of the pupils who had a convention or a report that year.
        var followed = db.Classes.AsNoTracking().FollowedBy(user);
        var yearId = year.Id;
        var classes = await (year.IsCurrent
                ? followed.Where(c => !c.IsArchived || c.Id == classId)
                : followed.Where(c => c.Students.Any(s => db.Agreements.Any(a => a.StudentId == s.Id && a.SchoolYearId == yearId)
                                                          || db.PupilReports.Any(r => r.StudentId == s.Id && r.SchoolYearId == yearId))))
            .OrderBy(c => c.Code).Select(c => new RestitutionClass(c.Id, c.Code)).ToListAsync(ct);
        if (classId is { } id && classes.All(c => c.Id != id)) return null;
        var classIds = classId is { } only ? [only] : classes.Select(c => c.Id).ToList();

        var pupils = db.Students.Where(s => classIds.Contains(s.SchoolClassId) && s.AnonymisedAt == null);
        var students = await pupils.AsNoTracking()
            .OrderBy(s => s.SchoolClass!.Code).ThenBy(s => s.SearchKey).ThenBy(s => s.Id)
            .Select(s => new { s.Id, s.LastName, s.FirstName, s.SchoolClass!.Code })
            .ToListAsync(ct);
        var situations = await StudentSituations.LoadAsync(db, pupils, ct, yearId);
        var ids = students.Select(s => s.Id).ToList();
        var agreements = await db.Agreements.AsNoTracking()
            .Where(a => a.SchoolYearId == yearId && a.State != AgreementState.Cancelled && ids.Contains(a.StudentId))
            .OrderBy(a => a.FirstDay).ThenBy(a => a.Id)
            .Select(a => new { a.Id, a.StudentId, Host = a.HostOrganisation!.Name, Sector = a.HostOrganisation.ActivitySector })
            .ToListAsync(ct);
        var agreementIds = agreements.Select(a => a.Id).ToList();
        var evaluated = (await db.TutorEvaluations.AsNoTracking().Where(e => agreementIds.Contains(e.AgreementId)).Select(e => e.AgreementId).ToListAsync(ct)).ToHashSet();
        var reports = await db.PupilReports.AsNoTracking().Where(r => r.SchoolYearId == yearId && ids.Contains(r.StudentId))
            .ToDictionaryAsync(r => r.StudentId, r => r.HandedInOn, ct);
        var byStudent = agreements.ToLookup(a => a.StudentId);

        var rows = students.Select(s =>
        {
            var situation = situations.GetValueOrDefault(s.Id);
            var hosts = byStudent[s.Id].Select(a => new RestitutionHost(a.Host, a.Sector)).Distinct().ToList();
            return new RestitutionRow(s.Id, s.LastName, s.FirstName, s.Code, hosts,
                situation?.Week1 ?? WeekSituation.Nothing, situation?.Week2 ?? WeekSituation.Nothing,
                byStudent[s.Id].Any(a => evaluated.Contains(a.Id)), reports.TryGetValue(s.Id, out var on) ? on : null);
        }).ToList();
        return new RestitutionModel(year, years, classId, classes, rows);
    }

    public static ExportTable Table(RestitutionModel model) =>
        new("Restitution en 1ère", Headers, model.Rows.Select(r => (IReadOnlyList<ExportCell>)
        [
            r.LastName.ToUpperInvariant(), r.FirstName, r.ClassCode,
            string.Join(" ; ", r.Hosts.Select(h => h.Name)), string.Join(" ; ", r.Hosts.Select(h => h.Sector ?? "non renseigné")),
            r.Week1.Label(), r.Week2.Label(), r.Evaluated ? "Oui" : "Non", r.ReportOn is null ? "Non" : "Oui",
            r.ReportOn is { } on ? on : ExportCell.Empty,
        ]).ToList());

    /// <summary>« restitution-2026-2027-2NDE3 » (without extension).</summary>
    public static string FileName(RestitutionModel model) =>
        "restitution" + (model.Year is { } y ? $"-{y.Label}" : "") + (model.ClassId is { } id ? $"-{model.Classes.First(c => c.Id == id).Code}" : "");
}
