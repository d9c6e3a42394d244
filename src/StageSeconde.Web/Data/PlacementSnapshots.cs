using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Data;

/// <summary>
/// The daily placement snapshots of a school: when one is due, how the figures are computed, and recording one at most
/// once per school and day (the unique index settles a race between the background service and the dashboard).
/// </summary>
public static class PlacementSnapshots
{
    /// <summary>The figures of <paramref name="students"/>' situations.</summary>
    public static PlacementTotals Totals(this IEnumerable<StudentSituation> students) =>
        PlacementTotals.Of(students.Select(p => (p.Situation, p.Week1, p.Week2)));

    /// <summary>
    /// A snapshot is taken every day of the current school year until the end of its observation period
    /// (afterwards the figures no longer move and the chart stops at the period).
    /// </summary>
    public static bool IsDue(DateOnly today, DateOnly observationEnd) => today <= observationEnd;

    /// <summary>The present students' figures of one school, read across the school filter (for background work).</summary>
    public static async Task<PlacementTotals> ComputeAsync(AppDbContext db, int schoolId, CancellationToken ct)
    {
        var present = db.Students.IgnoreQueryFilters().Present().Where(s => s.SchoolId == schoolId);
        var situations = await StudentSituations.LoadAsync(db, present, ct);
        return situations.Values.Totals();
    }

    /// <summary>
    /// Records <paramref name="totals"/> as the school's snapshot of <paramref name="day"/> unless one already exists.
    /// True when this call recorded it; false when it was already there (or another writer recorded it meanwhile).
    /// </summary>
    public static async Task<bool> RecordAsync(AppDbContext db, int schoolId, DateOnly day, PlacementTotals totals, CancellationToken ct)
    {
        if (await ExistsAsync(db, schoolId, day, ct)) return false;

        var snapshot = PlacementSnapshot.Take(schoolId, day, totals);
        db.PlacementSnapshots.Add(snapshot);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.Entry(snapshot).State = EntityState.Detached;
            // Lost the race on the unique index: someone else recorded the day. Anything else is a real failure.
            if (await ExistsAsync(db, schoolId, day, ct)) return false;
            throw;
        }
    }

    private static Task<bool> ExistsAsync(AppDbContext db, int schoolId, DateOnly day, CancellationToken ct) =>
        db.PlacementSnapshots.IgnoreQueryFilters().AnyAsync(s => s.SchoolId == schoolId && s.Day == day, ct);
}
