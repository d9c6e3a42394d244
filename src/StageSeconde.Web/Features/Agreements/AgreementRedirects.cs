using Microsoft.AspNetCore.Mvc;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Agreements;

/// <summary>Where the conventions' use cases lead back to: the convention's page.</summary>
public static class AgreementRedirects
{
    public static RedirectToActionResult ToAgreement(this Controller controller, int id) =>
        controller.RedirectToAction(nameof(AgreementsController.Details), "Agreements", new { id });

    /// <summary>A completed or cancelled convention cannot be changed: back to its page, saying so.</summary>
    public static RedirectToActionResult ClosedAgreement(this Controller controller, int id, AgreementState state)
    {
        controller.TempData.Error(AgreementMessages.Closed(state));
        return controller.ToAgreement(id);
    }
}
