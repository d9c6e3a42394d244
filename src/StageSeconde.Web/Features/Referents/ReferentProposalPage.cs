using StageSeconde.Web.Data;

namespace StageSeconde.Web.Features.Referents;

/// <summary>A pupil's line of the proposal: their current referent, the proposed one, why, and whether it changes anything.</summary>
public sealed record ProposalRow(PlacedPupilRow Pupil, string CurrentName, string ProposedName, string Reason, bool Changes);

public sealed record ReferentProposalModel(
    bool ReassignAll, IReadOnlyList<ProposalRow> Rows, IReadOnlyList<TeacherLoad> Loads, string Plan, int ChangedPupils,
    int ChangedAgreements, bool ExaminersOnly, int WithoutTeacher);

public static class ReferentProposalPage
{
    public static async Task<ReferentProposalModel> LoadAsync(AppDbContext db, bool reassignAll, CancellationToken ct)
    {
        var pupils = await PlacedPupils.LoadAsync(db, ct);
        var teachers = await ReferentCandidates.LoadAsync(db, ct);
        var plan = ReferentProposal.Propose(pupils.Select(p => p.ForProposal).ToList(), teachers, reassignAll);
        var names = await ReferentList.StaffNamesAsync(db, pupils.SelectMany(p => p.Agreements).Select(a => a.ReferentTeacherId)
            .Concat(plan.Assignments.Select(a => a.TeacherId)), ct);
        string NameOf(int? id) => id is { } staffId && names.TryGetValue(staffId, out var name) ? name : "";

        var changes = new List<(int AgreementId, int Version, int TeacherId)>();
        var rows = new List<ProposalRow>();
        foreach (var pupil in pupils)
        {
            var proposed = plan.For(pupil.StudentId);
            // The referent follows the pupil: every changeable convention of the pupil gets the proposed teacher.
            var pupilChanges = proposed.TeacherId is { } teacherId
                ? pupil.Agreements.Where(a => a.CanChange && a.ReferentTeacherId != teacherId).Select(a => (a.Id, a.Version, teacherId)).ToList()
                : [];
            changes.AddRange(pupilChanges);
            var current = pupil.MixedReferents
                ? string.Join(", ", pupil.Agreements.Select(a => a.ReferentTeacherId is null ? "aucun" : NameOf(a.ReferentTeacherId)).Distinct())
                : NameOf(pupil.CurrentTeacherId);
            rows.Add(new ProposalRow(pupil, current, NameOf(proposed.TeacherId), proposed.Reason, pupilChanges.Count > 0));
        }

        return new ReferentProposalModel(
            reassignAll,
            rows.OrderByDescending(r => r.Changes).ToList(),
            plan.Loads,
            ReferentPlanForm.Format(changes),
            rows.Count(r => r.Changes),
            changes.Count,
            plan.ExaminersOnly,
            plan.Assignments.Count(a => a.TeacherId is null));
    }
}
