using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure;

namespace StageSeconde.Web.Features.HeadSignature;

/// <summary>Whether an account signs conventions for the lycée today, and why (or why not), in French.</summary>
public sealed record SigningRight(bool MaySign, string Explanation, SigningDelegation? Delegation = null);

/// <summary>
/// Who signs for the lycée: the account the administrator named as the chef d'établissement's
/// (<see cref="School.HeadUserId"/>), and the adjoints holding a current <see cref="SigningDelegation"/>. Every other
/// Direction account sees the list read-only.
/// </summary>
public sealed class SigningRights(AppDbContext db, TimeProvider clock)
{
    public async Task<SigningRight> ForAsync(int schoolId, string? userId, CancellationToken ct)
    {
        if (userId is null) return new SigningRight(false, "Aucun compte connecté.");
        var head = await db.Schools.AsNoTracking().Where(s => s.Id == schoolId).Select(s => s.HeadUserId).FirstOrDefaultAsync(ct);
        if (head == userId) return new SigningRight(true, "Vous signez les conventions en tant que chef d'établissement.");

        var today = clock.TodayInParis();
        var delegations = await db.SigningDelegations.AsNoTracking()
            .Where(d => d.SchoolId == schoolId && d.DelegateUserId == userId && d.RevokedAt == null && d.To >= today)
            .OrderBy(d => d.From).ToListAsync(ct);
        var current = delegations.FirstOrDefault(d => d.IsCurrentOn(today));
        if (current is not null)
            return new SigningRight(true, $"Vous signez pour le chef d'établissement par délégation, jusqu'au {FrenchTime.Date(current.To)} inclus.", current);

        var later = delegations.FirstOrDefault();
        var why = head is null
            ? "L'administrateur n'a pas encore désigné le compte du chef d'établissement : personne ne peut signer les conventions dans l'application."
            : "Seul le chef d'établissement, ou un adjoint à qui l'administrateur a délégué la signature, signe les conventions.";
        if (later is not null) why += $" Votre délégation commence le {FrenchTime.Date(later.From)}.";
        return new SigningRight(false, why + " Vous consultez la liste sans pouvoir signer.");
    }
}
