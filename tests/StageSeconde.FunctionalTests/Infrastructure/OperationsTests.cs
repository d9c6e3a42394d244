using Microsoft.EntityFrameworkCore;
using System.Net;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Infrastructure;

public sealed class OperationsTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Health_checks_the_database_without_signing_in()
    {
        using var client = app.AnonymousClient();
        var response = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Every_page_carries_the_security_headers()
    {
        using var client = app.AnonymousClient();
        var response = await client.GetAsync("/connexion");
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task An_unknown_page_shows_the_french_not_found_page()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        var response = await client.GetAsync("/eleves/nimporte-quoi/encore");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page introuvable", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_post_without_antiforgery_token_is_refused()
    {
        using var client = app.AnonymousClient();
        var response = await client.Http.PostAsync("/connexion", new FormUrlEncodedContent([new("Email", "a@b.fr"), new("Password", "x")]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_form_that_cannot_be_read_gets_the_french_bad_request_page()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        var token = await client.TokenFromAsync("/mot-de-passe");

        var response = await client.PostWithTokenAsync($"/eleves/{world.Student.Id}/depart", token, [new("left", "oui\u0000")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Requête invalide", (await AppClient.ParseAsync(await response.Content.ReadAsStringAsync())).QuerySelector("h1")!.TextContent);
        var student = await app.WithDbAsync(db => db.Students.IgnoreQueryFilters().SingleAsync(s => s.Id == world.Student.Id));
        Assert.Null(student.LeftOn);
    }
}
