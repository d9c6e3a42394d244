using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using StageSeconde.Web.Data;
using StageSeconde.Web.Features.Agreements;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.Web.Features.TutorLinks;

/// <summary>
/// The « Lien du tuteur » section of a convention's page, for those who manage conventions: the current link and its QR
/// code, who issued or revoked each link and when, and the buttons. <c>@await Component.InvokeAsync("TutorLink", new { agreementId })</c>.
/// </summary>
public sealed class TutorLinkViewComponent(TutorLinkService tutorLinks, IAuthorizationService authorization, AppDbContext db, ICurrentUser currentUser) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int agreementId)
    {
        if (!(await authorization.AuthorizeAsync(HttpContext.User, Policies.ManageAgreements)).Succeeded
            || !await db.MayWriteAgreementAsync(currentUser, agreementId, HttpContext.RequestAborted)) return Content("");
        var section = await tutorLinks.SectionAsync(agreementId, HttpContext.RequestAborted);
        if (section is null || (!section.CanHaveLink && section.Links.Count == 0)) return Content("");
        var qr = section.CurrentUrl is { } url ? "data:image/png;base64," + Convert.ToBase64String(QrCodes.Png(url, pixelsPerModule: 4)) : null;
        return View("~/Features/TutorLinks/Views/_TutorLink.cshtml", new TutorLinkPanel(section, qr));
    }
}
