using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using StageSeconde.FunctionalTests.Features.UserAccounts;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Infrastructure.Outbox;

/// <summary>
/// The background dispatcher polls only once an hour here: a message written by this instance still leaves at once,
/// because the save (or the commit of its transaction) wakes the dispatcher up (OutboxSignal). Were the wake-up broken,
/// the messages would wait for the hour and these tests would fail.
/// </summary>
public sealed class OutboxWakeUpTests(OutboxWakeUpTests.HourlyPollApp app) : IClassFixture<OutboxWakeUpTests.HourlyPollApp>
{
    public sealed class HourlyPollApp : MailTestApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Outbox:PollInterval", "01:00:00");
        }
    }

    private async Task WriteAsync(string to, bool inTransaction)
    {
        // Through the execution strategy, as the application does: a server provider retries a transaction as a whole.
        await app.WithDbAsync(db => db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = inTransaction ? await db.Database.BeginTransactionAsync() : null;
            db.OutboxMessages.Add(new OutboxMessage(null, to, "Réveil", "Corps", OutboxTopics.AbsenceAlert, null, TimeProvider.System.GetUtcNow()));
            await db.SaveChangesAsync();
            if (transaction is not null) await transaction.CommitAsync();
        }));
    }

    private async Task<bool> ArrivesAsync(string to)
    {
        for (var i = 0; i < 300 && app.To(to).Count == 0; i++) await Task.Delay(100);
        return app.To(to).Count == 1;
    }

    [Fact]
    public async Task A_message_saved_then_another_saved_in_a_transaction_both_leave_without_waiting_for_the_poll()
    {
        // The first one may leave with the dispatcher's first run at start-up; after it, the dispatcher waits for the hour.
        await WriteAsync("premier@lycee.fr", inTransaction: false);
        Assert.True(await ArrivesAsync("premier@lycee.fr"));

        await WriteAsync("deuxieme@lycee.fr", inTransaction: false);
        Assert.True(await ArrivesAsync("deuxieme@lycee.fr"));

        await WriteAsync("troisieme@lycee.fr", inTransaction: true);
        Assert.True(await ArrivesAsync("troisieme@lycee.fr"));
    }
}
