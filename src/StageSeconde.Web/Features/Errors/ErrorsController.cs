using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using StageSeconde.Web.Features.AccountSecurity;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.Web.Features.Errors;

/// <summary>French error pages, without stack traces.</summary>
[AllowAnonymous, AllowWithoutTwoFactor, ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorsController : Controller
{
    [Route("/erreur/{code:int?}")]
    public IActionResult Show()
    {
        // Read from the route by hand: when the failed request's form cannot even be read (a NUL character, say),
        // MVC skips model binding altogether, and a bound parameter would stay empty.
        var status = int.TryParse(HttpContext.GetRouteValue("code") as string, out var code) ? code : StatusCodes.Status500InternalServerError;
        Response.StatusCode = status;
        var (title, text) = status switch
        {
            404 => ("Page introuvable", "La page demandée n'existe pas, ou elle ne concerne pas votre établissement."),
            403 => ("Accès refusé", "Votre rôle ne donne pas accès à cette page."),
            400 => ("Requête invalide", "Le formulaire envoyé n'est pas valide ou a expiré. Rechargez la page et recommencez."),
            429 => ("Trop de tentatives", TooManyRequestsText(HttpContext.Items[RateLimits.RetryAfterItem] as int?)),
            _ => ("Erreur inattendue", "Une erreur est survenue. Elle a été enregistrée ; réessayez dans quelques instants."),
        };
        return View("Error", new ErrorModel(status, title, text));
    }

    /// <summary>The text of the 429 page (rate limits): how long to wait, in minutes or seconds.</summary>
    public static string TooManyRequestsText(int? seconds)
    {
        var wait = seconds switch
        {
            null => "quelques minutes",
            <= 1 => "une seconde",
            < 60 => $"{seconds} secondes",
            <= 60 => "une minute",
            _ => $"{(seconds.Value + 59) / 60} minutes",
        };
        return $"Trop de tentatives depuis votre connexion ou pour ce compte : par sécurité, patientez {wait}, puis réessayez. " +
               "En cas d'urgence, appelez le lycée.";
    }
}
