using Microsoft.AspNetCore.Mvc;

namespace StageSeconde.Web.Features.Home;

public sealed class HomeController(LinkGenerator links) : Controller
{
    [HttpGet("/")]
    public IActionResult Index() => Redirect(RoleHomes.For(User, links));
}
