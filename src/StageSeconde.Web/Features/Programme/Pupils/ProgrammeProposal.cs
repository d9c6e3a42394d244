using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Domain.Programme;

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

    /// <summary>
    /// Enrols the chosen pupils for the chosen weeks (each one of <paramref name="proposal"/> for that week: the caller
    /// checks) and declares the programme as the situation of those not yet declared so: the programme is their solution
    /// for the weeks without a convention (their conventions stay visible week by week). Saved by the caller.
    /// </summary>
    public static async Task EnrolAsync(AppDbContext db, int schoolId, int yearId, IReadOnlyList<(int Id, int Week)> chosen,
        IReadOnlyDictionary<int, ProposalRow> proposal, Actor by, DateTimeOffset now, CancellationToken ct)
    {
        foreach (var (id, week) in chosen)
            db.ProgrammeEnrolments.Add(new ProgrammeEnrolment(schoolId, yearId, id, week, by, now));
        var toDeclare = chosen.Select(c => c.Id).Distinct().Where(id => proposal[id].Situation != Situation.InSchoolProgramme).ToList();
        foreach (var student in await db.Students.Where(s => toDeclare.Contains(s.Id)).ToListAsync(ct))
        {
            var weeks = chosen.Where(c => c.Id == student.Id).Select(c => c.Week);
            db.PlacementDeclarations.Add(PlacementDeclaration.Declare(student, DeclarationKind.InSchoolProgramme,
                $"Inscrit(e) au programme au lycée ({ProgrammePupils.WeeksLabel(weeks)}).", by, now));
        }
    }

    /// <summary>The situations in which a week without a convention is a week without a solution.</summary>
    public static bool Concerned(Situation situation) => situation == Situation.InSchoolProgramme || situation.NeedsAction();
}
