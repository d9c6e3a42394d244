using System.Net;
using StageSeconde.Tests.Support;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.SignIn;

namespace StageSeconde.FunctionalTests.Features.SignIn;

public sealed class SignInTests(TestApp app) : IClassFixture<TestApp>
{
    [Theory]
    [InlineData(Roles.Direction, "/tableau-de-bord")]
    [InlineData(Roles.ProfesseurPrincipal, "/suivi")]
    [InlineData(Roles.Enseignant, "/mes-eleves")]
    [InlineData(Roles.Cpe, "/absences/a-traiter")]
    [InlineData(Roles.Secretariat, "/eleves")]
    [InlineData(Roles.Administrateur, "/personnels")]
    public async Task Each_school_role_lands_on_its_home_page(string role, string home)
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(role, world.School.Id);

        var root = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, root.StatusCode);
        Assert.Equal(home, root.Headers.Location!.OriginalString);
        var page = await client.GetAsync(home);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task The_academie_lands_on_its_statistics()
    {
        await SchoolWorld.CreateAsync(app, "Lycée Voltaire");
        using var client = await app.SignInAsAsync(Roles.Academie, null);

        var root = await client.GetAsync("/");
        Assert.Equal("/academie", root.Headers.Location!.OriginalString);
        var page = await client.GetDocumentAsync("/academie");
        Assert.Contains("Lycée Voltaire", page.Body!.TextContent);
    }

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_the_sign_in_page()
    {
        using var client = app.AnonymousClient();
        var response = await client.GetAsync("/eleves");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/connexion", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task A_wrong_password_is_refused_in_french()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var email = await app.CreateUserAsync(world.School.Id, Roles.Secretariat);
        using var client = app.AnonymousClient();

        var response = await client.PostFormAsync("/connexion", "/connexion", new() { ["Email"] = email, ["Password"] = "mauvais" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(SignInController.RefusedMessage, await AppClient.FieldErrorsAsync(response));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var email = await app.CreateUserAsync(world.School.Id, Roles.Secretariat);
        using var client = app.AnonymousClient();
        for (var i = 0; i < 5; i++)
            await client.PostFormAsync("/connexion", "/connexion", new() { ["Email"] = email, ["Password"] = "mauvais" });

        var response = await client.PostFormAsync("/connexion", "/connexion", new() { ["Email"] = email, ["Password"] = TestApp.Password });

        // The right password is refused while the account is blocked, with the same message as a wrong one.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(SignInController.RefusedMessage, await AppClient.FieldErrorsAsync(response));
        Assert.True(await LockoutEndOfAsync(email) > DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task Wrong_current_passwords_on_the_password_page_count_towards_the_lockout_and_end_the_session()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var email = await app.CreateUserAsync(world.School.Id, Roles.Cpe);
        using var client = await app.SignInAsync(email);
        var form = new Dictionary<string, string?> { ["CurrentPassword"] = "pas-le-bon", ["NewPassword"] = "Nouveau-Mot-2027!", ["ConfirmPassword"] = "Nouveau-Mot-2027!" };

        var first = await client.PostFormAsync("/mot-de-passe", "/mot-de-passe", form);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains(await AppClient.FieldErrorsAsync(first), e => e.StartsWith("Mot de passe actuel incorrect.", StringComparison.Ordinal));
        Assert.Equal(1, await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.AccessFailedCount).SingleAsync()));
        HttpResponseMessage last = first;
        for (var i = 1; i < 5; i++) last = await client.PostFormAsync("/mot-de-passe", "/mot-de-passe", form);

        Assert.Equal(HttpStatusCode.Redirect, last.StatusCode);
        Assert.Equal("/connexion", last.Headers.Location!.OriginalString);
        Assert.True(await LockoutEndOfAsync(email) > DateTimeOffset.UtcNow);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/absences")).StatusCode);   // signed out
        using var again = app.AnonymousClient();
        var refused = await again.PostFormAsync("/connexion", "/connexion", new() { ["Email"] = email, ["Password"] = TestApp.Password });
        Assert.Contains(SignInController.RefusedMessage, await AppClient.FieldErrorsAsync(refused));
    }

    [Fact]
    public async Task A_user_changes_their_password_and_signs_in_with_the_new_one()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var email = await app.CreateUserAsync(world.School.Id, Roles.Cpe);
        using var client = await app.SignInAsync(email);

        var weak = await client.PostFormAsync("/mot-de-passe", "/mot-de-passe", new() { ["CurrentPassword"] = TestApp.Password, ["NewPassword"] = "court", ["ConfirmPassword"] = "court" });
        Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
        Assert.Contains(await AppClient.FieldErrorsAsync(weak), e => e.Contains("au moins 12 caractères"));

        var ok = await client.PostFormAsync("/mot-de-passe", "/mot-de-passe", new() { ["CurrentPassword"] = TestApp.Password, ["NewPassword"] = "Nouveau-Mot-2027!", ["ConfirmPassword"] = "Nouveau-Mot-2027!" });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);

        using var again = await app.SignInAsync(email, "Nouveau-Mot-2027!");
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/eleves")).StatusCode);
    }

    private Task<DateTimeOffset?> LockoutEndOfAsync(string email) =>
        app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.LockoutEnd).SingleAsync());
}
