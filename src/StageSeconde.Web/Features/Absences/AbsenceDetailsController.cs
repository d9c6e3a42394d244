using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Storage;

namespace StageSeconde.Web.Features.Absences;

/// <summary>An absence's page: facts, reports, convention, guardians to call, timeline, and the CPE's forms; its supporting document.</summary>
[Authorize(Policy = Policies.FollowAbsences)]
[Route("absences")]
public sealed class AbsenceDetailsController(AppDbContext db, ICurrentUser currentUser, TimeProvider clock, IFileStore files, ILogger<AbsenceDetailsController> logger) : Controller
{
    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var model = await AbsenceDetails.LoadAsync(db, currentUser, clock, id, ct);
        return model is null ? NotFound() : View(model);
    }

    /// <summary>The supporting document (a medical certificate…): health data, for the CPE and the direction only.</summary>
    [HttpGet("{id:int}/justificatif"), Authorize(Policy = Policies.HandleAbsences)]
    public async Task<IActionResult> Document(int id, CancellationToken ct)
    {
        var document = await db.Absences.AsNoTracking().VisibleTo(db, currentUser)
            .Where(a => a.Id == id && a.DocumentStoredName != null)
            .Select(a => new { a.DocumentStoredName, a.DocumentFileName, a.DocumentContentType })
            .FirstOrDefaultAsync(ct);
        if (document is null) return NotFound();
        var content = files.OpenRead(document.DocumentStoredName!);
        if (content is null)
        {
            logger.LogWarning("Absence {AbsenceId}: document {StoredName} missing from the store.", id, document.DocumentStoredName);
            return NotFound();
        }
        return File(content, document.DocumentContentType ?? "application/octet-stream", document.DocumentFileName);
    }
}
