using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using StageSeconde.Web.Data;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Web.Infrastructure.Export;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.Web.Features.Agreements;

/// <summary>
/// Conventions: the list, its exports, a convention's page. Each change has its own controller: creation
/// (<see cref="AgreementCreationController"/>, <see cref="GroupHostingController"/>), <see cref="AgreementEditController"/>,
/// <see cref="AgreementTransitionsController"/>, <see cref="AgreementCancellationController"/>.
/// </summary>
[Authorize(Policy = Policies.SchoolStaff)]
[Route("conventions")]
public sealed class AgreementsController(AppDbContext db, ICurrentUser currentUser, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] AgreementListQuery query, CancellationToken ct) =>
        View(await AgreementList.LoadAsync(db, query, ct));

    /// <summary>The list with its current filters and sort, every page, as a CSV file for French Excel.</summary>
    [HttpGet("export.csv")]
    public async Task<IActionResult> Export([FromQuery] AgreementListQuery query, CancellationToken ct) =>
        File(TableExport.ToCsv(await AgreementList.ExportAsync(db, query, ct)), TableExport.CsvContentType, $"conventions-{clock.TodayInParis():yyyy-MM-dd}.csv");

    /// <summary>The same, as an Excel workbook.</summary>
    [HttpGet("export.xlsx")]
    public async Task<IActionResult> ExportXlsx([FromQuery] AgreementListQuery query, CancellationToken ct) =>
        File(TableExport.ToXlsx(await AgreementList.ExportAsync(db, query, ct)), TableExport.XlsxContentType, $"conventions-{clock.TodayInParis():yyyy-MM-dd}.xlsx");

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var model = await AgreementDetailsModel.LoadAsync(db, id, ct);
        if (model is null) return NotFound();
        var mayWrite = await db.MayWriteAgreementAsync(currentUser, id, ct);
        return View(model.For(await db.PrivateDetailsOfAgreementAsync(currentUser, id, ct)) with { MayWrite = mayWrite, MayCancel = mayWrite && currentUser.MayCancel(model.State) });
    }
}
