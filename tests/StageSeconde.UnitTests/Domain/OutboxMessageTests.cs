using StageSeconde.Web.Domain;

namespace StageSeconde.UnitTests.Domain;

public sealed class OutboxMessageTests
{
    private static readonly DateTimeOffset At = new(2027, 6, 15, 8, 0, 0, TimeSpan.Zero);

    private static OutboxMessage Message() => new(1, "cpe@lycee.fr", "Absence", "Corps", OutboxTopics.AbsenceAlert, 4, At);

    [Fact]
    public void A_new_message_is_due_at_once()
    {
        var message = Message();

        Assert.Equal((OutboxStatus.Pending, At.UtcDateTime, 0), (message.Status, message.NextAttemptAt, message.AttemptCount));
    }

    [Fact]
    public void A_failure_is_recorded_and_retried_later_then_a_success_ends_it()
    {
        var message = Message();

        message.RecordFailure(At, "Connection refused", At.AddSeconds(30));
        message.RecordSent(At.AddSeconds(31));

        Assert.Equal(OutboxStatus.Sent, message.Status);
        Assert.Equal(2, message.AttemptCount);
        Assert.Equal([false, true], message.Attempts.Select(a => a.Succeeded));
        Assert.Equal("Connection refused", message.Attempts[0].Error);
        Assert.Null(message.LastError);
    }

    [Fact]
    public void A_sent_message_cannot_be_sent_or_failed_again()
    {
        var message = Message();
        message.RecordSent(At);

        Assert.Throws<InvalidOperationException>(() => message.RecordSent(At));
        Assert.Throws<InvalidOperationException>(() => message.RecordFailure(At, "x", At));
    }

    [Fact]
    public void Without_a_retry_time_the_message_is_given_up_and_only_then_can_be_sent_again_by_hand()
    {
        var message = Message();
        Assert.Throws<DomainException>(() => message.Retry(At));

        message.RecordFailure(At, new string('e', 5000), retryAt: null);
        Assert.Equal(OutboxStatus.GivenUp, message.Status);
        Assert.Equal(OutboxMessage.ErrorMaxLength, message.LastError!.Length);

        message.Retry(At.AddHours(1));
        Assert.Equal((OutboxStatus.Pending, At.AddHours(1).UtcDateTime), (message.Status, message.NextAttemptAt));
    }
}
