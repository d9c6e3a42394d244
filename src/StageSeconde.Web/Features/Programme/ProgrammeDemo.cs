using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.Programme.Groups;
using StageSeconde.Web.Features.Programme.Pupils;
using StageSeconde.Web.Features.Programme.Timetable;

namespace StageSeconde.Web.Features.Programme;

/// <summary>
/// The demonstration's programme, the way the Direction builds it: the proposal confirmed for the pupils declared
/// « Programme au lycée » (the others stay without a solution on the board, as some do until the last days), the groups
/// formed, the timetable generated. Runs only once the demonstration has a catalogue, rooms and supervisors (nothing otherwise).
/// </summary>
public static class ProgrammeDemo
{
    /// <returns>Why the timetable could not be generated (empty when it was, or when there was nothing to do).</returns>
    public static async Task<IReadOnlyList<string>> SeedAsync(AppDbContext db, int schoolId, SchoolYear year, Actor by, DateTimeOffset now, CancellationToken ct)
    {
        var ready = await db.ProgrammeActivities.AnyAsync(a => a.SchoolId == schoolId && !a.IsArchived, ct)
                    && await db.ProgrammeRooms.AnyAsync(r => r.SchoolId == schoolId && !r.IsArchived, ct)
                    && await db.ProgrammeSupervisors.AnyAsync(s => s.SchoolId == schoolId && s.SchoolYearId == year.Id, ct);
        if (!ready) return [];

        var proposal = await ProgrammeProposal.LoadAsync(db, year.Id, ct);
        // The weeks the pupils were declared « Programme au lycée » for (not the other weeks proposed).
        var chosen = proposal.SelectMany(r => r.Weeks.Where(w => r.Week(w) == WeekSituation.InSchoolProgramme).Select(w => (r.StudentId, w))).ToList();
        if (chosen.Count == 0) return [];
        ProgrammeProposal.Enrol(db, schoolId, year.Id, chosen, by, now);
        await db.SaveChangesAsync(ct);

        await GroupFormation.FormAsync(db, schoolId, year, ct);
        var (outcome, _) = await TimetableGeneration.GenerateAsync(db, schoolId, year, ct);
        return outcome.Problems;
    }
}
