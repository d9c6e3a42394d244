using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.HeadSignature;

/// <summary>
/// « Conventions à signer »: the chef d'établissement (or an adjoint with a current delegation) signs one convention or a
/// selection in the application, after re-entering their password (at most every 5 minutes). The other Direction accounts
/// read the list.
/// </summary>
[Authorize(Policy = Policies.SignAsHead)]
[Route("conventions/a-signer")]
public sealed class HeadSignatureController(
    AppDbContext db, ICurrentUser currentUser, UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn,
    SigningRights rights, Reauthentication reauthentication, HeadSigning signing) : Controller
{
    public const string PasswordField = "password";

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, int page = 1, CancellationToken ct = default) =>
        View(new ToSignModel(await ToSignList.PageAsync(db, q, page, ct), q, await RightAsync(ct)));

    [HttpPost("confirmer"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Confirm([FromForm] int[] ids, [FromForm] Dictionary<int, int> versions, [FromForm] int? only, CancellationToken ct)
    {
        // « Signer » on one row of the list: that convention only, whatever else is ticked.
        if (only is { } one) ids = [one];
        var right = await RightAsync(ct);
        if (!right.MaySign) return Refused(right);
        if (ids.Length == 0)
        {
            TempData.Error("Cochez au moins une convention à signer.");
            return RedirectToAction(nameof(Index));
        }
        return await ConfirmPageAsync(ids, versions, right, ct);
    }

    [HttpPost("signer"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Sign([FromForm] int[] ids, [FromForm] Dictionary<int, int> versions, [FromForm] string? password, CancellationToken ct)
    {
        var right = await RightAsync(ct);
        if (!right.MaySign) return Refused(right);
        if (ids.Length == 0)
        {
            TempData.Error("Cochez au moins une convention à signer.");
            return RedirectToAction(nameof(Index));
        }
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();

        if (!reauthentication.IsFresh(HttpContext, user.Id))
        {
            var check = string.IsNullOrEmpty(password) ? null : await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
            if (check is not { Succeeded: true })
            {
                ModelState.AddModelError(PasswordField, check switch
                {
                    null => "Mot de passe : saisissez votre mot de passe pour signer. Aucune convention n'a été signée.",
                    { IsLockedOut: true } => "Trop d'essais : votre compte est verrouillé pendant quelques minutes. Aucune convention n'a été signée.",
                    _ => "Mot de passe incorrect. Aucune convention n'a été signée.",
                });
                return await ConfirmPageAsync(ids, versions, right, ct);
            }
            reauthentication.Record(HttpContext, user.Id);
        }

        var staffName = user.StaffMemberId is { } staffId
            ? await db.Staff.AsNoTracking().Where(s => s.Id == staffId).Select(s => PersonName.FirstLast(s.FirstName, s.LastName)).FirstOrDefaultAsync(ct)
            : null;
        var signer = new HeadSigner(staffName ?? user.DisplayName, user.Email ?? user.UserName ?? "",
            HttpContext.Connection.RemoteIpAddress?.ToString() ?? "inconnue", Request.Headers.UserAgent.ToString());
        var outcomes = await signing.SignAsync(ids, versions, signer, currentUser.Actor, ct);
        return View("Result", new SignResultModel(outcomes));
    }

    private async Task<IActionResult> ConfirmPageAsync(int[] ids, Dictionary<int, int> versions, SigningRight right, CancellationToken ct)
    {
        var selected = ids.Distinct().ToList();
        var rows = (await ToSignList.RowsAsync(db, selected, ct))
            .Select(r => versions.TryGetValue(r.Id, out var v) ? r with { Version = v } : r)
            .ToList();
        var user = await users.GetUserAsync(User);
        var needsPassword = user is null || !reauthentication.IsFresh(HttpContext, user.Id);
        if (rows.Count == 0)
        {
            TempData.Error("Aucune des conventions cochées n'attend plus votre signature.");
            return RedirectToAction(nameof(Index));
        }
        return View("Confirm", new ConfirmModel(rows, needsPassword, right));
    }

    private IActionResult Refused(SigningRight right)
    {
        TempData.Error(right.Explanation);
        return RedirectToAction(nameof(Index));
    }

    private async Task<SigningRight> RightAsync(CancellationToken ct) =>
        await rights.ForAsync(currentUser.SchoolId!.Value, users.GetUserId(User), ct);
}
