using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;
using StageSeconde.FunctionalTests.Features.MyStudents;
using StageSeconde.FunctionalTests.Features.UserAccounts;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Outbox;

namespace StageSeconde.FunctionalTests.Features.OnlineSignatures;

/// <summary>
/// The application with a real SMTP server, on a clock the tests set, without the background dispatcher: a test delivers the
/// outbox when it wants (<see cref="DeliverAsync"/>) and reads the links and codes from the mailboxes.
/// </summary>
public sealed partial class SignatureTestApp : MailTestApp
{
    public const string PublicBase = "https://stageseconde.example.fr";

    public SettableClock Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Outbox:Enabled", "false");
        builder.UseSetting("Snapshots:Enabled", "false");
        builder.UseSetting("RateLimits:LinkPages:PermitLimit", "10000");
        builder.UseSetting("App:PublicUrl", PublicBase);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>Sends what the outbox holds, as the dispatcher would.</summary>
    public async Task DeliverAsync()
    {
        var dispatcher = new OutboxDispatcher(Services.GetRequiredService<IServiceScopeFactory>(), Clock, Options.Create(new OutboxOptions()), NullLogger<OutboxDispatcher>.Instance);
        await dispatcher.RunOnceAsync(CancellationToken.None);
    }

    /// <summary>The path (« /s/… ») of the last signing link e-mailed to <paramref name="address"/>.</summary>
    public string LinkTo(string address)
    {
        var mail = To(address).LastOrDefault(m => LinkPattern().IsMatch(m.TextBody ?? ""))
                   ?? throw new InvalidOperationException($"Aucun lien de signature reçu par {address}.");
        return LinkPattern().Matches(mail.TextBody ?? "").Last().Groups["path"].Value;
    }

    /// <summary>The last one-time code e-mailed to <paramref name="address"/>.</summary>
    public string CodeTo(string address)
    {
        var mail = To(address).LastOrDefault(m => (m.Subject ?? "").Contains("code", StringComparison.Ordinal))
                   ?? throw new InvalidOperationException($"Aucun code reçu par {address}.");
        return CodePattern().Match(mail.TextBody ?? "").Value;
    }

    /// <summary>A school with a validated convention whose every party has an address of its own; the secrétariat's client.</summary>
    public async Task<SignatureWorld> WorldAsync(bool studentEmail = true)
    {
        var world = await SchoolWorld.CreateAsync(this);
        var n = Guid.NewGuid().ToString("N")[..8];
        var (host, guardian, student) = ($"accueil.{n}@example.fr", $"parent.{n}@example.fr", studentEmail ? $"eleve.{n}@example.fr" : null);
        await WithDbAsync(async db =>
        {
            await db.HostOrganisations.IgnoreQueryFilters().Where(h => h.Id == world.Host.Id).ExecuteUpdateAsync(s => s.SetProperty(h => h.Email, host));
            await db.Guardians.IgnoreQueryFilters().Where(g => g.Id == world.Guardian.Id).ExecuteUpdateAsync(s => s.SetProperty(g => g.Email, guardian));
            await db.Students.IgnoreQueryFilters().Where(s => s.Id == world.Student.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Email, student));
        });
        var agreement = await AgreementFactory.CreateAsync(this, world, AgreementState.Validated);
        var secretary = await CreateUserAsync(world.School.Id, Roles.Secretariat);
        return new SignatureWorld(world, agreement.Id, host, guardian, student, secretary, await SignInAsync(secretary));
    }

    [GeneratedRegex(@"https://stageseconde\.example\.fr(?<path>/s/[A-Za-z0-9_-]{22})")]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex CodePattern();
}

/// <summary>A validated convention and the addresses its parties read.</summary>
public sealed record SignatureWorld(SchoolWorld School, int AgreementId, string HostEmail, string GuardianEmail, string? StudentEmail, string SecretaryEmail, AppClient Secretary)
{
    public string AgreementUrl => $"/conventions/{AgreementId}";
}
