using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using StageSeconde.FunctionalTests.Features.UserAccounts;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.OnlineSignatures;
using StageSeconde.Web.Features.SignatureReminders;
using StageSeconde.Web.Infrastructure.Outbox;
using Reminders = StageSeconde.Web.Features.SignatureReminders.SignatureReminders;

namespace StageSeconde.FunctionalTests.Features.SignatureReminders;

/// <summary>The application on a fake clock, with a real SMTP server and no background work: the tests drive the reminders and the dispatcher.</summary>
public sealed class ReminderMailApp : MailTestApp
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2027, 5, 3, 8, 0, 0, TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Outbox:Enabled", "false");
        builder.UseSetting("Snapshots:Enabled", "false");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    public Reminders Reminders() =>
        new(Services.GetRequiredService<IServiceScopeFactory>(), Clock, Options.Create(new OutboxOptions()), NullLogger<Reminders>.Instance);

    public OutboxDispatcher Dispatcher() =>
        new(Services.GetRequiredService<IServiceScopeFactory>(), Clock, Options.Create(new OutboxOptions()), NullLogger<OutboxDispatcher>.Instance);
}

/// <summary>A party who has not signed is reminded once every « Relancer après » days, through the outbox, even with two instances.</summary>
public sealed class SignatureRemindersTests(ReminderMailApp app) : IClassFixture<ReminderMailApp>
{
    /// <summary>A validated convention whose host representative was sent a link (valid 15 days) at the clock's time.</summary>
    private async Task<(SignatureRequest Request, string Token)> PendingRequestAsync(string email, bool unreadableToken = false)
    {
        var world = await SchoolWorld.CreateAsync(app);
        var agreement = await AgreementFactory.CreateAsync(app, world, AgreementState.Validated);
        var now = app.Clock.GetUtcNow();
        var token = AgreementLink.NewToken();
        var protector = app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(SignatureCollection.ProtectionPurpose);
        var request = await app.WithDbAsync(async db =>
        {
            var version = new AgreementVersion(world.School.Id, agreement.Id, 1, new string('a', 64), "v1.pdf", 10, now);
            db.AgreementVersions.Add(version);
            await db.SaveChangesAsync();
            var request = new SignatureRequest(world.School.Id, agreement.Id, version.Id, SignatureParty.HostRepresentative, null, "Hélène Tutrice", email, now);
            db.SignatureRequests.Add(request);
            var link = new AgreementLink(world.School.Id, agreement.Id, LinkPurpose.Signature, AgreementLink.Hash(token),
                unreadableToken ? "pas-un-jeton-chiffre" : protector.Protect(token), now, "test", now.AddDays(15), "hote");
            db.AgreementLinks.Add(link);
            await db.SaveChangesAsync();
            request.UseLink(link.Id);
            await db.SaveChangesAsync();
            return request;
        });
        return (request, token);
    }

    private Task<List<OutboxMessage>> RemindersAsync(int requestId) =>
        app.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.RelatedId == requestId && m.Topic == Reminders.Topic).ToListAsync());

    private Task<SignatureRequest> ReloadAsync(int id) =>
        app.WithDbAsync(db => db.SignatureRequests.IgnoreQueryFilters().AsNoTracking().SingleAsync(r => r.Id == id));

    /// <summary>
    /// Moves the shared clock to <paramref name="earliest"/>, or to the next day at 08:00 when another test of the class went
    /// past it already: the tests run in an order of xunit's choosing (not the same in the PostgreSQL project), and time never
    /// goes back, the reminders' lease being in the database.
    /// </summary>
    private void StartAt(DateTimeOffset earliest)
    {
        var now = app.Clock.GetUtcNow();
        app.Clock.SetUtcNow(now < earliest ? earliest : new DateTimeOffset(now.UtcDateTime.Date.AddDays(1).AddHours(8), TimeSpan.Zero));
    }

    [Fact]
    public async Task A_party_is_reminded_once_after_the_delay_with_the_same_link_and_again_after_as_many_days()
    {
        StartAt(new DateTimeOffset(2027, 5, 3, 8, 0, 0, TimeSpan.Zero));
        var email = $"hote.{Guid.NewGuid():N}@test.fr";
        var (request, token) = await PendingRequestAsync(email);
        var first = app.Reminders();
        var second = app.Reminders();

        // Before the school's 3 days: nothing.
        app.Clock.Advance(TimeSpan.FromDays(3) - TimeSpan.FromMinutes(1));
        Assert.Equal(0, (await first.RunOnceAsync(CancellationToken.None)).Reminded);
        Assert.Empty(await RemindersAsync(request.Id));

        // Due: two instances run one after the other (and a restart is a new instance): one reminder.
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        var runs = new[] { await first.RunOnceAsync(CancellationToken.None), await second.RunOnceAsync(CancellationToken.None), await app.Reminders().RunOnceAsync(CancellationToken.None) };
        Assert.Equal(1, runs.Sum(r => r.Reminded));
        var reminder = Assert.Single(await RemindersAsync(request.Id));
        Assert.Equal(email, reminder.To);
        var stored = await ReloadAsync(request.Id);
        Assert.Equal(1, stored.RemindersSent);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, stored.LastRemindedAt);

        // Sent through the outbox to the SMTP server, with the party's existing link.
        await app.Dispatcher().RunOnceAsync(CancellationToken.None);
        Assert.True(await MailTestApp.EventuallyAsync(() => Task.FromResult(app.To(email).Count == 1)));
        Assert.Contains(SignatureLinkAddress.Path(token), app.To(email).Single().TextBody);

        // Three more days: a second reminder, once.
        app.Clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal(1, (await first.RunOnceAsync(CancellationToken.None)).Reminded);
        Assert.Equal(0, (await second.RunOnceAsync(CancellationToken.None)).Reminded);
        Assert.Equal(2, (await RemindersAsync(request.Id)).Count);
        Assert.Equal(2, (await ReloadAsync(request.Id)).RemindersSent);
    }

    [Fact]
    public async Task No_reminder_once_the_link_expired_and_an_unreadable_link_becomes_ask_the_lycee()
    {
        StartAt(new DateTimeOffset(2027, 5, 20, 8, 0, 0, TimeSpan.Zero));
        var (expiring, _) = await PendingRequestAsync($"expire.{Guid.NewGuid():N}@test.fr");
        var (unreadable, _) = await PendingRequestAsync($"illisible.{Guid.NewGuid():N}@test.fr", unreadableToken: true);

        app.Clock.Advance(TimeSpan.FromDays(4));
        await app.Reminders().RunOnceAsync(CancellationToken.None);
        var asked = Assert.Single(await RemindersAsync(unreadable.Id));
        Assert.Contains("demandez-en un nouveau au lycée", asked.Body);
        Assert.DoesNotContain("/s/", asked.Body);
        Assert.Single(await RemindersAsync(expiring.Id));

        // Past the link's 15 days: nothing more.
        app.Clock.Advance(TimeSpan.FromDays(12));
        await app.Reminders().RunOnceAsync(CancellationToken.None);
        Assert.Single(await RemindersAsync(expiring.Id));
    }
}
