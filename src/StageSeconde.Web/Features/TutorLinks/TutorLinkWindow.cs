namespace StageSeconde.Web.Features.TutorLinks;

/// <summary>
/// The tutor's link opens a week before the convention's first day and closes a week after its last day (Paris dates,
/// both ends included): long enough to announce an absence the week before and to report one late, short enough that a
/// link found on an old copy of the convention leads nowhere.
/// </summary>
public static class TutorLinkWindow
{
    public const int DaysAround = 7;

    public static DateOnly OpensOn(DateOnly firstDay) => firstDay.AddDays(-DaysAround);

    public static DateOnly ClosesAfter(DateOnly lastDay) => lastDay.AddDays(DaysAround);

    public static TutorLinkPeriod PeriodOn(DateOnly today, DateOnly firstDay, DateOnly lastDay) =>
        today < OpensOn(firstDay) ? TutorLinkPeriod.NotYetOpen
        : today > ClosesAfter(lastDay) ? TutorLinkPeriod.Closed
        : TutorLinkPeriod.Open;
}
