using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.Absences;

/// <summary>
/// Who an absence alert goes to (docs/reference-produit.md §5): the school's CPE(s), the student's referent teacher and
/// professeur(s) principal(aux); the Direction too for an accident or an escalation. Accounts that are deactivated are
/// left out; one message per address.
/// </summary>
public static class AlertRecipients
{
    public sealed record Recipient(string Email, string Name);

    public static async Task<IReadOnlyList<Recipient>> ForAbsenceAsync(AppDbContext db, int schoolId, int studentId, int? referentStaffId, bool withDirection, CancellationToken ct)
    {
        var roles = withDirection ? new[] { Roles.Cpe, Roles.Direction } : [Roles.Cpe];
        var byRole = await InRolesAsync(db, schoolId, roles, ct);

        var principals = await db.Students.IgnoreQueryFilters().AsNoTracking()
            .Where(s => s.Id == studentId && s.SchoolId == schoolId)
            .SelectMany(s => s.SchoolClass!.PrincipalTeachers)
            .Where(t => !t.IsArchived)
            .Select(t => new Recipient(t.Email, t.FirstName + " " + t.LastName))
            .ToListAsync(ct);

        var referent = referentStaffId is { } id
            ? await db.Staff.IgnoreQueryFilters().AsNoTracking()
                .Where(t => t.Id == id && t.SchoolId == schoolId)
                .Select(t => new Recipient(t.Email, t.FirstName + " " + t.LastName))
                .ToListAsync(ct)
            : [];

        return Distinct(byRole.Concat(referent).Concat(principals));
    }

    /// <summary>The Direction's accounts of the school (escalations).</summary>
    public static async Task<IReadOnlyList<Recipient>> DirectionAsync(AppDbContext db, int schoolId, CancellationToken ct) =>
        Distinct(await InRolesAsync(db, schoolId, [Roles.Direction], ct));

    /// <summary>The Secrétariat's accounts of the school (a refused online signature).</summary>
    public static async Task<IReadOnlyList<Recipient>> SecretariatAsync(AppDbContext db, int schoolId, CancellationToken ct) =>
        Distinct(await InRolesAsync(db, schoolId, [Roles.Secretariat], ct));

    private static async Task<List<Recipient>> InRolesAsync(AppDbContext db, int schoolId, string[] roles, CancellationToken ct)
    {
        var users = await db.Users.AsNoTracking()
            .Where(u => u.SchoolId == schoolId && u.Email != null)
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && roles.Contains(r.Name!))))
            .Select(u => new { u.Email, u.DisplayName, u.LockoutEnd })
            .ToListAsync(ct);
        return users.Where(u => !AccountStatuses.IsDeactivation(u.LockoutEnd)).Select(u => new Recipient(u.Email!, u.DisplayName)).ToList();
    }

    private static IReadOnlyList<Recipient> Distinct(IEnumerable<Recipient> recipients) =>
        recipients.Where(r => !string.IsNullOrWhiteSpace(r.Email))
            .DistinctBy(r => r.Email.Trim().ToLowerInvariant())
            .ToList();
}
