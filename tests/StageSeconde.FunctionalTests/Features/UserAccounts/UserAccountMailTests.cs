using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using SmtpServer;
using SmtpServer.ComponentModel;
using SmtpServer.Protocol;
using SmtpServer.Storage;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Features.UserAccounts;

/// <summary>The application configured with a real SMTP server, run in the test process on a free loopback port.</summary>
public sealed class MailTestApp : TestApp
{
    private readonly CancellationTokenSource _stop = new();
    private bool _stopped;

    public MailTestApp()
    {
        Port = FreeLoopbackPort();
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new ServiceProvider();
        services.Add(new Store(Messages));
        SmtpHost = new global::SmtpServer.SmtpServer(options, services);
        _ = SmtpHost.StartAsync(_stop.Token);
        WaitUntilListening(Port);
    }

    public int Port { get; }
    public global::SmtpServer.SmtpServer SmtpHost { get; }
    public ConcurrentQueue<MimeMessage> Messages { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Smtp:Host", "127.0.0.1");
        builder.UseSetting("Smtp:Port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>A port nothing listens on right now (the OS picks it, then it is released).</summary>
    public static int FreeLoopbackPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private static void WaitUntilListening(int port)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(50);
            }
        }
    }

    /// <summary>WebApplicationFactory's Dispose calls back into itself: stop the SMTP server once.</summary>
    protected override void Dispose(bool disposing)
    {
        if (disposing && !_stopped)
        {
            _stopped = true;
            _stop.Cancel();
            _stop.Dispose();
        }
        base.Dispose(disposing);
    }

    private sealed class Store(ConcurrentQueue<MimeMessage> messages) : MessageStore
    {
        public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            messages.Enqueue(MimeMessage.Load(stream, cancellationToken));
            return Task.FromResult(SmtpResponse.Ok);
        }
    }
}

public sealed class UserAccountMailTests(MailTestApp app) : IClassFixture<MailTestApp>
{
    [Fact]
    public async Task With_smtp_configured_the_set_password_link_is_emailed_in_french_and_works()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var admin = await app.SignInAsAsync(Roles.Administrateur, world.School.Id);
        var url = $"/comptes/personnel/{world.Staff.Id}";

        var response = await admin.PostFormAsync(url, $"{url}/creer", new() { ["Form.Roles"] = Roles.Secretariat });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Contains($"envoyé par courriel à {world.Staff.Email}", page.QuerySelector("#set-password-link")!.TextContent);
        var shown = page.QuerySelector("#set-password-url")!.TextContent.Trim();

        var message = Assert.Single(app.Messages, m => m.To.Mailboxes.Any(b => b.Address == world.Staff.Email));
        Assert.Equal("StageSeconde : choisissez votre mot de passe", message.Subject);
        Assert.Contains(shown, message.TextBody);
        Assert.Contains("valable 3 jours", message.TextBody);
        Assert.Contains($"Bonjour Alex {world.Staff.LastName.ToUpperInvariant()},", message.TextBody);

        var link = message.TextBody!.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("http://", StringComparison.Ordinal));
        var set = await UserAccountsTests.SetPasswordAsync(app.AnonymousClient(), link, "Depuis-Le-Courriel-2027!");
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        using var newcomer = await app.SignInAsync(world.Staff.Email, "Depuis-Le-Courriel-2027!");
        Assert.Equal("/eleves", (await newcomer.GetAsync("/")).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task When_sending_fails_the_administrator_is_told_to_pass_the_link_on_by_hand()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var adminEmail = await app.CreateUserAsync(world.School.Id, Roles.Administrateur);
        // The same application and database, with an SMTP port nobody listens on.
        using var broken = app.WithWebHostBuilder(b => b.UseSetting("Smtp:Port", MailTestApp.FreeLoopbackPort().ToString(System.Globalization.CultureInfo.InvariantCulture)));
        using var admin = new AppClient(broken.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
        var signIn = await admin.PostFormAsync("/connexion", "/connexion", new() { ["Email"] = adminEmail, ["Password"] = TestApp.Password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var url = $"/comptes/personnel/{world.Staff.Id}";

        var response = await admin.PostFormAsync(url, $"{url}/creer", new() { ["Form.Roles"] = Roles.Cpe });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Contains("Le courriel n'a pas pu être envoyé", page.QuerySelector(".fr-alert--warning")!.TextContent);
        Assert.Contains("transmis à la main", page.QuerySelector("#set-password-link")!.TextContent);
        Assert.StartsWith("http://localhost/definir-mot-de-passe?userId=", page.QuerySelector("#set-password-url")!.TextContent.Trim());
        Assert.True(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.StaffMemberId == world.Staff.Id)));
    }
}
