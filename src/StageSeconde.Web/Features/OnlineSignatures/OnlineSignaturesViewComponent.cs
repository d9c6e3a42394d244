using Microsoft.AspNetCore.Mvc;
using StageSeconde.Web.Data;

namespace StageSeconde.Web.Features.OnlineSignatures;

/// <summary>
/// The « Signature en ligne » section of a convention's page: each party's request (status, address, link, reminders) and,
/// for those who collect signatures, the buttons. <c>@await Component.InvokeAsync("OnlineSignatures", new { agreementId })</c>.
/// </summary>
public sealed class OnlineSignaturesViewComponent(AppDbContext db, SignatureCollection signatures) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int agreementId)
    {
        var panel = await OnlineSignaturePanel.LoadAsync(db, signatures, agreementId, HttpContext.RequestAborted);
        if (panel is null || (!panel.CanStart && panel.Rows.Count == 0)) return Content("");
        return View("~/Features/OnlineSignatures/Views/_OnlineSignatures.cshtml", panel);
    }
}
