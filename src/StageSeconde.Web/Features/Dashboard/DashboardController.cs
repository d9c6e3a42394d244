using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using StageSeconde.Web.Data;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.Web.Features.Dashboard;

/// <summary>The Direction's home: the school's placement at a glance.</summary>
[Authorize(Policy = Policies.Direction)]
public sealed class DashboardController(AppDbContext db, ICurrentUser currentUser, TimeProvider clock) : Controller
{
    [HttpGet("/tableau-de-bord")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var model = await SchoolDashboard.LoadAsync(db, clock.TodayInParis(), ct);

        // Today's snapshot, if the background service has not recorded it yet: the figures just computed.
        if (model.TodaySnapshotMissing && currentUser.SchoolId is { } schoolId)
            await PlacementSnapshots.RecordAsync(db, schoolId, model.Today, model.Totals, ct);

        return View(model);
    }
}
