using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.Students;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Web.Infrastructure.Export;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Absences;

/// <summary>The register's query string: day, class, kind, status, student's name, page (the exports take the same, without the page).</summary>
public sealed record AbsenceListQuery(
    [ModelBinder(Name = "jour")] DateOnly? Day,
    [ModelBinder(Name = "classe")] int? ClassId,
    AbsenceKind? Kind,
    [ModelBinder(Name = "statut")] AbsenceStatus? Status,
    string? Q,
    int Page = 1)
{
    public bool IsFiltered => Day is not null || ClassId is not null || Kind is not null || Status is not null || !string.IsNullOrWhiteSpace(Q);
}

/// <summary>One absence as the register, the inbox and the student's page list it.</summary>
public sealed record AbsenceRow(
    int Id, int StudentId, string LastName, string FirstName, string ClassCode,
    DateOnly Day, AbsenceKind Kind, DayPart Part, TimeOnly? Time,
    DateTime ReportedAt, string FirstReporter, ReportSource FirstSource, int ReportCount,
    DateTime? AcknowledgedAt, DateTime? EscalatedAt, DateTime? FamilyInformedAt, bool? Justified, int Version)
{
    public string StudentName => PersonName.LastFirst(LastName, FirstName);

    public AbsenceStatus Status =>
        Justified is not null ? AbsenceStatus.Settled
        : FamilyInformedAt is not null ? AbsenceStatus.FamilyInformed
        : AcknowledgedAt is not null ? AbsenceStatus.Acknowledged
        : AbsenceStatus.New;

    /// <summary>"Matin", "Journée entière", or the time for a late arrival, an early departure, an accident.</summary>
    public string Moment => Time is { } time ? "à " + FrenchTime.TimeOfDay(time) : Kind is AbsenceKind.Absence or AbsenceKind.Illness ? Part.Label() : "";
}

/// <param name="QuickForm">The quick report form shown above the register.</param>
public sealed record AbsenceListModel(AbsenceListQuery Query, IReadOnlyList<ClassOption> Classes, PageOf<AbsenceRow> Rows, AbsenceReportPage? QuickForm = null);

/// <summary>The absence register (docs/reference-produit.md §5): the absences the user follows, newest first, filtered.</summary>
public static class AbsenceList
{
    public static readonly IReadOnlyList<string> Headers =
        ["Élève", "Classe", "Jour", "Nature", "Moment", "Signalée le", "Signalée par", "Source", "Statut", "Famille prévenue le", "Justification"];

    public static async Task<AbsenceListModel> LoadAsync(AppDbContext db, ICurrentUser user, AbsenceListQuery query, CancellationToken ct)
    {
        var page = await Rows(Filtered(db, user, query)).ToPageAsync(query.Page, ct);
        var classes = await StudentList.ClassOptionsAsync(db, includeId: query.ClassId, ct);
        return new AbsenceListModel(query, classes, page);
    }

    /// <summary>Every row of the register for <paramref name="query"/> (all pages), as a table to export.</summary>
    public static async Task<ExportTable> ExportAsync(AppDbContext db, ICurrentUser user, AbsenceListQuery query, CancellationToken ct)
    {
        var rows = await Rows(Filtered(db, user, query)).ToListAsync(ct);
        return new ExportTable("Absences", Headers, rows.Select(r => (IReadOnlyList<ExportCell>)
        [
            r.StudentName, r.ClassCode, r.Day, r.Kind.Label(), r.Moment,
            r.ReportedAt.ToParis().ToString("dd/MM/yyyy HH:mm", ParisTime.French), r.FirstReporter, r.FirstSource.Label(),
            r.Status.Label(), r.FamilyInformedAt?.ToParis().ToString("dd/MM/yyyy HH:mm", ParisTime.French),
            r.Justified switch { true => "Justifiée", false => "Non justifiée", null => "" },
        ]).ToList());
    }

    /// <summary>The absences the user follows, as rows, newest first (by day, then by report).</summary>
    public static IQueryable<AbsenceRow> Rows(IQueryable<Absence> absences) =>
        absences
            .OrderByDescending(a => a.Day).ThenByDescending(a => a.ReportedAt).ThenByDescending(a => a.Id)
            .Select(a => new AbsenceRow(
                a.Id, a.StudentId, a.Student!.LastName, a.Student.FirstName, a.Student.SchoolClass!.Code,
                a.Day, a.Kind, a.Part, a.Time,
                a.ReportedAt,
                a.Reports.OrderBy(r => r.ReportedAt).ThenBy(r => r.Id).Select(r => r.Reporter).FirstOrDefault() ?? "",
                a.Reports.OrderBy(r => r.ReportedAt).ThenBy(r => r.Id).Select(r => r.Source).FirstOrDefault(),
                a.Reports.Count,
                a.AcknowledgedAt, a.EscalatedAt, a.FamilyInformedAt, a.Justified, a.Version));

    private static IQueryable<Absence> Filtered(AppDbContext db, ICurrentUser user, AbsenceListQuery query)
    {
        var absences = db.Absences.AsNoTracking().VisibleTo(db, user);
        if (query.Day is { } day) absences = absences.Where(a => a.Day == day);
        if (query.ClassId is { } classId) absences = absences.Where(a => a.Student!.SchoolClassId == classId);
        if (query.Kind is { } kind) absences = absences.Where(a => a.Kind == kind);
        absences = query.Status switch
        {
            AbsenceStatus.New => absences.Where(a => a.AcknowledgedAt == null && a.FamilyInformedAt == null && a.Justified == null),
            AbsenceStatus.Acknowledged => absences.Where(a => a.AcknowledgedAt != null && a.FamilyInformedAt == null && a.Justified == null),
            AbsenceStatus.FamilyInformed => absences.Where(a => a.FamilyInformedAt != null && a.Justified == null),
            AbsenceStatus.Settled => absences.Where(a => a.Justified != null),
            _ => absences,
        };
        var q = query.Q?.Trim();
        if (!string.IsNullOrEmpty(q))
        {
            // Like the student list: an indexed prefix of « last name first name », or a first name anywhere in it.
            var key = SearchText.Normalize(q);
            var upper = SearchText.PrefixUpperBound(key);
            var word = " " + key;
            absences = absences.Where(a =>
                (string.Compare(a.Student!.SearchKey, key) >= 0 && string.Compare(a.Student.SearchKey, upper) < 0) || a.Student.SearchKey.Contains(word));
        }
        return absences;
    }
}
