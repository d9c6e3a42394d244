using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using StageSeconde.Web.Data;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.Web.Features.Audit;

/// <summary>« Journal des accès » (issue 13): who viewed a pupil's page, exported, changed a convention, signed in, for the Direction.</summary>
[Authorize(Policy = Policies.PersonalData)]
[Route("donnees/journal")]
public sealed class AuditController(AppDbContext db, ICurrentUser currentUser) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] AuditListQuery query, CancellationToken ct) =>
        View(await AuditListModel.LoadAsync(db, currentUser.SchoolId!.Value, query, ct));
}
