using StageSeconde.Web.Features.TutorLinks;

namespace StageSeconde.Web.Features.TutorReport;

/// <summary>Why a known link does not open its form (revoked or cancelled, not yet open, closed), with whom to call instead.</summary>
public sealed record TutorLinkRefusal(TutorLinkPeriod? Period, DateOnly OpensOn, DateOnly ClosedAfter, string SchoolName, string? SchoolPhone, string? ReferentName, string? ReferentPhone)
{
    /// <summary>Revoked (or its convention cancelled), rather than outside its days.</summary>
    public bool IsRevoked => Period is null;
}
