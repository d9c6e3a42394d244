using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.Web.Features.PupilReports;

/// <summary>
/// Who records, changes or removes a pupil's report, said once: the direction (every pupil), a professeur principal (the
/// pupils of <b>their</b> classes, as for conventions: <see cref="FollowedByStaff"/>) and the pupil's referent teacher (named
/// by one of the pupil's conventions of the current year, not cancelled). Everyone else who may read the pupil's page reads
/// the report (403 on the forms); another school's pupil is not found (404).
/// </summary>
public static class PupilReportScope
{
    public static async Task<bool> MayWriteReportOfAsync(this AppDbContext db, ICurrentUser user, int studentId, CancellationToken ct)
    {
        if (user.IsInRole(Roles.Direction)) return true;
        if (user.IsInRole(Roles.ProfesseurPrincipal))
        {
            var classes = db.Classes.FollowedBy(user).Select(c => c.Id);
            if (await db.Students.AnyAsync(s => s.Id == studentId && classes.Contains(s.SchoolClassId), ct)) return true;
        }
        return user.StaffMemberId is { } staffId && (user.IsInRole(Roles.Enseignant) || user.IsInRole(Roles.ProfesseurPrincipal))
               && await db.Agreements.RefereedBy(staffId).AnyAsync(a => a.StudentId == studentId, ct);
    }
}
