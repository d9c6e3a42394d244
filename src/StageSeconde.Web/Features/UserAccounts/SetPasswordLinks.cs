using Microsoft.AspNetCore.Identity;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Email;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.Web.Features.UserAccounts;

/// <summary>Issues the set-password link of an account and, when an SMTP server is configured, e-mails it.</summary>
public sealed class SetPasswordLinks(UserManager<ApplicationUser> userManager, IEmailSender emailSender, ILogger<SetPasswordLinks> logger)
{
    private static readonly TimeSpan EmailTimeout = TimeSpan.FromSeconds(20);

    /// <summary>
    /// A failed sending is logged and reported on the page (the administrator passes the link on by hand): it never fails
    /// the request.
    /// </summary>
    public async Task<SetPasswordLink> IssueAsync(ApplicationUser user, HttpRequest request, bool newAccount, CancellationToken ct)
    {
        var url = await SetPasswordMail.CreateLinkAsync(userManager, user, request);
        if (!emailSender.IsConfigured || string.IsNullOrEmpty(user.Email)) return new SetPasswordLink(url, LinkDelivery.ByHand, newAccount);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(EmailTimeout);
        try
        {
            var schoolName = request.HttpContext.User.FindFirst(AppClaims.SchoolName)?.Value;
            var body = SetPasswordMail.Body(user.DisplayName, user.Email, schoolName, url, newAccount);
            await emailSender.SendAsync(user.Email, SetPasswordMail.Subject, body, timeout.Token);
            logger.LogInformation("Lien de mot de passe envoyé à {Email}", user.Email);
            return new SetPasswordLink(url, LinkDelivery.Emailed, newAccount);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            logger.LogError(ex, "Échec de l'envoi du lien de mot de passe à {Email} : le lien est à transmettre à la main", user.Email);
            return new SetPasswordLink(url, LinkDelivery.EmailFailed, newAccount);
        }
    }
}
