namespace StageSeconde.Web.Features.TutorLinks;

/// <summary>A link of the convention, for its history: who issued it and when, who revoked it and when.</summary>
public sealed record TutorLinkRow(DateTime IssuedAt, string IssuedBy, DateTime? RevokedAt, string? RevokedBy);
