using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using StageSeconde.Web.Data;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.Web.Features.UserAccounts;

/// <summary>
/// The logins of the school's staff, as the administrator reads them: the list, the staff without an account, and the
/// account page of one staff member (from which it is opened, its roles changed, a link issued, it is deactivated…).
/// </summary>
[Authorize(Policy = Policies.Administration)]
[Route("comptes")]
public sealed class UserAccountsController(AppDbContext db, SchoolAccounts accounts, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] AccountListQuery query, CancellationToken ct) =>
        View(await AccountList.LoadAsync(db, accounts.SchoolId, query, clock.GetUtcNow(), ct));

    [HttpGet("sans-compte")]
    public async Task<IActionResult> WithoutAccount([FromQuery] StaffWithoutAccountQuery query, CancellationToken ct) =>
        View(await StaffWithoutAccount.LoadAsync(db, query, ct));

    [HttpGet("personnel/{staffId:int}")]
    public async Task<IActionResult> Account(int staffId, CancellationToken ct)
    {
        var model = await accounts.LoadPageAsync(staffId, User, ct);
        return model is null ? NotFound() : View(model);
    }
}
