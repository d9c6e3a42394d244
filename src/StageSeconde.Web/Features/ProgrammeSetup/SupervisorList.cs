using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Domain.Programme;

namespace StageSeconde.Web.Features.ProgrammeSetup;

public sealed record SupervisorRow(int Id, int StaffId, string Name, string Function, SupervisorKind Kind, int AvailableHalfDays, int ExaminerHalfDays, int Version);

public sealed record StaffMatch(int StaffId, string Name, string Function, SupervisorKind SuggestedKind);

/// <summary>
/// The supervisors of the current school year, the staff matching a search (to add them) and the half-days' coverage.
/// <see cref="Year"/> is null when the school has no current year (nothing can be set up then).
/// </summary>
public sealed record SupervisorListModel(SchoolYear? Year, int HalfDays, IReadOnlyList<SupervisorRow> Rows, string? Query,
    IReadOnlyList<StaffMatch> Matches, IReadOnlyList<HalfDayCoverage> Coverage)
{
    public const int MaxMatches = 20;

    public static async Task<SupervisorListModel> LoadAsync(AppDbContext db, string? query, CancellationToken ct)
    {
        var year = await db.CurrentYearAsync(ct);
        if (year is null) return new SupervisorListModel(null, 0, [], query, [], []);

        var halfDays = ProgrammeCalendar.HalfDays(year);
        var supervisors = await db.ProgrammeSupervisors.AsNoTracking().Include(s => s.Unavailabilities).Include(s => s.StaffMember)
            .Where(s => s.SchoolYearId == year.Id).ToListAsync(ct);
        var duties = await ProgrammeDuties.DuringAsync(db, year, ct);

        var rows = supervisors
            .Select(s => new SupervisorRow(s.Id, s.StaffMemberId, PersonName.LastFirst(s.StaffMember!.LastName, s.StaffMember.FirstName), s.StaffMember.Function, s.Kind,
                ProgrammeCalendar.Available(halfDays, s, duties).Count,
                halfDays.Count(h => duties.Any(d => d.StaffMemberId == s.StaffMemberId && d.Covers(h.Date, h.Afternoon))), s.Version))
            .OrderBy(r => r.Kind).ThenBy(r => r.Name, StringComparer.CurrentCulture).ToList();

        var matches = new List<StaffMatch>();
        var key = SearchText.Normalize(query);
        if (key.Length > 0)
        {
            var taken = supervisors.Select(s => s.StaffMemberId).ToList();
            matches = (await db.Staff.AsNoTracking()
                    .Where(s => !s.IsArchived && !taken.Contains(s.Id) && (s.SearchKey.StartsWith(key) || s.SearchKey.Contains(" " + key)))
                    .OrderBy(s => s.SearchKey).Take(MaxMatches)
                    .Select(s => new { s.Id, s.LastName, s.FirstName, s.Function })
                    .ToListAsync(ct))
                .Select(s => new StaffMatch(s.Id, PersonName.LastFirst(s.LastName, s.FirstName), s.Function, SupervisorKinds.Guess(s.Function)))
                .ToList();
        }
        return new SupervisorListModel(year, halfDays.Count, rows, query, matches, SupervisorCoverage.Compute(halfDays, supervisors, duties));
    }
}

/// <summary>The examiner duties that fall on the programme's days (read-only, for availability).</summary>
public static class ProgrammeDuties
{
    public static async Task<IReadOnlyList<ExaminerDuty>> DuringAsync(AppDbContext db, SchoolYear year, CancellationToken ct)
    {
        var first = year.Week1Start;
        var last = year.Week2End;
        return await db.ExaminerDuties.AsNoTracking().Where(d => d.Date >= first && d.Date <= last).ToListAsync(ct);
    }
}
