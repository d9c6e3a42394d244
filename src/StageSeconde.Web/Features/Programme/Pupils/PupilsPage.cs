using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.Programme.Pupils;

/// <summary>A pupil's week in the programme: still in it, or left (when, why).</summary>
public sealed record WeekStatus(bool Active, DateTime? LeftAt, string? LeftReason);

public sealed record PupilRow(int StudentId, string Name, string ClassName, WeekStatus? Week1, WeekStatus? Week2, IReadOnlyList<string> Groups)
{
    public WeekStatus? Of(int week) => week == 1 ? Week1 : Week2;
}

/// <summary>The programme's pupils, per week (<see cref="Week"/>: null for both), and how many the proposal would add.</summary>
public sealed record PupilsPage(string YearLabel, DateOnly Week1Start, DateOnly Week2Start, int? Week, IReadOnlyList<PupilRow> Rows, int ToPropose)
{
    public int ActiveIn(int week) => Rows.Count(r => r.Of(week)?.Active == true);

    public static async Task<PupilsPage> LoadAsync(AppDbContext db, SchoolYear year, int? week, CancellationToken ct)
    {
        var enrolments = await db.ProgrammeEnrolments.AsNoTracking()
            .Where(e => e.SchoolYearId == year.Id)
            .Select(e => new
            {
                e.StudentId, e.Week, e.LeftAt, e.LeftReason, e.EnrolledAt,
                e.Student!.LastName, e.Student.FirstName, Class = e.Student.SchoolClass!.Code,
            })
            .ToListAsync(ct);
        var groups = (await db.ProgrammeGroupMembers.AsNoTracking()
                .Join(db.ProgrammeGroups.Where(g => g.SchoolYearId == year.Id), m => m.ProgrammeGroupId, g => g.Id, (m, g) => new { m.StudentId, g.Name })
                .ToListAsync(ct))
            .ToLookup(m => m.StudentId, m => m.Name);

        var rows = enrolments.GroupBy(e => e.StudentId).Select(g =>
            {
                WeekStatus? Of(int w) => g.Where(e => e.Week == w).OrderBy(e => e.LeftAt is null ? 0 : 1).ThenByDescending(e => e.EnrolledAt)
                    .Select(e => new WeekStatus(e.LeftAt is null, e.LeftAt, e.LeftReason)).FirstOrDefault();
                var first = g.First();
                return new PupilRow(g.Key, PersonName.LastFirst(first.LastName, first.FirstName), first.Class, Of(1), Of(2),
                    groups[g.Key].Order(StringComparer.Ordinal).ToList());
            })
            .Where(r => week is null || r.Of(week.Value) is not null)
            .OrderBy(r => r.ClassName, StringComparer.Ordinal).ThenBy(r => r.Name, StringComparer.Ordinal)
            .ToList();
        var toPropose = (await ProgrammeProposal.LoadAsync(db, year.Id, ct)).Count;
        return new PupilsPage(year.Label, year.Week1Start, year.Week2Start, week, rows, toPropose);
    }
}

/// <summary>The proposal page: the pupils to confirm, with the period's start as a hint.</summary>
public sealed record ProposalPage(string YearLabel, DateOnly Week1Start, IReadOnlyList<ProposalRow> Rows);
