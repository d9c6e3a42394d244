namespace StageSeconde.Web.Features.TutorLinks;

/// <summary>A tutor's link found by its token: which school and convention, and whether it was revoked.</summary>
public sealed record TutorLinkMatch(int LinkId, int SchoolId, int AgreementId, bool IsRevoked);
