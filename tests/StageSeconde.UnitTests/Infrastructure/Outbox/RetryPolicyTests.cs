using StageSeconde.Web.Infrastructure.Outbox;

namespace StageSeconde.UnitTests.Infrastructure.Outbox;

public sealed class RetryPolicyTests
{
    private static readonly DateTimeOffset FailedAt = new(2027, 6, 15, 8, 0, 0, TimeSpan.Zero);
    private static readonly RetryPolicy Defaults = new OutboxOptions().RetryPolicy;

    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(3, 120)]
    [InlineData(5, 480)]
    [InlineData(6, 960)]
    public void The_delay_starts_at_the_first_delay_and_doubles_after_each_failure(int failures, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), Defaults.Delay(failures));

    [Theory]
    [InlineData(7)]
    [InlineData(20)]
    [InlineData(53)]
    [InlineData(int.MaxValue)]
    public void The_delay_never_exceeds_the_longest_delay(int failures) =>
        Assert.Equal(TimeSpan.FromMinutes(30), Defaults.Delay(failures));

    [Fact]
    public void The_next_attempt_is_the_failure_time_plus_the_delay()
    {
        Assert.Equal(FailedAt.AddSeconds(30), Defaults.NextAttempt(1, FailedAt));
        Assert.Equal(FailedAt.AddMinutes(16), Defaults.NextAttempt(6, FailedAt));
        Assert.Equal(FailedAt.AddMinutes(30), Defaults.NextAttempt(7, FailedAt));
    }

    [Fact]
    public void The_last_allowed_attempt_failing_gives_up()
    {
        var policy = new RetryPolicy(TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(30), maxAttempts: 3);

        Assert.NotNull(policy.NextAttempt(2, FailedAt));
        Assert.Null(policy.NextAttempt(3, FailedAt));
        Assert.Null(policy.NextAttempt(4, FailedAt));
    }

    [Fact]
    public void One_attempt_allowed_gives_up_at_the_first_failure() =>
        Assert.Null(new RetryPolicy(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1), 1).NextAttempt(1, FailedAt));

    [Fact]
    public void With_the_defaults_a_message_is_given_up_about_a_day_after_its_first_attempt()
    {
        var at = FailedAt;
        var failures = 0;
        DateTimeOffset? next = at;
        while (next is { } retry)
        {
            at = retry;
            failures++;
            next = Defaults.NextAttempt(failures, at);
        }

        Assert.Equal(Defaults.MaxAttempts, failures);
        var lastAttempt = at - FailedAt;
        Assert.InRange(lastAttempt, TimeSpan.FromHours(23), TimeSpan.FromHours(25));
    }

    [Fact]
    public void Nonsense_settings_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RetryPolicy(TimeSpan.Zero, TimeSpan.FromMinutes(1), 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RetryPolicy(TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(1), 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RetryPolicy(TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1), 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Defaults.Delay(0));
    }
}
