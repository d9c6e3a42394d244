using System.Net;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Tests.Support;

namespace StageSeconde.FunctionalTests.Features.TutorReport;

/// <summary>Guessing tokens from one address is stopped by the link pages' rate limit (5 a minute in this application).</summary>
public sealed class TutorLinkRateLimitTests(RateLimitedTutorLinkTestApp app) : IClassFixture<RateLimitedTutorLinkTestApp>
{
    [Fact]
    public async Task Many_wrong_tokens_from_one_address_get_429_with_a_french_text_and_then_even_a_good_token_waits()
    {
        var scenario = await TutorLinkScenario.CreateAsync(app);
        using var attacker = app.AnonymousClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < RateLimitedTutorLinkTestApp.Limit + 3; i++)
            statuses.Add((await attacker.GetAsync($"/t/{i:D22}")).StatusCode);
        var rejected = await attacker.GetAsync(scenario.Path);

        Assert.All(statuses.Take(RateLimitedTutorLinkTestApp.Limit), s => Assert.Equal(HttpStatusCode.NotFound, s));
        Assert.All(statuses.Skip(RateLimitedTutorLinkTestApp.Limit), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, rejected.StatusCode);
        var page = await AppClient.ParseAsync(await rejected.Content.ReadAsStringAsync());
        Assert.Equal("Trop de tentatives", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("patientez", page.QuerySelector("main")!.TextContent);
        Assert.NotNull(rejected.Headers.RetryAfter);
        // The rest of the application is not limited.
        Assert.Equal(HttpStatusCode.OK, (await attacker.GetAsync("/connexion")).StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Absences.IgnoreQueryFilters().CountAsync()));
    }
}
