using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Data;

/// <summary>What <see cref="StudentSituations"/> reads of a student itself.</summary>
public sealed record SituationStudent(int Id, bool IsSthr, int SchoolId);

/// <summary>A student's derived situation, week by week and overall, and when it last changed.</summary>
public sealed record StudentSituation(int StudentId, int SchoolId, Situation Situation, WeekSituation Week1, WeekSituation Week2, DateTime? LastChange)
{
    /// <summary>Week 1 covered by a convention not cancelled (signed or not).</summary>
    public bool Week1Covered => Week1.IsConvention();
    /// <summary>Week 2 covered by a convention not cancelled (signed or not).</summary>
    public bool Week2Covered => Week2.IsConvention();

    public WeekSituation Week(int week) => week == 1 ? Week1 : Week2;
}

/// <summary>
/// Derives the situation of many students at once, with a fixed number of queries whatever their number (years,
/// conventions, declarations, programme enrolments), through <see cref="PlacementRules"/>. The one place boards,
/// dashboards, exports and statistics get situations from.
/// </summary>
public static class StudentSituations
{
    /// <summary>
    /// The situations of the students <paramref name="students"/> selects (a query, not a list: it is used as a sub-query
    /// of the conventions and declarations queries). EF Core applies <c>IgnoreQueryFilters</c> to a whole query: a
    /// <paramref name="students"/> query that lifts the school filter (académie aggregates only) lifts it for their
    /// conventions and declarations too; a filtered one keeps everything in the current school. With
    /// <paramref name="schoolYearId"/>, the situations of that school year (a past one, read-only) instead of the current one.
    /// </summary>
    public static async Task<IReadOnlyDictionary<int, StudentSituation>> LoadAsync(AppDbContext db, IQueryable<Student> students, CancellationToken ct,
        int? schoolYearId = null)
    {
        var rows = await students.AsNoTracking().Select(s => new SituationStudent(s.Id, s.IsSthr, s.SchoolId)).ToListAsync(ct);
        return await LoadAsync(db, students, rows, ct, schoolYearId);
    }

    /// <summary>
    /// The same, for a caller that has already read the students of <paramref name="students"/> (with the columns it needs
    /// itself, in one query): <paramref name="rows"/> must be exactly the students that query selects, as
    /// <see cref="SituationStudent"/>. Saves reading them twice; the situations are the same.
    /// </summary>
    public static async Task<IReadOnlyDictionary<int, StudentSituation>> LoadAsync(
        AppDbContext db, IQueryable<Student> students, IReadOnlyCollection<SituationStudent> rows, CancellationToken ct, int? schoolYearId = null)
    {
        var ids = students.Select(s => s.Id);
        // Only the current school year counts: a student repeating 2nde keeps last year's conventions and declarations.
        // The schools are those of students the caller may already see.
        var schoolIds = rows.Select(p => p.SchoolId).Distinct().ToList();
        var chosenYears = schoolYearId is { } chosen
            ? db.SchoolYears.IgnoreQueryFilters().AsNoTracking().Where(y => y.Id == chosen)
            : db.SchoolYears.IgnoreQueryFilters().AsNoTracking().Current();
        var years = (await chosenYears
                .Where(y => schoolIds.Contains(y.SchoolId))
                .Select(y => new { y.Id, y.SchoolId, y.StartYear, y.ObservationStart, y.IsCurrent })
                .ToListAsync(ct))
            .GroupBy(y => y.SchoolId).ToDictionary(g => g.Key, g => g.OrderByDescending(y => y.StartYear).First());
        var yearIds = years.Values.Select(y => y.Id).ToList();

        var agreements = await db.Agreements.AsNoTracking()
            .Where(a => ids.Contains(a.StudentId) && yearIds.Contains(a.SchoolYearId))
            .Select(a => new { a.StudentId, Slot = new AgreementSlot(a.Id, a.HostOrganisationId, a.Period, a.FirstDay, a.LastDay, a.State), a.UpdatedAt })
            .ToListAsync(ct);
        var schoolOf = rows.ToDictionary(p => p.Id, p => p.SchoolId);
        var declarations = (await db.PlacementDeclarations.AsNoTracking()
                .Where(d => ids.Contains(d.StudentId))
                .Select(d => new
                {
                    d.StudentId,
                    Fact = new PlacementRules.DeclarationFact(d.Kind, d.DeclaredAt, d.StartsOn, d.EndsOn, d.Weeks, d.Withdraws),
                })
                .ToListAsync(ct))
            .Where(d => schoolOf.TryGetValue(d.StudentId, out var school) && years.TryGetValue(school, out var year)
                        && d.Fact.DeclaredAt >= DeclarationsFrom(year.StartYear)
                        // A past year: not the declarations of the years after it.
                        && (year.IsCurrent || d.Fact.DeclaredAt < DeclarationsFrom(year.StartYear + 1)))
            .ToList();
        var enrolments = await db.ProgrammeEnrolments.AsNoTracking()
            .Where(e => ids.Contains(e.StudentId) && yearIds.Contains(e.SchoolYearId) && e.LeftAt == null)
            .Select(e => new { e.StudentId, e.Week })
            .ToListAsync(ct);

        var agreementsByStudent = agreements.ToLookup(a => a.StudentId);
        var declarationsByStudent = declarations.ToLookup(d => d.StudentId);
        var weeksByStudent = enrolments.ToLookup(e => e.StudentId, e => e.Week);
        var result = new Dictionary<int, StudentSituation>(rows.Count);
        foreach (var student in rows)
        {
            // A school without a current year has no convention nor declaration counted: any period will do.
            var period = years.TryGetValue(student.SchoolId, out var year) ? ObservationWeeks.From(year.ObservationStart) : ObservationWeeks.From(DateOnly.MinValue);
            var slots = agreementsByStudent[student.Id].Select(a => a.Slot).ToList();
            var facts = declarationsByStudent[student.Id].Select(d => d.Fact).ToList();
            var derived = PlacementRules.Derive(student.IsSthr, slots, facts, weeksByStudent[student.Id].ToHashSet(), period);
            DateTime? lastChange = agreementsByStudent[student.Id].Select(a => (DateTime?)a.UpdatedAt)
                .Concat(facts.Select(d => (DateTime?)d.DeclaredAt)).Max();
            result[student.Id] = new StudentSituation(student.Id, student.SchoolId, derived.Overall, derived.Week1, derived.Week2, lastChange);
        }
        return result;
    }

    /// <summary>Declarations count for a school year from the summer before it (once the previous period is over).</summary>
    private static DateTime DeclarationsFrom(int startYear) => new(startYear, 7, 1, 0, 0, 0, DateTimeKind.Utc);
}
