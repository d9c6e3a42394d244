namespace StageSeconde.Web.Features.TutorLinks;

/// <summary>Where today stands against the days the tutor's link is open.</summary>
public enum TutorLinkPeriod
{
    NotYetOpen,
    Open,
    Closed,
}
