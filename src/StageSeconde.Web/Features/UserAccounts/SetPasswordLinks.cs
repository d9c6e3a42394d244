using Microsoft.AspNetCore.Identity;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Email;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.UserAccounts;

/// <summary>
/// Issues the set-password link of an account and, when an SMTP server is configured, writes its e-mail to the outbox:
/// the dispatcher sends it (docs/decisions/0013-boite-d-envoi.md), the request never talks to the SMTP server.
/// </summary>
public sealed class SetPasswordLinks(UserManager<ApplicationUser> userManager, AppDbContext db, IEmailSender emailSender, TimeProvider clock,
    PublicUrl publicUrl, ILogger<SetPasswordLinks> logger)
{
    public async Task<SetPasswordLink> IssueAsync(ApplicationUser user, HttpRequest request, bool newAccount, CancellationToken ct)
    {
        var url = await SetPasswordMail.CreateLinkAsync(userManager, user, publicUrl.Base ?? "");
        if (!emailSender.IsConfigured || string.IsNullOrEmpty(user.Email)) return new SetPasswordLink(url, LinkDelivery.ByHand, newAccount);

        var schoolName = request.HttpContext.User.FindFirst(AppClaims.SchoolName)?.Value;
        var body = SetPasswordMail.Body(user.DisplayName, user.Email, schoolName, url, newAccount);
        db.OutboxMessages.Add(new OutboxMessage(user.SchoolId, user.Email, SetPasswordMail.Subject, body, OutboxTopics.SetPasswordLink, user.StaffMemberId, clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Lien de mot de passe de {Email} placé dans la boîte d'envoi", user.Email);
        return new SetPasswordLink(url, LinkDelivery.Queued, newAccount);
    }
}
