using Microsoft.AspNetCore.Mvc;

namespace StageSeconde.Web.Features.Home;

public sealed class HomeController : Controller
{
    [HttpGet("/")]
    public IActionResult Index()
    {
        var (action, controller) = RoleHomes.For(User);
        return RedirectToAction(action, controller);
    }
}
