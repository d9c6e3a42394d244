using Microsoft.AspNetCore.Mvc;

namespace StageSeconde.Web.Features.Home;

public sealed class HomeController : Controller
{
    [HttpGet("/")]
    public IActionResult Index() => Redirect(RoleHomes.For(User));
}
