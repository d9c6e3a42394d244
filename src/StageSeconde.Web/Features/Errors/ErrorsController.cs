using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace StageSeconde.Web.Features.Errors;

/// <summary>French error pages, without stack traces.</summary>
[AllowAnonymous, ApiExplorerSettings(IgnoreApi = true)]
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
            _ => ("Erreur inattendue", "Une erreur est survenue. Elle a été enregistrée ; réessayez dans quelques instants."),
        };
        return View("Error", new ErrorModel(status, title, text));
    }
}
