using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.Dashboard;

public sealed record DashboardPeriod(int SchoolYearId, int StartYear, DateOnly Start, DateOnly End);

/// <summary>A class's line of the dashboard: its present students' figures.</summary>
public sealed record ClassPlacementRow(int Id, string Code, PlacementTotals Totals);

/// <summary>A student who still needs a solution.</summary>
public sealed record StudentToWatch(int Id, string Name, string ClassCode, Situation Situation);

public sealed record DashboardModel(
    DateOnly Today,
    DashboardPeriod? Period,
    PlacementTotals Totals,
    int AwaitingValidation,
    int AwaitingFirstSignature,
    int InSignature,
    IReadOnlyList<StudentToWatch> WithoutSolution,
    IReadOnlyList<ClassPlacementRow> Classes,
    TrendChart Trend,
    bool TodaySnapshotMissing,
    int SthrStudents,
    int StudentsWithoutGuardianContact)
{
    /// <summary>How many students without a solution the dashboard lists by name (the board lists them all).</summary>
    public const int WithoutSolutionShown = 20;

    /// <summary>How far back the trend goes.</summary>
    public const int TrendDays = 8 * 7;

    public int AwaitingSignatures => AwaitingFirstSignature + InSignature;
}

/// <summary>The Direction's dashboard: the school's placement figures, per class, the students to watch and the trend.</summary>
public static class SchoolDashboard
{
    public static async Task<DashboardModel> LoadAsync(AppDbContext db, DateOnly today, CancellationToken ct)
    {
        var period = await db.SchoolYears.AsNoTracking().Current()
            .Select(y => new DashboardPeriod(y.Id, y.StartYear, y.ObservationStart, y.ObservationEnd))
            .FirstOrDefaultAsync(ct);

        var present = db.Students.Present();
        var students = await present.AsNoTracking()
            .Select(s => new { s.Id, s.LastName, s.FirstName, s.SchoolClassId, s.IsSthr, s.SchoolId })
            .ToListAsync(ct);
        var situations = await StudentSituations.LoadAsync(db, present, students.Select(s => new SituationStudent(s.Id, s.IsSthr, s.SchoolId)).ToList(), ct);
        var classes = await db.Classes.AsNoTracking()
            .Select(c => new { c.Id, c.Code, c.IsArchived })
            .ToListAsync(ct);

        var states = period is null
            ? []
            : await db.Agreements.AsNoTracking()
                .Where(a => a.SchoolYearId == period.SchoolYearId)
                .GroupBy(a => a.State)
                .Select(g => new { State = g.Key, Count = g.Count() })
                .ToListAsync(ct);
        int CountOf(AgreementState state) => states.Where(s => s.State == state).Sum(s => s.Count);

        var totals = situations.Values.Totals();
        var classCodes = classes.ToDictionary(c => c.Id, c => c.Code);
        var byClass = students.ToLookup(p => p.SchoolClassId);
        var classRows = classes
            .Where(c => !c.IsArchived || byClass[c.Id].Any())
            .OrderBy(c => c.Code.Length).ThenBy(c => c.Code, StringComparer.Ordinal)   // 2NDE2 before 2NDE10
            .Select(c => new ClassPlacementRow(c.Id, c.Code, byClass[c.Id].Where(p => situations.ContainsKey(p.Id)).Select(p => situations[p.Id]).Totals()))
            .ToList();

        var withoutSolution = students
            .Where(p => situations.ContainsKey(p.Id))
            .Select(p => (Student: p, situations[p.Id].Situation))
            .Where(p => !p.Situation.HasSolution())
            .OrderBy(p => p.Situation.Priority())
            .ThenBy(p => classCodes.GetValueOrDefault(p.Student.SchoolClassId)?.Length)
            .ThenBy(p => classCodes.GetValueOrDefault(p.Student.SchoolClassId), StringComparer.Ordinal)
            .ThenBy(p => p.Student.LastName, StringComparer.CurrentCulture)
            .ThenBy(p => p.Student.FirstName, StringComparer.CurrentCulture)
            .Take(DashboardModel.WithoutSolutionShown)
            .Select(p => new StudentToWatch(p.Student.Id, PersonName.LastFirst(p.Student.LastName, p.Student.FirstName),
                classCodes.GetValueOrDefault(p.Student.SchoolClassId) ?? "", p.Situation))
            .ToList();

        // The trend: the snapshots of the last eight weeks up to today (or up to the end of the period once it is over).
        var trendEnd = period is null || today <= period.End ? today : period.End;
        var trendStart = trendEnd.AddDays(-(DashboardModel.TrendDays - 1));
        var snapshots = await db.PlacementSnapshots.AsNoTracking()
            .Where(s => s.Day >= trendStart && s.Day <= trendEnd)
            .OrderBy(s => s.Day)
            .Select(s => new TrendPoint(s.Day, s.PresentStudents, s.WithSolution, s.Week1Covered, s.Week2Covered, s.Signed))
            .ToListAsync(ct);
        var todayMissing = period is not null && PlacementSnapshots.IsDue(today, period.End) && snapshots.All(s => s.Day != today);
        if (trendEnd == today)
        {
            // Today's point follows the figures shown above (the day's stored snapshot is the first one taken today).
            snapshots.RemoveAll(s => s.Day == today);
            snapshots.Add(new TrendPoint(today, totals.Students, totals.WithSolution, totals.Week1Covered, totals.Week2Covered, totals.Signed));
        }
        var chartStart = snapshots.Count == 0 ? trendStart : snapshots[0].Day;
        var trend = new TrendChart(snapshots, chartStart, trendEnd, period?.Start);

        return new DashboardModel(
            today, period, totals,
            AwaitingValidation: CountOf(AgreementState.Submitted),
            AwaitingFirstSignature: CountOf(AgreementState.Validated),
            InSignature: CountOf(AgreementState.InSignature),
            withoutSolution, classRows, trend, todayMissing,
            SthrStudents: students.Count(s => s.IsSthr),
            StudentsWithoutGuardianContact: await present.CountAsync(s => !s.Guardians.Any(g => g.IsLegalGuardian && (g.Email != null || g.MobilePhone != null || g.HomePhone != null)), ct));
    }
}
