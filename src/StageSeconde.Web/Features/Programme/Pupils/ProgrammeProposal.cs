using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.Programme.Pupils;

/// <summary>A pupil the proposal puts forward, with the weeks they need the programme for and what their situation rests on.</summary>
public sealed record ProposalRow(int StudentId, string Name, string ClassName, Situation Situation, bool Week1Covered, bool Week2Covered,
    IReadOnlySet<int> Weeks);

/// <summary>
/// « Proposer les élèves »: every present pupil still without a solution for a week of the period, derived with the
/// placement rules (<see cref="StudentSituations"/>), nothing re-invented:
/// <list type="bullet">
/// <item>the week must not be covered by a convention (any convention not cancelled counts, as on the board: a convention
/// in progress is the pupil's solution being prepared);</item>
/// <item>the pupil's situation is « Programme au lycée », « Sans solution », « En recherche » or « Partiellement couvert »
/// — SNU, mobility and exemption (STHR included) are solutions without the programme;</item>
/// <item>the pupil is not already in the programme for that week.</item>
/// </list>
/// </summary>
public static class ProgrammeProposal
{
    public static async Task<IReadOnlyList<ProposalRow>> LoadAsync(AppDbContext db, int yearId, CancellationToken ct)
    {
        var students = db.Students.Present();
        var situations = await StudentSituations.LoadAsync(db, students, ct);
        var enrolled = await ProgrammePupils.ActiveWeeksAsync(db, yearId, ct);
        var people = await students.AsNoTracking()
            .Select(s => new { s.Id, s.LastName, s.FirstName, Class = s.SchoolClass!.Code })
            .ToListAsync(ct);

        var rows = new List<ProposalRow>();
        foreach (var p in people)
        {
            if (!situations.TryGetValue(p.Id, out var situation) || !Concerned(situation.Situation)) continue;
            var already = enrolled.GetValueOrDefault(p.Id);
            var weeks = new[] { 1, 2 }
                .Where(w => !(w == 1 ? situation.Week1Covered : situation.Week2Covered) && already?.Contains(w) != true)
                .ToHashSet();
            if (weeks.Count == 0) continue;
            rows.Add(new ProposalRow(p.Id, PersonName.LastFirst(p.LastName, p.FirstName), p.Class, situation.Situation,
                situation.Week1Covered, situation.Week2Covered, weeks));
        }
        return rows.OrderBy(r => r.ClassName, StringComparer.Ordinal).ThenBy(r => r.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>The situations in which a week without a convention is a week without a solution.</summary>
    public static bool Concerned(Situation situation) => situation == Situation.InSchoolProgramme || situation.NeedsAction();
}
