using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.Students;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Web.Infrastructure.Export;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Agreements;

/// <summary>The list's query string: student name, filters, sort, page (the CSV export takes the same, without the page).</summary>
public sealed record AgreementListQuery(string? Q, AgreementState? State, [ModelBinder(Name = "classe")] int? ClassId, int? HostId, string? Sort = null, int Page = 1)
{
    /// <summary>The most recently changed first: the conventions someone is working on.</summary>
    public const string DefaultSort = "-updated";
    public bool IsFiltered => !string.IsNullOrWhiteSpace(Q) || State is not null || ClassId is not null || HostId is not null;
}

public sealed record AgreementRow(
    int Id, int StudentId, string StudentLastName, string StudentFirstName, string ClassCode, int HostId, string HostName,
    PeriodOption Period, DateOnly FirstDay, DateOnly LastDay, AgreementState State,
    string? ReferentFirstName, string? ReferentLastName, DateTime UpdatedAt)
{
    public string StudentName => PersonName.LastFirst(StudentLastName, StudentFirstName);
    public string? ReferentName => ReferentLastName is null ? null : PersonName.FirstLast(ReferentFirstName ?? "", ReferentLastName);
    public string Dates => $"du {FirstDay.FormatFrench()} au {LastDay.FormatFrench()}";
}

public sealed record HostFilterOption(int Id, string Name, string City);

public sealed record AgreementListModel(
    AgreementListQuery Query, IReadOnlyList<ClassOption> Classes, IReadOnlyList<HostFilterOption> Hosts, PageOf<AgreementRow> Rows);

public static class AgreementList
{
    public static readonly IReadOnlyList<string> CsvHeader =
        ["Élève", "Classe", "Structure d'accueil", "Période", "Du", "Au", "État", "Professeur référent", "Dernière modification"];

    public static async Task<AgreementListModel> LoadAsync(AppDbContext db, AgreementListQuery query, CancellationToken ct)
    {
        var page = await Rows(db, query).ToPageAsync(query.Page, ct);
        var classes = await StudentList.ClassOptionsAsync(db, includeId: query.ClassId, ct);
        // The hosts that have conventions: a short, relevant list rather than every host of the school.
        var hosts = await db.HostOrganisations.AsNoTracking()
            .Where(h => db.Agreements.Any(a => a.HostOrganisationId == h.Id) || h.Id == query.HostId)
            .OrderBy(h => h.SearchKey)
            .Select(h => new HostFilterOption(h.Id, h.Name, h.City))
            .ToListAsync(ct);
        return new AgreementListModel(query, classes, hosts, page);
    }

    /// <summary>Every row the list shows for <paramref name="query"/> (all pages), as a table to export (CSV or XLSX).</summary>
    public static async Task<ExportTable> ExportAsync(AppDbContext db, AgreementListQuery query, CancellationToken ct)
    {
        var rows = await Rows(db, query).ToListAsync(ct);
        return new ExportTable("Conventions", CsvHeader, rows.Select(r => (IReadOnlyList<ExportCell>)
        [
            r.StudentName, r.ClassCode, r.HostName, r.Period.Label(), r.FirstDay, r.LastDay,
            r.State.Label(), r.ReferentName, r.UpdatedAt.ToParis().ToString("dd/MM/yyyy HH:mm", ParisTime.French),
        ]).ToList());
    }

    private static IQueryable<AgreementRow> Rows(AppDbContext db, AgreementListQuery query)
    {
        var agreements = db.Agreements.AsNoTracking();

        var q = query.Q?.Trim();
        if (!string.IsNullOrEmpty(q))
        {
            // Indexed prefix range on the student's normalised "last name first name" key, and a first name anywhere in it.
            var key = SearchText.Normalize(q);
            var upper = SearchText.PrefixUpperBound(key);
            var word = " " + key;
            agreements = agreements.Where(a =>
                (string.Compare(a.Student!.SearchKey, key) >= 0 && string.Compare(a.Student.SearchKey, upper) < 0) || a.Student.SearchKey.Contains(word));
        }
        if (query.State is { } state) agreements = agreements.Where(a => a.State == state);
        if (query.ClassId is { } classId) agreements = agreements.Where(a => a.Student!.SchoolClassId == classId);
        if (query.HostId is { } hostId) agreements = agreements.Where(a => a.HostOrganisationId == hostId);

        agreements = (query.Sort ?? AgreementListQuery.DefaultSort) switch
        {
            "name" => agreements.OrderBy(a => a.Student!.SearchKey).ThenBy(a => a.FirstDay).ThenBy(a => a.Id),
            "-name" => agreements.OrderByDescending(a => a.Student!.SearchKey).ThenBy(a => a.FirstDay).ThenBy(a => a.Id),
            "class" => agreements.OrderBy(a => a.Student!.SchoolClass!.Code).ThenBy(a => a.Student!.SearchKey).ThenBy(a => a.Id),
            "-class" => agreements.OrderByDescending(a => a.Student!.SchoolClass!.Code).ThenBy(a => a.Student!.SearchKey).ThenBy(a => a.Id),
            "host" => agreements.OrderBy(a => a.HostOrganisation!.SearchKey).ThenBy(a => a.Student!.SearchKey).ThenBy(a => a.Id),
            "-host" => agreements.OrderByDescending(a => a.HostOrganisation!.SearchKey).ThenBy(a => a.Student!.SearchKey).ThenBy(a => a.Id),
            "period" => agreements.OrderBy(a => a.FirstDay).ThenBy(a => a.LastDay).ThenBy(a => a.Student!.SearchKey).ThenBy(a => a.Id),
            "-period" => agreements.OrderByDescending(a => a.FirstDay).ThenByDescending(a => a.LastDay).ThenBy(a => a.Student!.SearchKey).ThenBy(a => a.Id),
            "state" => agreements.OrderBy(a => a.State).ThenBy(a => a.Student!.SearchKey).ThenBy(a => a.Id),
            "-state" => agreements.OrderByDescending(a => a.State).ThenBy(a => a.Student!.SearchKey).ThenBy(a => a.Id),
            "updated" => agreements.OrderBy(a => a.UpdatedAt).ThenBy(a => a.Id),
            _ => agreements.OrderByDescending(a => a.UpdatedAt).ThenByDescending(a => a.Id),
        };

        return agreements.Select(a => new AgreementRow(
            a.Id, a.StudentId, a.Student!.LastName, a.Student.FirstName, a.Student.SchoolClass!.Code, a.HostOrganisationId, a.HostOrganisation!.Name,
            a.Period, a.FirstDay, a.LastDay, a.State,
            a.ReferentTeacher == null ? null : a.ReferentTeacher.FirstName, a.ReferentTeacher == null ? null : a.ReferentTeacher.LastName,
            a.UpdatedAt));
    }
}
