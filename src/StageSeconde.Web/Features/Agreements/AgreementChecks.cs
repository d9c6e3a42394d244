using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.Agreements;

/// <summary>What a convention is checked against (<see cref="AgreementFacts"/>), read from the database.</summary>
public static class AgreementChecks
{
    /// <summary>
    /// The school year, the student (with the guardians) and the student's conventions of that year, as slots; null when the
    /// student or the year is not the current school's.
    /// </summary>
    public static async Task<AgreementFacts?> LoadFactsAsync(this AppDbContext db, int studentId, int schoolYearId, CancellationToken ct)
    {
        var year = await db.SchoolYears.AsNoTracking().FirstOrDefaultAsync(y => y.Id == schoolYearId, ct);
        var student = await db.Students.AsNoTracking().Include(s => s.Guardians).FirstOrDefaultAsync(s => s.Id == studentId, ct);
        if (year is null || student is null) return null;
        return new AgreementFacts(year, student, await SlotsAsync(db, studentId, schoolYearId, ct));
    }

    /// <summary>A student's conventions of one school year, as the coverage rules see them.</summary>
    public static async Task<IReadOnlyList<AgreementSlot>> SlotsAsync(AppDbContext db, int studentId, int schoolYearId, CancellationToken ct) =>
        await db.Agreements.AsNoTracking()
            .Where(a => a.StudentId == studentId && a.SchoolYearId == schoolYearId)
            .Select(a => new AgreementSlot(a.Id, a.HostOrganisationId, a.Period, a.FirstDay, a.LastDay, a.State))
            .ToListAsync(ct);
}
