using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Email;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Outbox;

/// <summary>
/// The school's outbox (« Courriels »): what waits, what was sent today, what was given up, and « Renvoyer » for a message
/// given up once its cause (address, server) is fixed. Subjects and recipients only: bodies may hold personal data.
/// </summary>
[Authorize(Policy = Policies.Administration)]
[Route("courriels")]
public sealed class OutboxController(AppDbContext db, ICurrentUser currentUser, IEmailSender emailSender, TimeProvider clock,
    ILogger<OutboxController> logger) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1, CancellationToken ct = default) =>
        View(await OutboxOverview.LoadAsync(db, currentUser.SchoolId!.Value, emailSender.IsConfigured, clock.GetUtcNow(), page, ct));

    /// <summary>
    /// Sends a given-up message again: it goes back to the queue, its turn now. <paramref name="attempts"/> is the number of
    /// attempts the page showed, the message's version: a message that changed since is left alone.
    /// </summary>
    [HttpPost("renvoyer"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Retry(long id, int attempts, CancellationToken ct)
    {
        var schoolId = currentUser.SchoolId!.Value;
        var message = await db.OutboxMessages.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id && m.SchoolId == schoolId, ct);
        if (message is null) return NotFound();
        try
        {
            message.Retry(clock.GetUtcNow());
        }
        catch (DomainException refused)
        {
            TempData.Error(refused.Message);
            return RedirectToAction(nameof(Index));
        }

        // Written only if the message is still the given-up one the page showed: the dispatcher, or another administrator,
        // may have moved it meanwhile, and a message sent must never go back to the queue.
        var updated = await db.OutboxMessages
            .Where(m => m.Id == id && m.SchoolId == schoolId && m.Status == OutboxStatus.GivenUp && m.AttemptCount == attempts)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, message.Status).SetProperty(m => m.NextAttemptAt, message.NextAttemptAt), ct);
        if (updated == 0)
        {
            TempData.Error("Ce courriel a changé depuis l'affichage de la page (renvoyé ou essayé entre-temps) : vérifiez son état ci-dessous.");
            return RedirectToAction(nameof(Index));
        }

        logger.LogInformation("Courriel {Id} ({Topic}) remis dans la boîte d'envoi par {User}", id, message.Topic, currentUser.UserName);
        TempData.Success(emailSender.IsConfigured
            ? $"Le courriel à {message.To} est remis dans la boîte d'envoi : il part dans quelques instants."
            : $"Le courriel à {message.To} est remis dans la boîte d'envoi ; il partira dès qu'un serveur d'envoi sera configuré.");
        return RedirectToAction(nameof(Index));
    }
}
