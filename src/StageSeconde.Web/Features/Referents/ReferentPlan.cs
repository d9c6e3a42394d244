namespace StageSeconde.Web.Features.Referents;

public sealed record ReferentPlan(IReadOnlyList<ProposedReferent> Assignments, IReadOnlyList<TeacherLoad> Loads, bool ExaminersOnly)
{
    public ProposedReferent For(int studentId) => Assignments.Single(a => a.StudentId == studentId);
}
