namespace StageSeconde.Web.Features.Referents;

/// <summary>The referent proposed for a student, and why.</summary>
public sealed record ProposedReferent(int StudentId, int? TeacherId, bool Kept, string Reason);
