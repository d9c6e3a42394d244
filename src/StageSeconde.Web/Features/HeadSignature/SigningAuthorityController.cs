using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.HeadSignature;

public sealed record DelegationRow(int Id, string DelegateName, DateOnly From, DateOnly To, string RecordedBy, DateTime RecordedAt, string? RevokedBy, DateTime? RevokedAt);

public sealed record SigningAuthorityModel(
    string? HeadUserId, IReadOnlyList<DirectionAccounts.Account> Accounts, IReadOnlyList<DelegationRow> Delegations, DateOnly Today)
{
    public DelegationForm Form { get; init; } = new();
}

/// <summary>
/// The administrator names the chef d'établissement's account (who signs conventions in the application) and records,
/// or revokes, a delegation of that signature to an adjoint for a period.
/// </summary>
[Authorize(Policy = Policies.Administration)]
[Route("etablissement/signature")]
public sealed class SigningAuthorityController(AppDbContext db, ICurrentUser currentUser, TimeProvider clock, IValidator<DelegationForm> validator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View("Authority", await ModelAsync(ct));

    [HttpPost("chef"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Head([FromForm] string? headUserId, CancellationToken ct)
    {
        var school = await db.Schools.FirstAsync(s => s.Id == currentUser.SchoolId, ct);
        if (!string.IsNullOrEmpty(headUserId) && !await DirectionAccounts.Query(db).AnyAsync(u => u.Id == headUserId, ct))
        {
            TempData.Error("Chef d'établissement : choisissez un compte de la direction de l'établissement.");
            return RedirectToAction(nameof(Index));
        }
        school.HeadUserId = string.IsNullOrEmpty(headUserId) ? null : headUserId;
        await db.SaveChangesAsync(ct);
        TempData.Success(school.HeadUserId is null
            ? "Plus aucun compte ne signe comme chef d'établissement."
            : "Compte du chef d'établissement enregistré : il signe les conventions dans l'application.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("delegations"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Delegate([Bind(Prefix = FormModel.Prefix)] DelegationForm form, CancellationToken ct)
    {
        if (!(await validator.ValidateAsync(form, ct)).AddTo(ModelState, FormModel.Prefix))
            return View("Authority", await ModelAsync(ct) with { Form = form });
        var name = await DirectionAccounts.Query(db).Where(u => u.Id == form.UserId)
            .Select(u => u.StaffMember != null ? u.StaffMember.FirstName + " " + u.StaffMember.LastName : u.DisplayName).FirstAsync(ct);
        try
        {
            db.SigningDelegations.Add(new SigningDelegation(currentUser.SchoolId!.Value, form.UserId!, name, form.From!.Value, form.To!.Value, currentUser.Actor, clock.GetUtcNow()));
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex);
            return View("Authority", await ModelAsync(ct) with { Form = form });
        }
        await db.SaveChangesAsync(ct);
        TempData.Success($"Délégation de signature enregistrée : {name}, du {FrenchTime.Date(form.From!.Value)} au {FrenchTime.Date(form.To!.Value)} inclus.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("delegations/{id:int}/revoquer"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Revoke(int id, CancellationToken ct)
    {
        var delegation = await db.SigningDelegations.FirstOrDefaultAsync(d => d.Id == id, ct);
        if (delegation is null) return NotFound();
        try
        {
            delegation.Revoke(currentUser.Actor, clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
            TempData.Success($"Délégation de {delegation.DelegateName} révoquée : elle ne permet plus de signer.");
        }
        catch (DomainException ex)
        {
            TempData.Error(ex.Message);
        }
        return RedirectToAction(nameof(Index));
    }

    private async Task<SigningAuthorityModel> ModelAsync(CancellationToken ct)
    {
        var head = await db.Schools.AsNoTracking().Where(s => s.Id == currentUser.SchoolId).Select(s => s.HeadUserId).FirstOrDefaultAsync(ct);
        var delegations = await db.SigningDelegations.AsNoTracking().OrderByDescending(d => d.To).ThenByDescending(d => d.Id)
            .Select(d => new DelegationRow(d.Id, d.DelegateName, d.From, d.To, d.RecordedBy, d.RecordedAt, d.RevokedBy, d.RevokedAt))
            .ToListAsync(ct);
        return new SigningAuthorityModel(head, await DirectionAccounts.ListAsync(db, ct), delegations, clock.TodayInParis());
    }
}
