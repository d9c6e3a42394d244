using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using StageSeconde.Web.Data;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Web.Infrastructure.Export;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.Web.Features.Absences;

/// <summary>
/// Absences during the sequence (docs/reference-produit.md §5): the inbox (the CPE's home), the register and its exports.
/// Recording one: <see cref="AbsenceReportController"/>; an absence's page and what is done on it: <see cref="AbsenceDetailsController"/>,
/// <see cref="AbsenceHandlingController"/>, <see cref="FamilyMailController"/>.
/// </summary>
[Authorize(Policy = Policies.FollowAbsences)]
[Route("absences")]
public sealed class AbsencesController(AppDbContext db, ICurrentUser currentUser, TimeProvider clock) : Controller
{
    [HttpGet("a-traiter")]
    public async Task<IActionResult> Inbox(CancellationToken ct) => View(await AbsenceInbox.LoadAsync(db, currentUser, clock, ct));

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] AbsenceListQuery query, CancellationToken ct)
    {
        var model = await AbsenceList.LoadAsync(db, currentUser, query, ct);
        var quick = await AbsenceReportPage.LoadAsync(db, currentUser, AbsenceReportPage.NewForm(clock.TodayInParis(), AbsenceReporters.Default(User, currentUser)), ct);
        return View(model with { QuickForm = quick });
    }

    /// <summary>The register with its current filters, every page, as a CSV file for French Excel.</summary>
    [HttpGet("export.csv")]
    public async Task<IActionResult> Export([FromQuery] AbsenceListQuery query, CancellationToken ct) =>
        File(TableExport.ToCsv(await AbsenceList.ExportAsync(db, currentUser, query, ct)), TableExport.CsvContentType, $"absences-{clock.TodayInParis():yyyy-MM-dd}.csv");

    /// <summary>The same, as an Excel workbook.</summary>
    [HttpGet("export.xlsx")]
    public async Task<IActionResult> ExportXlsx([FromQuery] AbsenceListQuery query, CancellationToken ct) =>
        File(TableExport.ToXlsx(await AbsenceList.ExportAsync(db, currentUser, query, ct)), TableExport.XlsxContentType, $"absences-{clock.TodayInParis():yyyy-MM-dd}.xlsx");
}
