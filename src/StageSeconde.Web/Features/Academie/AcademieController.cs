using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.Web.Features.Academie;

/// <summary>
/// The rectorat's view: per-lycée aggregates only, never personal data, and only the lycées of the account's académie
/// (<see cref="Domain.ApplicationUser.Academy"/>); an account without an académie sees a message and no figure.
/// </summary>
[Authorize(Policy = Policies.Academie)]
public sealed class AcademieController(AppDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("/academie")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var academy = await AcademyOfAsync(db, User, ct);
        if (academy is null) return View("SansAcademie");
        return View(await AcademieStatistics.LoadAsync(db, academy, ct, clock));
    }

    /// <summary>The signed-in account's académie, trimmed; null when it has none.</summary>
    public static async Task<string?> AcademyOfAsync(AppDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null) return null;
        var academy = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.Academy).SingleOrDefaultAsync(ct);
        return string.IsNullOrWhiteSpace(academy) ? null : academy.Trim();
    }
}
