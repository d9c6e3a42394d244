using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using StageSeconde.Web.Data;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.Web.Features.Academie;

/// <summary>The rectorat's view: per-lycée aggregates only, never personal data.</summary>
[Authorize(Policy = Policies.Academie)]
public sealed class AcademieController(AppDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("/academie")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await AcademieStatistics.LoadAsync(db, ct, clock));
}
