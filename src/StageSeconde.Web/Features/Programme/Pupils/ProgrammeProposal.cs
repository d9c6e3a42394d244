using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Domain.Programme;

namespace StageSeconde.Web.Features.Programme.Pupils;

/// <summary>A pupil the proposal puts forward, with the weeks they need the programme for and what their situation rests on.</summary>
public sealed record ProposalRow(int StudentId, string Name, string ClassName, Situation Situation, WeekSituation Week1, WeekSituation Week2,
    IReadOnlySet<int> Weeks)
{
    public WeekSituation Week(int week) => week == 1 ? Week1 : Week2;
}

/// <summary>
/// « Proposer les élèves »: every present pupil still without a solution for a week of the period, derived week by week
/// with the placement rules (<see cref="StudentSituations"/>), nothing re-invented: a week is proposed when nothing covers
/// it, or only a « Programme au lycée » declaration (the pupil is not enrolled yet for it). A convention (signed or not:
/// a convention in progress is the pupil's solution being prepared), an SNU, a mobility or an exemption (STHR included)
/// covering the week keeps it out.
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
            if (!situations.TryGetValue(p.Id, out var situation)) continue;
            var already = enrolled.GetValueOrDefault(p.Id);
            var weeks = new[] { 1, 2 }
                .Where(w => Concerned(situation.Week(w)) && already?.Contains(w) != true)
                .ToHashSet();
            if (weeks.Count == 0) continue;
            rows.Add(new ProposalRow(p.Id, PersonName.LastFirst(p.LastName, p.FirstName), p.Class, situation.Situation,
                situation.Week1, situation.Week2, weeks));
        }
        return rows.OrderBy(r => r.ClassName, StringComparer.Ordinal).ThenBy(r => r.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Enrols the chosen pupils for the chosen weeks (each one of the proposal for that week: the caller checks). The
    /// enrolments alone make « Programme au lycée » the pupil's situation for those weeks (<see cref="PlacementRules"/>):
    /// no declaration is needed, and the pupil's conventions and other solutions stay visible week by week. Saved by the caller.
    /// </summary>
    public static void Enrol(AppDbContext db, int schoolId, int yearId, IReadOnlyList<(int Id, int Week)> chosen, Actor by, DateTimeOffset now)
    {
        foreach (var (id, week) in chosen)
            db.ProgrammeEnrolments.Add(new ProgrammeEnrolment(schoolId, yearId, id, week, by, now));
    }

    /// <summary>The weeks in which the programme may be proposed: nothing covers them, or only a programme declaration.</summary>
    public static bool Concerned(WeekSituation week) => week is WeekSituation.Nothing or WeekSituation.InSchoolProgramme;
}
