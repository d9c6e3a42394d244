using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Features.SignIn;

/// <summary>The application with low sign-in limits; each client says its address in a header (the test server has none).</summary>
public sealed class RateLimitedSignInTestApp : TestApp
{
    public const int PerAddress = 6;
    public const int PerAccount = 3;
    public const string AddressHeader = "X-Test-Client-Address";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimits:SignInPerAddress:PermitLimit", PerAddress.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimits:SignInPerAccount:PermitLimit", PerAccount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, ClientAddressFromHeader>());
    }

    public AppClient ClientFrom(string address)
    {
        var client = AnonymousClient();
        client.Http.DefaultRequestHeaders.Add(AddressHeader, address);
        return client;
    }

    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                if (context.Request.Headers.TryGetValue(AddressHeader, out var value)) context.Connection.RemoteIpAddress = IPAddress.Parse(value.ToString());
                return following(context);
            });
            next(app);
        };
    }
}

public sealed class SignInRateLimitTests(RateLimitedSignInTestApp app) : IClassFixture<RateLimitedSignInTestApp>
{
    [Fact]
    public async Task Attempts_on_one_account_from_several_addresses_are_limited_with_a_french_429_page()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var email = await app.CreateUserAsync(world.School.Id, Roles.Secretariat);

        var statuses = new List<HttpStatusCode>();
        for (var i = 1; i <= RateLimitedSignInTestApp.PerAccount; i++)
        {
            using var client = app.ClientFrom($"10.0.1.{i}");
            statuses.Add((await client.PostFormAsync("/connexion", "/connexion", new() { ["Email"] = email, ["Password"] = "mauvais" })).StatusCode);
        }
        using var attacker = app.ClientFrom("10.0.1.99");
        // The right password, even in capitals and with spaces: the account's budget is spent.
        var refused = await attacker.PostFormAsync("/connexion", "/connexion", new() { ["Email"] = $"  {email.ToUpperInvariant()} ", ["Password"] = TestApp.Password });

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        await AssertFrenchTooManyRequestsAsync(refused);
        // Another account from the same address is not limited.
        var other = await app.CreateUserAsync(world.School.Id, Roles.Secretariat);
        var accepted = await attacker.PostFormAsync("/connexion", "/connexion", new() { ["Email"] = other, ["Password"] = TestApp.Password });
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
    }

    [Fact]
    public async Task Attempts_from_one_address_on_many_accounts_are_limited_and_other_addresses_are_not()
    {
        using var attacker = app.ClientFrom("10.0.2.1");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < RateLimitedSignInTestApp.PerAddress; i++)
            statuses.Add((await attacker.PostFormAsync("/connexion", "/connexion", new() { ["Email"] = $"inconnu{i}@test.fr", ["Password"] = "mauvais" })).StatusCode);
        var refused = await attacker.PostFormAsync("/connexion", "/connexion", new() { ["Email"] = "encore@test.fr", ["Password"] = "mauvais" });

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        await AssertFrenchTooManyRequestsAsync(refused);
        // The sign-in page itself stays readable, and another address may still try.
        Assert.Equal(HttpStatusCode.OK, (await attacker.GetAsync("/connexion")).StatusCode);
        using var colleague = app.ClientFrom("10.0.2.2");
        var other = await colleague.PostFormAsync("/connexion", "/connexion", new() { ["Email"] = "autre@test.fr", ["Password"] = "mauvais" });
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    private static async Task AssertFrenchTooManyRequestsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter?.Delta);
        Assert.True(response.Headers.RetryAfter!.Delta!.Value.TotalSeconds >= 1);
        var page = await AppClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Trop de tentatives", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("patientez", page.QuerySelector("main")!.TextContent);
    }
}
