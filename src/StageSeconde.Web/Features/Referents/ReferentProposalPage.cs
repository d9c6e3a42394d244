using StageSeconde.Web.Data;

namespace StageSeconde.Web.Features.Referents;

/// <summary>A student's line of the proposal: their current referent, the proposed one, why, and whether it changes anything.</summary>
public sealed record ProposalRow(PlacedStudentRow Student, string CurrentName, string ProposedName, string Reason, bool Changes);

public sealed record ReferentProposalModel(
    bool ReassignAll, IReadOnlyList<ProposalRow> Rows, IReadOnlyList<TeacherLoad> Loads, string Plan, int ChangedStudents,
    int ChangedAgreements, bool ExaminersOnly, int WithoutTeacher);

public static class ReferentProposalPage
{
    public static async Task<ReferentProposalModel> LoadAsync(AppDbContext db, bool reassignAll, CancellationToken ct)
    {
        var students = await PlacedStudents.LoadAsync(db, ct);
        var teachers = await ReferentCandidates.LoadAsync(db, ct);
        var plan = ReferentProposal.Propose(students.Select(p => p.ForProposal).ToList(), teachers, reassignAll);
        var names = await ReferentList.StaffNamesAsync(db, students.SelectMany(p => p.Agreements).Select(a => a.ReferentTeacherId)
            .Concat(plan.Assignments.Select(a => a.TeacherId)), ct);
        string NameOf(int? id) => id is { } staffId && names.TryGetValue(staffId, out var name) ? name : "";

        var changes = new List<(int AgreementId, int Version, int TeacherId)>();
        var rows = new List<ProposalRow>();
        foreach (var student in students)
        {
            var proposed = plan.For(student.StudentId);
            // The referent follows the student: every changeable convention of the student gets the proposed teacher.
            var studentChanges = proposed.TeacherId is { } teacherId
                ? student.Agreements.Where(a => a.CanChange && a.ReferentTeacherId != teacherId).Select(a => (a.Id, a.Version, teacherId)).ToList()
                : [];
            changes.AddRange(studentChanges);
            var current = student.MixedReferents
                ? string.Join(", ", student.Agreements.Select(a => a.ReferentTeacherId is null ? "aucun" : NameOf(a.ReferentTeacherId)).Distinct())
                : NameOf(student.CurrentTeacherId);
            rows.Add(new ProposalRow(student, current, NameOf(proposed.TeacherId), proposed.Reason, studentChanges.Count > 0));
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
