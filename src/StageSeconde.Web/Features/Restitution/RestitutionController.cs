using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using StageSeconde.Web.Data;
using StageSeconde.Web.Infrastructure.Export;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.Web.Features.Restitution;

/// <summary>
/// The class view for the 1ère team (<c>/restitution?annee=…&amp;classe=…</c>) and its CSV and XLSX exports: the same readers
/// as the tutors' evaluations (the direction, the secrétariat, the professeurs principaux for their classes; another class
/// or an unknown year answers 404).
/// </summary>
[Authorize(Policy = Policies.ViewBoard)]
[Route("restitution")]
public sealed class RestitutionController(AppDbContext db, ICurrentUser currentUser) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery(Name = "annee")] int? year, [FromQuery(Name = "classe")] int? classId, CancellationToken ct)
    {
        var model = await RestitutionList.LoadAsync(db, currentUser, year, classId, ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpGet("export.csv")]
    public async Task<IActionResult> ExportCsv([FromQuery(Name = "annee")] int? year, [FromQuery(Name = "classe")] int? classId, CancellationToken ct)
    {
        var model = await RestitutionList.LoadAsync(db, currentUser, year, classId, ct);
        return model is null ? NotFound() : File(TableExport.ToCsv(RestitutionList.Table(model)), TableExport.CsvContentType, RestitutionList.FileName(model) + ".csv");
    }

    [HttpGet("export.xlsx")]
    public async Task<IActionResult> ExportXlsx([FromQuery(Name = "annee")] int? year, [FromQuery(Name = "classe")] int? classId, CancellationToken ct)
    {
        var model = await RestitutionList.LoadAsync(db, currentUser, year, classId, ct);
        return model is null ? NotFound() : File(TableExport.ToXlsx(RestitutionList.Table(model)), TableExport.XlsxContentType, RestitutionList.FileName(model) + ".xlsx");
    }
}
