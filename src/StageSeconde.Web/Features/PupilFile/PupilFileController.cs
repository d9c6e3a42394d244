using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.Audit;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.Web.Features.PupilFile;

/// <summary>
/// The pupil's whole file on request (issue 13, right of access): JSON and PDF, from the pupil's page, for the Direction and
/// the secrétariat. Each export is written to the audit log; a pupil of another school is not found.
/// </summary>
[Authorize(Policy = Policies.PupilFile)]
[Route("eleves/{id:int}/dossier")]
public sealed class PupilFileController(PupilFileQuery query, AuditLog audit) : Controller
{
    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    [HttpGet("json")]
    public async Task<IActionResult> AsJson(int id, CancellationToken ct)
    {
        var file = await query.LoadAsync(id, ct);
        if (file is null) return NotFound();
        await RecordAsync(id, "JSON", ct);
        Response.Headers.CacheControl = "no-store";
        return File(JsonSerializer.SerializeToUtf8Bytes(file, JsonOptions), "application/json", PupilFileDocument.FileName(id, "json"));
    }

    [HttpGet("pdf")]
    public async Task<IActionResult> AsPdf(int id, CancellationToken ct)
    {
        var file = await query.LoadAsync(id, ct);
        if (file is null) return NotFound();
        await RecordAsync(id, "PDF", ct);
        Response.Headers.CacheControl = "no-store";
        return File(PupilFileDocument.Compose(file).ToPdf(), "application/pdf", PupilFileDocument.FileName(id, "pdf"));
    }

    private async Task RecordAsync(int id, string format, CancellationToken ct)
    {
        await audit.RecordAsync(AuditKind.ExportedStudentFile, $"Dossier complet de l'élève ({format})", id, ct);
        ExportAuditFilter.Handled(HttpContext);
    }
}
