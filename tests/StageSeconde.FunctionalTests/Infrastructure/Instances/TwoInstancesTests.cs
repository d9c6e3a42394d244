using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using StageSeconde.FunctionalTests.Features.UserAccounts;
using StageSeconde.FunctionalTests.Features.Validation;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Web.Infrastructure.Background;
using StageSeconde.Web.Infrastructure.Outbox;

namespace StageSeconde.FunctionalTests.Infrastructure.Instances;

/// <summary>
/// Two instances of the application on one PostgreSQL database (docs/decisions/0019-plusieurs-instances.md): they start
/// together, share sessions, antiforgery tokens and files, and do the background work once between them.
/// </summary>
public sealed class TwoInstancesTests(TwoInstances instances) : IClassFixture<TwoInstances>
{
    private InstanceApp A => instances.A;
    private InstanceApp B => instances.B;

    [PostgresFact]
    public async Task Started_together_on_an_empty_database_they_migrate_it_and_create_the_roles_and_one_key_ring()
    {
        Assert.Empty(await A.WithDbAsync(db => db.Database.GetPendingMigrationsAsync()));
        var roles = await A.WithDbAsync(db => db.Roles.Select(r => r.Name!).ToListAsync());
        Assert.Equal(Roles.All.Order(), roles.Order());

        // Both instances' first requests at the same moment: they sign with the key created at start-up, not each with its own.
        await Task.WhenAll(Task.Run(() => A.AnonymousClient().TokenFromAsync("/connexion")), Task.Run(() => B.AnonymousClient().TokenFromAsync("/connexion")));
        Assert.Equal(1, await A.WithDbAsync(db => db.DataProtectionKeys.CountAsync()));
    }

    [PostgresFact]
    public async Task A_session_opened_on_one_instance_is_valid_on_the_other_with_its_antiforgery_tokens()
    {
        var world = await SchoolWorld.CreateAsync(A);
        var agreement = await AgreementFactory.CreateAsync(A, world, AgreementState.Validated);
        var email = await A.CreateUserAsync(world.School.Id, Roles.Secretariat);
        var browser = new CookieContainer();
        using var onA = A.ClientWith(browser);
        using var onB = B.ClientWith(browser);

        var signIn = await onA.PostFormAsync("/connexion", "/connexion", new() { ["Email"] = email, ["Password"] = TestApp.Password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.DoesNotContain("/connexion", signIn.Headers.Location!.OriginalString, StringComparison.Ordinal);

        // The sign-in cookie made by A opens B's pages.
        using (var page = await onB.GetAsync($"/conventions/{agreement.Id}/signatures"))
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        // A form shown by A, posted to B: B accepts A's antiforgery token; the file B stored is downloaded from A.
        var tokenFromA = await onA.TokenFromAsync($"/conventions/{agreement.Id}/signatures");
        var upload = await UploadAsync(onB, agreement.Id, tokenFromA, Conventions.Pdf);
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var scanId = await A.WithDbAsync(db => db.AgreementScans.IgnoreQueryFilters().Where(s => s.AgreementId == agreement.Id).Select(s => s.Id).SingleAsync());
        foreach (var client in new[] { onA, onB })
        {
            using var download = await client.GetAsync($"/conventions/scans/{scanId}");
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal(Conventions.Pdf, await download.Content.ReadAsByteArrayAsync());
        }

        // Without A's session, B refuses the same post: the test above is not passing by accident.
        using var stranger = B.ClientWith(new CookieContainer());
        using (await UploadAsync(stranger, agreement.Id, tokenFromA, Conventions.Pdf)) { }
        Assert.Equal(1, await A.WithDbAsync(db => db.AgreementScans.IgnoreQueryFilters().CountAsync(s => s.AgreementId == agreement.Id)));
    }

    [PostgresFact]
    public async Task Each_outbox_message_is_sent_once_although_both_instances_send()
    {
        var subjects = Enumerable.Range(1, 30).Select(i => $"Deux instances {Guid.NewGuid():N} n° {i}").ToList();
        var now = TimeProvider.System.GetUtcNow();
        await A.WithDbAsync(async db =>
        {
            db.OutboxMessages.AddRange(subjects.Select(s => new OutboxMessage(null, "direction@lycee.test", s, "Corps", OutboxTopics.AbsenceAlert, null, now)));
            await db.SaveChangesAsync();
        });

        // Both instances' dispatchers run in the background; two more (as if two more instances ran) are run by hand at the
        // same moment, again and again (a dispatcher's own runs follow one another: each needs its own holder).
        var (dispatcherC, dispatcherD) = (Dispatcher(A), Dispatcher(B));
        var allSent = await MailTestApp.EventuallyAsync(async () =>
        {
            await Task.WhenAll(Task.Run(() => dispatcherC.RunOnceAsync(CancellationToken.None)), Task.Run(() => dispatcherD.RunOnceAsync(CancellationToken.None)));
            return await A.WithDbAsync(db => db.OutboxMessages.CountAsync(m => subjects.Contains(m.Subject) && m.Status == OutboxStatus.Sent)) == subjects.Count;
        });
        Assert.True(allSent);
        await Task.Delay(TimeSpan.FromSeconds(1));   // a second sending would have reached the server by now

        var received = instances.Smtp.Messages.Select(m => m.Subject ?? "").Where(s => subjects.Contains(s)).ToList();
        Assert.Equal(subjects.Order(), received.Order());
        AssertNoFailedRun();
    }

    [PostgresFact]
    public async Task The_daily_snapshot_is_taken_once_per_school_and_day()
    {
        var worlds = new List<SchoolWorld>();
        for (var i = 0; i < 3; i++) worlds.Add(await SchoolWorld.CreateAsync(A));
        var ids = worlds.Select(w => w.School.Id).ToList();
        var today = TimeProvider.System.TodayInParis();

        // Today's, by the two instances' background services (a run every 300 ms each).
        Assert.True(await MailTestApp.EventuallyAsync(async () => await SnapshotsAsync(ids, today) == ids.Count));
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(ids.Count, await SnapshotsAsync(ids, today));

        // Tomorrow's, by both instances at the same moment, round after round: one run does each school's, the others nothing.
        var tomorrow = new FakeTimeProvider(TimeProvider.System.GetUtcNow().AddDays(1));
        var services = new[] { A, B, A, B }.Select(app => new SnapshotService(app.Services.GetRequiredService<IServiceScopeFactory>(), tomorrow,
            Options.Create(new SnapshotOptions()), NullLogger<SnapshotService>.Instance)).ToList();
        var runs = new List<SnapshotRun>();
        for (var round = 0; round < 5; round++)
        {
            var results = await Task.WhenAll(services.Select(s => Task.Run(() => s.RunOnceAsync(CancellationToken.None))));
            Assert.True(results.Count(r => r.Recorded > 0) <= 1, $"Au tour {round}, plusieurs passages ont enregistré des relevés.");
            runs.AddRange(results);
        }
        // The background services' lease was taken on the fake clock: give it back to them.
        await A.WithDbAsync(db => db.BackgroundLeases.Where(l => l.Name == SnapshotService.LeaseName).ExecuteDeleteAsync());

        Assert.True(runs.Sum(r => r.Recorded) >= ids.Count);
        Assert.Equal(ids.Count, await SnapshotsAsync(ids, tomorrow.TodayInParis()));
        AssertNoFailedRun();
    }

    [PostgresFact]
    public async Task Contenders_on_both_instances_get_exactly_one_lease()
    {
        // The leases every background job and the imports of a school take (ImportService: « import-{school} »).
        var name = $"import-essai-{Guid.NewGuid():N}";
        var contenders = Enumerable.Range(0, 8).Select(i => (App: i % 2 == 0 ? A : B, Holder: $"contender-{i}")).ToList();

        var results = await Task.WhenAll(contenders.Select(c => Task.Run(() =>
            c.App.WithDbAsync(db => new LeaseStore(db, TimeProvider.System).TryAcquireAsync(name, c.Holder, TimeSpan.FromMinutes(1))))));

        Assert.Equal(1, results.Count(taken => taken));
        Assert.Equal(1, await A.WithDbAsync(db => db.BackgroundLeases.CountAsync(l => l.Name == name)));
    }

    [PostgresFact]
    public async Task Failed_sign_ins_on_both_instances_add_up_and_lock_the_account_on_both()
    {
        var email = await A.CreateUserAsync(null, Roles.Academie);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var app = attempt % 2 == 0 ? A : B;
            await app.AnonymousClient().PostFormAsync("/connexion", "/connexion", new() { ["Email"] = email, ["Password"] = "Mauvais-Mot-de-passe-1!" });
        }

        Assert.True(await B.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.LockoutEnd).SingleAsync()) > DateTimeOffset.UtcNow);
        await Assert.ThrowsAsync<InvalidOperationException>(() => A.SignInAsync(email));
        await Assert.ThrowsAsync<InvalidOperationException>(() => B.SignInAsync(email));
    }

    private static OutboxDispatcher Dispatcher(InstanceApp app) =>
        new(app.Services.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System, Options.Create(new OutboxOptions()), NullLogger<OutboxDispatcher>.Instance);

    private Task<int> SnapshotsAsync(List<int> schoolIds, DateOnly day) =>
        A.WithDbAsync(db => db.PlacementSnapshots.IgnoreQueryFilters().CountAsync(s => schoolIds.Contains(s.SchoolId) && s.Day == day));

    /// <summary>No background run of either instance failed (a lost race surfacing as an error would be logged here).</summary>
    private void AssertNoFailedRun()
    {
        foreach (var app in new[] { A, B })
            Assert.DoesNotContain(app.LogLines(), line => line.Contains("Échec d'un passage", StringComparison.Ordinal));
    }

    private static async Task<HttpResponseMessage> UploadAsync(AppClient client, int agreementId, string token, byte[] content)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "scan", "convention.pdf");
        return await client.Http.PostAsync($"/conventions/{agreementId}/scans", form);
    }
}

/// <summary>Two instances starting together on an empty database with the demo data asked: the data is created once.</summary>
public sealed class TwoInstancesDemoSeedTests
{
    [PostgresFact]
    public async Task Started_together_with_demo_data_they_create_it_once()
    {
        await using var database = await TestPostgres.CreateDatabaseAsync("instances_demo");
        var storage = Path.Combine(Path.GetTempPath(), "stageseconde-tests", "instances-" + Guid.NewGuid().ToString("N"));
        using var smtp = new SmtpSink();
        using var a = new InstanceApp(database.ConnectionString, storage, smtp.Port, demo: true);
        using var b = new InstanceApp(database.ConnectionString, storage, smtp.Port, demo: true);

        await TwoInstances.StartTogetherAsync(a, b);

        var schools = await a.WithDbAsync(db => db.Schools.IgnoreQueryFilters().Select(s => s.Uai).ToListAsync());
        Assert.NotEmpty(schools);
        Assert.Equal(schools.Distinct().Count(), schools.Count);
        var users = await a.WithDbAsync(db => db.Users.Select(u => u.NormalizedEmail).ToListAsync());
        Assert.Equal(users.Distinct().Count(), users.Count);
        // The demo's logins work on both.
        var login = DemoData.Logins.First(l => l.Role == Roles.Secretariat).Email;
        using var signedIn = await b.SignInAsync(login, DemoData.Password);
    }
}
