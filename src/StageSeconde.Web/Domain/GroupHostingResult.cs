namespace StageSeconde.Web.Domain;

/// <summary>What a group hosting did: a draft for some pupils, the others skipped with their reasons.</summary>
public sealed record GroupHostingResult(IReadOnlyList<DraftedPupil> Drafted, IReadOnlyList<SkippedPupil> Skipped);
