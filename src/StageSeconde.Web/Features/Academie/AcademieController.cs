using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.Web.Features.Academie;

/// <summary>The rectorat's view: per-lycée aggregates only, never personal data.</summary>
[Authorize(Policy = Policies.Academie)]
public sealed class AcademieController(AppDbContext db) : Controller
{
    [HttpGet("/academie")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        // Aggregates across schools: the school filter is lifted on purpose, and only counts leave the query.
        var rows = await db.Schools.AsNoTracking()
            .OrderBy(s => s.City).ThenBy(s => s.Name)
            .Select(s => new SchoolAggregate(
                s.Uai, s.Name, s.City,
                db.Classes.IgnoreQueryFilters().Count(c => c.SchoolId == s.Id && !c.IsArchived),
                db.Students.IgnoreQueryFilters().Count(p => p.SchoolId == s.Id && p.LeftOn == null),
                db.HostOrganisations.IgnoreQueryFilters().Count(h => h.SchoolId == s.Id && !h.IsArchived)))
            .ToListAsync(ct);
        return View(rows);
    }
}

public sealed record SchoolAggregate(string Uai, string Name, string City, int Classes, int Students, int HostOrganisations);
