using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Closing;

/// <summary>
/// Closing the sequence (issue 12): the page that lists the signed conventions whose dates are over and marks them all
/// « Terminée » in one action of the Direction, and the list of the conventions still not signed near their first day.
/// </summary>
[Authorize(Policy = Policies.Closing)]
[Route("cloture")]
public sealed class ClosingController(AppDbContext db, ICurrentUser currentUser, TimeProvider clock, IOptions<ClosingOptions> options) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View(await ClosingLists.LoadAsync(db, clock.TodayInParis(), ct));

    /// <summary>Marks « Terminée » the conventions listed on the page (those still signed with their dates over); tells how many.</summary>
    [HttpPost("terminer"), ValidateAntiForgeryToken, Authorize(Policy = Policies.Direction)]
    public async Task<IActionResult> Complete([FromForm] int[] ids, CancellationToken ct)
    {
        var today = clock.TodayInParis();
        var listed = ids.Distinct().ToList();
        var agreements = await db.Agreements.InCurrentYear()
            .Where(a => listed.Contains(a.Id) && a.State == AgreementState.Signed && a.LastDay < today)
            .ToListAsync(ct);
        if (agreements.Count == 0)
        {
            TempData.Error("Aucune convention n'a été terminée : aucune de celles listées n'est plus signée avec ses dates passées.");
            return RedirectToAction(nameof(Index));
        }

        var (by, at) = (currentUser.Actor, clock.GetUtcNow());
        foreach (var agreement in agreements) agreement.Complete(today, by, at);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData.Error("Une de ces conventions a été modifiée pendant l'opération : rien n'a été terminé. Relisez la liste et recommencez.");
            return RedirectToAction(nameof(Index));
        }

        var skipped = listed.Count - agreements.Count;
        TempData.Success($"{agreements.Count} convention(s) terminée(s)."
            + (skipped > 0 ? $" {skipped} convention(s) de la liste ont changé entre-temps et n'ont pas été terminées." : ""));
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("non-signees")]
    public async Task<IActionResult> Unsigned(CancellationToken ct) =>
        View(await UnsignedAgreements.LoadAsync(db, clock.TodayInParis(), options.Value.UnsignedAlertDays, ct));
}
