namespace StageSeconde.Web.Features.Imports;

/// <summary>
/// One line of the preview: where it comes from in the file ("ligne 12", "élève 1234 (ligne 57)"), who it is,
/// and either its changed fields (updates) or the field and the reason, in French (rejections and the like).
/// </summary>
public sealed record PlanEntry(ImportOutcome Outcome, string Where, string Label, IReadOnlyList<FieldChange> Changes, string? Field = null, string? Reason = null)
{
    public static PlanEntry Rejected(string where, string label, string field, string reason) => new(ImportOutcome.Reject, where, label, [], field, reason);
    public static PlanEntry Ignored(string where, string label, string reason) => new(ImportOutcome.Ignore, where, label, [], null, reason);
}
