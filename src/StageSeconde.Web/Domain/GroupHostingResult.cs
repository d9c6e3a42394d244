namespace StageSeconde.Web.Domain;

/// <summary>What a group hosting did: a draft for some students, the others skipped with their reasons.</summary>
public sealed record GroupHostingResult(IReadOnlyList<DraftedStudent> Drafted, IReadOnlyList<SkippedStudent> Skipped);
