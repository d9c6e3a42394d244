using Microsoft.AspNetCore.Mvc;
using StageSeconde.Web.Data;

namespace StageSeconde.Web.Features.HeadSignature;

/// <summary>The number of conventions waiting for the head's signature (the Direction's dashboard): one COUNT query.</summary>
public sealed class ToSignCountViewComponent(AppDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        Content((await ToSignList.CountAsync(db, HttpContext.RequestAborted)).ToString(System.Globalization.CultureInfo.InvariantCulture));
}
