using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Printing;

/// <summary>
/// Which conventions of the current school year to print: by class, by state (validated by default, or every state with
/// <see cref="AllStates"/>), by host; those already printed are left out unless <paramref name="Printed"/> is set.
/// </summary>
public sealed record PrintQuery([ModelBinder(Name = "classe")] int? ClassId = null, string? State = null, int? HostId = null, bool Printed = false, int Page = 1)
{
    public const string AllStates = "all";

    /// <summary>The state asked for; null for every state. Absent or unknown: validated.</summary>
    public AgreementState? StateFilter =>
        State == AllStates ? null
        : Enum.TryParse<AgreementState>(State, ignoreCase: false, out var state) && Enum.IsDefined(state) ? state
        : AgreementState.Validated;

    public string StateValue => StateFilter?.ToString() ?? AllStates;

    public bool IsDefault => ClassId is null && HostId is null && StateFilter == AgreementState.Validated && !Printed;
}

/// <summary>A convention of the selection; <paramref name="LastPrintedBy"/> is the name of who printed it last (or their login).</summary>
public sealed record PrintRow(
    int Id, string LastName, string FirstName, string ClassCode, string HostName, AgreementState State, PeriodOption Period,
    int PrintCount, DateTime? LastPrintedAt, string? LastPrintedBy)
{
    public string FullName => PersonName.LastFirst(LastName, FirstName);
}

public sealed record PrintOption(int Id, string Label);

public sealed record PrintPageModel(
    PrintQuery Query, IReadOnlyList<PrintOption> Classes, IReadOnlyList<PrintOption> Hosts, PageOf<PrintRow> Rows)
{
    /// <summary>The pages a convention usually takes (a long list of activities or many guardians add one).</summary>
    public const int UsualPagesPerConvention = AgreementDocument.UsualPageCount;

    public int ExpectedPages => Rows.TotalCount * UsualPagesPerConvention;
}

public static class PrintSelection
{
    /// <summary>The largest batch printed in one PDF: a whole lycée's seconde fits; more is better split by class.</summary>
    public const int MaxBatch = 1000;

    public static async Task<PrintPageModel> LoadAsync(AppDbContext db, PrintQuery query, CancellationToken ct)
    {
        var rows = await Ordered(Matching(db, query))
            .Select(a => new
            {
                a.Id,
                a.Student!.LastName,
                a.Student.FirstName,
                a.Student.SchoolClass!.Code,
                HostName = a.HostOrganisation!.Name,
                a.State,
                a.Period,
                Prints = db.AgreementPrints.Count(p => p.AgreementId == a.Id),
                Last = db.AgreementPrints.Where(p => p.AgreementId == a.Id).OrderByDescending(p => p.PrintedAt).ThenByDescending(p => p.Id)
                    .Select(p => new
                    {
                        p.PrintedAt,
                        p.PrintedBy,
                        Name = db.Users.Where(u => u.UserName == p.PrintedBy).Select(u => u.DisplayName).FirstOrDefault(),
                    })
                    .FirstOrDefault(),
            })
            .ToPageAsync(query.Page, ct);
        var page = new PageOf<PrintRow>(
            rows.Items.Select(r => new PrintRow(r.Id, r.LastName, r.FirstName, r.Code, r.HostName, r.State, r.Period, r.Prints,
                r.Last?.PrintedAt, string.IsNullOrWhiteSpace(r.Last?.Name) ? r.Last?.PrintedBy : r.Last.Name)).ToList(),
            rows.Page, rows.PageSize, rows.TotalCount);

        var classes = await db.Classes.AsNoTracking().Where(c => !c.IsArchived || c.Id == query.ClassId)
            .OrderBy(c => c.Code).Select(c => new PrintOption(c.Id, c.Code)).ToListAsync(ct);
        var hosts = await db.HostOrganisations.AsNoTracking()
            .Where(h => db.Agreements.InCurrentYear().Any(a => a.HostOrganisationId == h.Id) || h.Id == query.HostId)
            .OrderBy(h => h.SearchKey).Select(h => new PrintOption(h.Id, h.Name)).ToListAsync(ct);
        return new PrintPageModel(query, classes, hosts, page);
    }

    /// <summary>The ids of the matching conventions, in printing order (class, student).</summary>
    public static async Task<IReadOnlyList<int>> IdsAsync(AppDbContext db, PrintQuery query, CancellationToken ct) =>
        await Ordered(Matching(db, query)).Select(a => a.Id).ToListAsync(ct);

    private static IQueryable<Agreement> Matching(AppDbContext db, PrintQuery query)
    {
        var agreements = db.Agreements.AsNoTracking().InCurrentYear();
        if (query.StateFilter is { } state) agreements = agreements.Where(a => a.State == state);
        if (query.ClassId is { } classId) agreements = agreements.Where(a => a.Student!.SchoolClassId == classId);
        if (query.HostId is { } hostId) agreements = agreements.Where(a => a.HostOrganisationId == hostId);
        if (!query.Printed) agreements = agreements.Where(a => !db.AgreementPrints.Any(p => p.AgreementId == a.Id));
        return agreements;
    }

    private static IQueryable<Agreement> Ordered(IQueryable<Agreement> agreements) =>
        agreements.OrderBy(a => a.Student!.SchoolClass!.Code).ThenBy(a => a.Student!.SearchKey).ThenBy(a => a.FirstDay).ThenBy(a => a.Id);
}
