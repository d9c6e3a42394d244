using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Deployment;

/// <summary>
/// The defaults of a real deployment (docs/deploiement.md, docs/securite.md): no demo accounts in Production, the public
/// address required and never taken from the Host header, forwarded headers honoured from the configured proxy only,
/// data-protection keys encrypted when a certificate is configured.
/// </summary>
public sealed class DeploymentDefaultsTests
{
    private const string PublicAddress = "https://stageseconde.ac-exemple.fr";
    private const string PeerHeader = "X-Test-Peer";

    /// <summary>The application in Production; <see cref="PeerHeader"/> plays the TCP peer's address (the proxy's).</summary>
    private sealed class ProductionApp(Dictionary<string, string?> settings) : TestApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
            foreach (var (key, value) in settings) builder.UseSetting(key, value);
            builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, PeerAddressFilter>());
        }
    }

    private sealed class PeerAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(PeerHeader, out var peer)) context.Connection.RemoteIpAddress = IPAddress.Parse(peer!);
                return nextMiddleware(context);
            });
            next(app);
        };
    }

    [Fact]
    public void Production_refuses_to_start_without_its_public_address()
    {
        using var app = new ProductionApp(new() { ["App:PublicUrl"] = "" });

        var error = Assert.ThrowsAny<Exception>(() => app.Services);
        Assert.Contains("App:PublicUrl n'est pas renseigné", Flatten(error));
    }

    [Fact]
    public void Production_refuses_a_public_address_in_plain_http()
    {
        using var app = new ProductionApp(new() { ["App:PublicUrl"] = "http://stageseconde.ac-exemple.fr" });

        var error = Assert.ThrowsAny<Exception>(() => app.Services);
        Assert.Contains("doit commencer par https://", Flatten(error));
    }

    [Fact]
    public async Task Production_never_creates_the_demo_accounts_even_when_asked()
    {
        await using var app = new ProductionApp(new() { ["App:PublicUrl"] = PublicAddress, ["Demo:Seed"] = "true" });

        Assert.Equal(0, await app.CountAsync<School>());
        Assert.Equal(0, await app.CountAsync<ApplicationUser>());
    }

    [Fact]
    public async Task Behind_the_configured_proxy_the_request_is_https_the_cookie_secure_and_HSTS_sent()
    {
        await using var app = new ProductionApp(new() { ["App:PublicUrl"] = PublicAddress, ["ReverseProxy:KnownProxies"] = "10.1.2.3" });
        using var client = Client(app, peer: "10.1.2.3");

        var (signIn, page) = await SignInAsync(app, client);

        Assert.Contains(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("StageSeconde.Auth=", StringComparison.Ordinal) && c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        Assert.True(page.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Forwarded_headers_from_any_other_address_are_ignored()
    {
        await using var app = new ProductionApp(new() { ["App:PublicUrl"] = PublicAddress, ["ReverseProxy:KnownProxies"] = "10.1.2.3" });
        using var client = Client(app, peer: "10.9.9.9");

        var (signIn, page) = await SignInAsync(app, client);

        Assert.DoesNotContain(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("StageSeconde.Auth=", StringComparison.Ordinal) && c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        Assert.False(page.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Without_a_configured_proxy_no_forwarded_header_is_honoured_not_even_from_the_loopback()
    {
        await using var app = new ProductionApp(new() { ["App:PublicUrl"] = PublicAddress });
        using var client = Client(app, peer: "127.0.0.1");

        var (signIn, _) = await SignInAsync(app, client);

        Assert.DoesNotContain(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("StageSeconde.Auth=", StringComparison.Ordinal) && c.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Links_sent_by_e_mail_use_the_public_address_not_the_Host_header_the_client_chose()
    {
        await using var app = new ProductionApp(new() { ["App:PublicUrl"] = PublicAddress });
        var school = await app.AddAsync(TestData.School());
        using var admin = await app.SignInAsAsync(Roles.Administrateur, school.Id);
        admin.Http.DefaultRequestHeaders.Host = "attaquant.example.com";

        var staff = await app.AddAsync(TestData.Staff(school.Id));
        var url = $"/comptes/personnel/{staff.Id}";
        var response = await admin.PostWithTokenAsync($"{url}/creer", await admin.TokenFromAsync(url),
            [new KeyValuePair<string, string?>("Form.Roles", Roles.Enseignant)]);
        var shown = (await AppClient.ParseAsync(await response.Content.ReadAsStringAsync())).QuerySelector("#set-password-url")?.TextContent.Trim();

        Assert.DoesNotContain("attaquant.example.com", shown);
        Assert.StartsWith(PublicAddress + "/definir-mot-de-passe?userId=", shown);
    }

    [Fact]
    public async Task With_a_certificate_the_data_protection_keys_are_stored_encrypted()
    {
        var folder = Directory.CreateTempSubdirectory("stageseconde-keys").FullName;
        var pfx = Path.Combine(folder, "cles.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=StageSeconde clés", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "mot-de-passe"));
        }
        await using var app = new ProductionApp(new()
        {
            ["App:PublicUrl"] = PublicAddress, ["DataProtection:CertificatePath"] = pfx, ["DataProtection:CertificatePassword"] = "mot-de-passe",
        });
        using var client = app.AnonymousClient();
        await client.GetDocumentAsync("/connexion");

        var keys = await app.WithDbAsync(db => Task.FromResult(db.Set<DataProtectionKey>().Select(k => k.Xml ?? "").ToList()));
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("EncryptedKey", xml);
            Assert.DoesNotContain("<masterKey", xml);
        });
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Without_a_certificate_the_keys_are_stored_as_the_framework_writes_them()
    {
        await using var app = new ProductionApp(new() { ["App:PublicUrl"] = PublicAddress });
        using var client = app.AnonymousClient();
        await client.GetDocumentAsync("/connexion");

        var keys = await app.WithDbAsync(db => Task.FromResult(db.Set<DataProtectionKey>().Select(k => k.Xml ?? "").ToList()));
        Assert.Contains(keys, xml => xml.Contains("<masterKey", StringComparison.Ordinal));
    }

    private static AppClient Client(TestApp app, string peer)
    {
        var http = app.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("http://stageseconde.ac-exemple.fr"), AllowAutoRedirect = false, HandleCookies = true,
        });
        http.DefaultRequestHeaders.Add(PeerHeader, peer);
        http.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        http.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");
        return new AppClient(http);
    }

    /// <summary>Signs in a new teacher: the sign-in response (its cookie) and the next page (its headers).</summary>
    private static async Task<(HttpResponseMessage SignIn, HttpResponseMessage Page)> SignInAsync(TestApp app, AppClient client)
    {
        var school = await app.AddAsync(TestData.School());
        var email = await app.CreateUserAsync(school.Id, Roles.Enseignant);
        var signIn = await client.PostFormAsync("/connexion", "/connexion", new() { ["Email"] = email, ["Password"] = TestApp.Password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var page = await client.GetAsync("/connexion");
        return (signIn, page);
    }

    /// <summary>Start-up errors reach the test wrapped by the host: their whole text.</summary>
    private static string Flatten(Exception error) => error.ToString();
}
