using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Data;

/// <summary>
/// "The current school year", named once: the year new conventions belong to and that every board, figure and list
/// of the school counts. Queries say <c>.InCurrentYear()</c> instead of repeating the condition.
/// </summary>
public static class SchoolYearQueries
{
    /// <summary>The school years marked current (one per school; the académie sees one per lycée).</summary>
    public static IQueryable<SchoolYear> Current(this IQueryable<SchoolYear> years) => years.Where(y => y.IsCurrent);

    /// <summary>The conventions of the current school year.</summary>
    public static IQueryable<Agreement> InCurrentYear(this IQueryable<Agreement> agreements) => agreements.Where(a => a.SchoolYear!.IsCurrent);

    /// <summary>The school's current year, the one new conventions belong to (null before the administrator opens one).</summary>
    public static Task<SchoolYear?> CurrentYearAsync(this AppDbContext db, CancellationToken ct) =>
        db.SchoolYears.AsNoTracking().Current().OrderByDescending(y => y.StartYear).FirstOrDefaultAsync(ct);
}
