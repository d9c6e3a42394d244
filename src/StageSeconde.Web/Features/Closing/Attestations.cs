using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.Printing;

namespace StageSeconde.Web.Features.Closing;

/// <summary>A class on the attestations page, with how many of its pupils have an attestation to print.</summary>
public sealed record AttestationClass(int Id, string Code, int Count);

public sealed record AttestationsModel(DateOnly Today, IReadOnlyList<AttestationClass> Classes)
{
    public int Total => Classes.Sum(c => c.Count);
}

/// <summary>
/// Which conventions have an attestation, and what it says. A convention has one once it is signed (or completed) and its
/// last day is over: it attests what was done, not what is planned.
/// </summary>
public static class Attestations
{
    public static bool IsDue(AgreementState state, DateOnly lastDay, DateOnly today) =>
        state is AgreementState.Signed or AgreementState.Completed && lastDay < today;

    public static IQueryable<Agreement> Due(this IQueryable<Agreement> agreements, DateOnly today) =>
        agreements.InCurrentYear().Where(a => (a.State == AgreementState.Signed || a.State == AgreementState.Completed) && a.LastDay < today);

    public static async Task<AttestationsModel> LoadAsync(AppDbContext db, DateOnly today, CancellationToken ct)
    {
        var counts = await db.Agreements.AsNoTracking().Due(today)
            .GroupBy(a => a.Student!.SchoolClassId)
            .Select(g => new { ClassId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.ClassId, g => g.Count, ct);
        var classes = await db.Classes.AsNoTracking().Where(c => counts.Keys.Contains(c.Id)).OrderBy(c => c.Code)
            .Select(c => new { c.Id, c.Code }).ToListAsync(ct);
        return new AttestationsModel(today, classes.Select(c => new AttestationClass(c.Id, c.Code, counts[c.Id])).ToList());
    }

    /// <summary>The conventions with an attestation, of a class or of the whole school, by class then pupil.</summary>
    public static Task<List<int>> IdsAsync(AppDbContext db, DateOnly today, int? classId, CancellationToken ct) =>
        db.Agreements.AsNoTracking().Due(today)
            .Where(a => classId == null || a.Student!.SchoolClassId == classId)
            .OrderBy(a => a.Student!.SchoolClass!.Code).ThenBy(a => a.Student!.LastName).ThenBy(a => a.Student!.FirstName).ThenBy(a => a.FirstDay)
            .Select(a => a.Id)
            .ToListAsync(ct);

    /// <summary>The printed conventions of <paramref name="ids"/> with their hours done, in the order of <paramref name="ids"/>.</summary>
    public static async Task<IReadOnlyList<(AgreementPrintModel Model, HoursDone Hours)>> LoadAsync(AppDbContext db, IReadOnlyCollection<int> ids, CancellationToken ct)
    {
        var models = await AgreementPrintQuery.LoadAsync(db, ids, ct);
        var absences = (await db.Absences.AsNoTracking()
                .Where(a => a.AgreementId != null && ids.Contains(a.AgreementId.Value))
                .Select(a => new { AgreementId = a.AgreementId!.Value, a.Day, a.Kind, a.Part, a.Time })
                .ToListAsync(ct))
            .ToLookup(a => a.AgreementId, a => new MissedTime(a.Day, a.Kind, a.Part, a.Time));
        var byId = models.ToDictionary(m => m.Id);
        return ids.Where(byId.ContainsKey)
            .Select(id => byId[id])
            .Select(m => (m, AttendedHours.Compute(m.FirstDay, m.LastDay, m.Schedule, absences[m.Id])))
            .ToList();
    }
}
