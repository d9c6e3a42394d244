using StageSeconde.Web.Domain;

namespace StageSeconde.UnitTests.Domain;

public sealed class SchoolHoursTests
{
    private static readonly SchoolHours Hours = SchoolHours.Default;

    /// <summary>Paris time in June is UTC+2.</summary>
    private static DateTimeOffset Paris(int month, int day, int hour, int minute) => new(2027, month, day, hour, minute, 0, TimeSpan.FromHours(2));

    [Fact]
    public void During_opening_hours_the_delay_is_plain_minutes()
    {
        Assert.Equal(Paris(6, 15, 10, 30), Hours.AddOpenMinutes(Paris(6, 15, 10, 0), 30));
    }

    [Fact]
    public void A_delay_that_crosses_closing_time_goes_on_at_the_next_opening()
    {
        Assert.Equal(Paris(6, 16, 8, 20), Hours.AddOpenMinutes(Paris(6, 15, 17, 50), 30));
        Assert.Equal(Paris(6, 15, 18, 0), Hours.AddOpenMinutes(Paris(6, 15, 17, 30), 30));
    }

    [Fact]
    public void Before_opening_and_at_night_the_count_starts_at_opening()
    {
        Assert.Equal(Paris(6, 15, 8, 30), Hours.AddOpenMinutes(Paris(6, 15, 6, 45), 30));
        Assert.Equal(Paris(6, 16, 8, 30), Hours.AddOpenMinutes(Paris(6, 15, 22, 0), 30));
    }

    [Fact]
    public void The_weekend_is_skipped_unless_the_lycee_opens_on_saturday()
    {
        var fridayEvening = Paris(6, 18, 17, 45);

        Assert.Equal(Paris(6, 21, 8, 15), Hours.AddOpenMinutes(fridayEvening, 30));
        Assert.Equal(Paris(6, 19, 8, 15), (Hours with { OnSaturday = true }).AddOpenMinutes(fridayEvening, 30));
    }

    [Fact]
    public void A_long_delay_spans_several_days()
    {
        // 10 h a day: 25 h from Monday 8:00 ends on Wednesday 13:00.
        Assert.Equal(Paris(6, 16, 13, 0), Hours.AddOpenMinutes(Paris(6, 14, 8, 0), 25 * 60));
    }

    [Fact]
    public void Winter_time_is_counted_in_paris_time_too()
    {
        var mondayEveningUtc = new DateTimeOffset(2027, 1, 11, 16, 50, 0, TimeSpan.Zero); // 17:50 in Paris (UTC+1)

        Assert.Equal(new DateTimeOffset(2027, 1, 12, 7, 20, 0, TimeSpan.Zero), Hours.AddOpenMinutes(mondayEveningUtc, 30));
    }

    [Fact]
    public void Closing_before_opening_is_refused()
    {
        Assert.NotNull(SchoolHours.Problem(new TimeOnly(18, 0), new TimeOnly(8, 0)));
        Assert.Null(SchoolHours.Problem(new TimeOnly(8, 0), new TimeOnly(18, 0)));
    }
}
