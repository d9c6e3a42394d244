using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Staff;

/// <summary>What archiving a staff member did: the classes they left as professeur principal, whether a login was closed.</summary>
public sealed record StaffArchived(StaffMember Staff, bool Saved, IReadOnlyList<string> ClassesLeft, bool AccountClosed);

/// <summary>
/// Archiving a staff member: someone who has left the school. In one save, the record is archived (no longer offered as
/// professeur principal or referent), they leave the boards of their classes (no longer their professeur principal: the
/// direction names another), and their login is closed: deactivated as the administrateur would (so the sign-in page says
/// « ce compte est désactivé »), with a new security stamp, so that an open session is refused at its next request
/// (<see cref="Infrastructure.Security.OpenSessions"/>) and a set-password link already sent no longer works.
/// The conventions that name them as referent keep their name (a signed convention is not rewritten): the direction
/// names another referent from « Professeurs référents ». Restoring the record does not reopen the login: the
/// administrateur reactivates it (Comptes).
/// </summary>
public static class StaffArchiving
{
    /// <summary>Archives staff member <paramref name="id"/> as shown at <paramref name="version"/>; null when the school has no such record.</summary>
    public static async Task<StaffArchived?> ArchiveAsync(AppDbContext db, int id, int version, CancellationToken ct)
    {
        var staff = await db.Staff.Include(s => s.PrincipalOfClasses).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (staff is null) return null;

        staff.Archive();
        var classes = staff.PrincipalOfClasses.Select(c => c.Code).Order(StringComparer.Ordinal).ToList();
        staff.PrincipalOfClasses.Clear();
        var user = await db.Users.FirstOrDefaultAsync(u => u.StaffMemberId == id, ct);
        if (user is not null) CloseLogin(user);

        db.SetOriginalVersion(staff, version);
        var saved = await db.TrySaveAsync(new ModelStateDictionary(), form: null, ct);
        return new StaffArchived(staff, saved, saved ? classes : [], saved && user is not null);
    }

    /// <summary>Deactivates the login (a lockout without end, as « Désactiver le compte ») and renews its security stamp.</summary>
    private static void CloseLogin(ApplicationUser user)
    {
        user.LockoutEnabled = true;
        user.LockoutEnd = AccountStatuses.DeactivatedUntil;
        user.SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant();
        user.ConcurrencyStamp = Guid.NewGuid().ToString();
    }

    /// <summary>The flash message of an archive, in French.</summary>
    public static string Message(StaffArchived archived)
    {
        var message = $"{archived.Staff.FullName} archivé(e) : cette personne n'est plus proposée, par exemple comme professeur principal ou référent.";
        if (archived.ClassesLeft.Count > 0)
            message += $" Elle n'est plus professeur principal de {string.Join(", ", archived.ClassesLeft)} : désignez-en un autre depuis la fiche de la classe.";
        if (archived.AccountClosed)
            message += " Son compte est désactivé : elle ne peut plus se connecter et une session ouverte est fermée à sa prochaine action.";
        return message;
    }
}
