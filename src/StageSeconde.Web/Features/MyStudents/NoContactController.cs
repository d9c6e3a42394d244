using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using StageSeconde.Web.Data;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.Web.Features.MyStudents;

/// <summary>The direction's and the CPE's view: every student no one has contacted since their first day, with their referent.</summary>
[Authorize(Policy = Policies.WatchFollowUp)]
[Route("eleves-sans-contact")]
public sealed class NoContactController(AppDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View("NoContact", await NoContactList.LoadAsync(db, referentId: null, clock.GetUtcNow(), ct));
}
