using StageSeconde.Web.Features.MyStudents;

namespace StageSeconde.UnitTests.Features.MyStudents;

public sealed class ContactDeadlineTests
{
    // Monday 14 June 2027 (Paris = UTC+2) and Monday 15 March 2027 (Paris = UTC+1).
    private static readonly DateOnly June = new(2027, 6, 14);
    private static readonly DateOnly March = new(2027, 3, 15);

    private static DateTimeOffset Utc(int month, int day, int hour, int minute) => new(2027, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void The_first_day_ends_at_six_pm_paris_time_in_summer_and_in_winter()
    {
        Assert.Equal(new DateTime(2027, 6, 14, 16, 0, 0), ContactDeadline.Due(June));
        Assert.Equal(new DateTime(2027, 3, 15, 17, 0, 0), ContactDeadline.Due(March));
    }

    [Fact]
    public void A_student_never_contacted_is_missed_from_six_pm_not_a_minute_before()
    {
        Assert.False(ContactDeadline.IsMissed(June, null, Utc(6, 14, 15, 59)));
        Assert.True(ContactDeadline.IsMissed(June, null, Utc(6, 14, 16, 0)));
        Assert.True(ContactDeadline.IsMissed(June, null, Utc(6, 16, 8, 0)));
    }

    [Fact]
    public void A_contact_counts_from_midnight_of_the_first_day_and_not_the_evening_before()
    {
        var at = Utc(6, 15, 9, 0);

        Assert.False(ContactDeadline.IsMissed(June, new DateTime(2027, 6, 13, 22, 0, 0), at));
        Assert.True(ContactDeadline.IsMissed(June, new DateTime(2027, 6, 13, 21, 59, 0), at));
    }

    [Theory]
    [InlineData(15, 59, 13)]
    [InlineData(16, 0, 14)]
    [InlineData(21, 59, 14)]
    [InlineData(22, 0, 14)]
    public void The_last_first_day_due_changes_at_six_pm_paris_time(int hour, int minute, int expectedDay)
    {
        Assert.Equal(new DateOnly(2027, 6, expectedDay), ContactDeadline.LastDueFirstDay(Utc(6, 14, hour, minute)));
    }
}
