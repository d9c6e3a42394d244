using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Retention;

/// <summary>« Conservation des données » (issue 13): the dry run of the retention purge for the school, and running it now.</summary>
[Authorize(Policy = Policies.PersonalData)]
[Route("donnees/conservation")]
public sealed class RetentionController(RetentionPurge purge, ICurrentUser currentUser, IOptions<RetentionOptions> options) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View(new RetentionPage(await purge.PlanAsync(currentUser.SchoolId!.Value, ct), options.Value));

    [HttpPost("purger"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Purge(CancellationToken ct)
    {
        var run = await purge.RunOnceAsync(currentUser.SchoolId!.Value, ct, currentUser.UserName ?? "système");
        if (!run.LeaseTaken) TempData.Error("Une purge est déjà en cours : réessayez dans quelques minutes.");
        else if (run.Total == 0) TempData.Success("Purge effectuée : aucune donnée n'avait dépassé sa durée de conservation.");
        else TempData.Success($"Purge effectuée : {run.Pupils} élève(s) et leurs responsables, {run.Tutors} tuteur(s), {run.Absences} absence(s) anonymisés ; "
                              + $"{run.Signatures} preuve(s) de signature et {run.OutboxBodies} texte(s) de courriel effacés ; {run.AuditLines} ligne(s) du journal supprimée(s)"
                              + (run.Reports > 0 ? $" ; {run.Reports} rapport(s) d'élèves effacé(s) (fichier et commentaire)." : "."));
        return RedirectToAction(nameof(Index));
    }
}

/// <summary>The dry run's page: the plan and the periods it applies.</summary>
public sealed record RetentionPage(RetentionPlan Plan, RetentionOptions Periods)
{
    public const int Examples = 10;
}
