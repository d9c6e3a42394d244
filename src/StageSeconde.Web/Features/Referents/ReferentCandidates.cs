using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.Referents;

/// <summary>
/// Who may be a professeur référent: staff members not archived whose login has the role Enseignant (professeur
/// référent) or ProfesseurPrincipal, or who are professeur principal of a class, or whose function says they teach
/// (« Professeur… », « Professeure… », « Enseignant(e)… »): a referent need not have a login to be named on a convention.
/// </summary>
public static class ReferentCandidates
{
    private static readonly string[] TeachingFunctions = ["professeur", "enseignant"];

    public static bool TeachesByFunction(string function) =>
        TeachingFunctions.Any(word => function.Contains(word, StringComparison.OrdinalIgnoreCase));

    public static async Task<IReadOnlyList<ReferentCandidate>> LoadAsync(AppDbContext db, CancellationToken ct)
    {
        var staff = await db.Staff.AsNoTracking()
            .Where(s => !s.IsArchived)
            .OrderBy(s => s.SearchKey)
            .Select(s => new
            {
                s.Id, s.FirstName, s.LastName, s.Function, s.AvailableDuringPeriod,
                Classes = s.PrincipalOfClasses.Where(c => !c.IsArchived).Select(c => c.Id).ToList(),
            })
            .ToListAsync(ct);

        string[] teachingRoles = [Roles.Enseignant, Roles.ProfesseurPrincipal];
        var staffIds = staff.Select(s => s.Id).ToList();
        var withTeachingRole = (await (
                from user in db.Users.AsNoTracking()
                join userRole in db.UserRoles on user.Id equals userRole.UserId
                join role in db.Roles on userRole.RoleId equals role.Id
                where user.StaffMemberId != null && staffIds.Contains(user.StaffMemberId.Value) && teachingRoles.Contains(role.Name!)
                select user.StaffMemberId!.Value)
            .ToListAsync(ct)).ToHashSet();

        // Convocation days of the current school year (a half-day convocation takes the day: the referent may not be reachable).
        var year = await db.CurrentYearAsync(ct);
        var (first, last) = year is null ? (DateOnly.MaxValue, DateOnly.MinValue) : (year.FirstDay, year.LastDay);
        var examinerDays = (await db.ExaminerDuties.AsNoTracking()
                .Where(d => staffIds.Contains(d.StaffMemberId) && d.Date >= first && d.Date <= last)
                .Select(d => new { d.StaffMemberId, d.Date }).ToListAsync(ct))
            .GroupBy(d => d.StaffMemberId)
            .ToDictionary(g => g.Key, g => (IReadOnlyCollection<DateOnly>)g.Select(d => d.Date).Distinct().Order().ToList());

        return staff
            .Where(s => withTeachingRole.Contains(s.Id) || s.Classes.Count > 0 || TeachesByFunction(s.Function))
            .Select(s => new ReferentCandidate(s.Id, PersonName.FirstLast(s.FirstName, s.LastName), s.AvailableDuringPeriod,
                examinerDays.GetValueOrDefault(s.Id, []), s.Classes))
            .ToList();
    }
}
