using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using StageSeconde.Web.Data;
using StageSeconde.Web.Infrastructure.Export;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.Web.Features.TutorEvaluations;

/// <summary>
/// The tutors' evaluations by class (<c>/evaluations?classe=…</c>) and their CSV and XLSX exports: the direction, the
/// secrétariat and the professeurs principaux (their classes only; another class answers 404).
/// </summary>
[Authorize(Policy = Policies.ViewBoard)]
[Route("evaluations")]
public sealed class EvaluationsController(AppDbContext db, ICurrentUser currentUser) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery(Name = "classe")] int? classId, CancellationToken ct)
    {
        var model = await EvaluationList.LoadAsync(db, currentUser, classId, ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpGet("export.csv")]
    public async Task<IActionResult> ExportCsv([FromQuery(Name = "classe")] int? classId, CancellationToken ct)
    {
        var model = await EvaluationList.LoadAsync(db, currentUser, classId, ct);
        return model is null ? NotFound() : File(TableExport.ToCsv(EvaluationList.Table(model)), TableExport.CsvContentType, EvaluationList.FileName(model) + ".csv");
    }

    [HttpGet("export.xlsx")]
    public async Task<IActionResult> ExportXlsx([FromQuery(Name = "classe")] int? classId, CancellationToken ct)
    {
        var model = await EvaluationList.LoadAsync(db, currentUser, classId, ct);
        return model is null ? NotFound() : File(TableExport.ToXlsx(EvaluationList.Table(model)), TableExport.XlsxContentType, EvaluationList.FileName(model) + ".xlsx");
    }
}
