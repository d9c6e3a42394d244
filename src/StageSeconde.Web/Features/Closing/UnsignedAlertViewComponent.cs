using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using StageSeconde.Web.Data;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.Web.Features.Closing;

/// <summary>
/// The alert on the Direction's dashboard when conventions are still not signed near their first day (nothing otherwise):
/// <c>@await Component.InvokeAsync("UnsignedAlert")</c>.
/// </summary>
public sealed class UnsignedAlertViewComponent(AppDbContext db, TimeProvider clock, IOptions<ClosingOptions> options, IAuthorizationService authorization) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (!(await authorization.AuthorizeAsync(HttpContext.User, Policies.Closing)).Succeeded) return Content("");
        var days = options.Value.UnsignedAlertDays;
        var count = await UnsignedAgreements.CountAsync(db, clock.TodayInParis(), days, HttpContext.RequestAborted);
        return count == 0 ? Content("") : View("~/Features/Closing/Views/_UnsignedAlert.cshtml", new UnsignedAlert(count, days));
    }
}

/// <summary>How many conventions are not signed within <see cref="Days"/> days of their first day.</summary>
public sealed record UnsignedAlert(int Count, int Days);
