using System.Text.RegularExpressions;
using Microsoft.Playwright;
using StageSeconde.BrowserTests.Browser;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;
using static Microsoft.Playwright.Assertions;

namespace StageSeconde.BrowserTests.Features.SignIn;

[Collection(BrowserCollection.Name)]
public sealed class SignInInBrowserTests(BrowserApp app)
{
    [BrowserTheory]
    [InlineData(Roles.Direction, "/tableau-de-bord")]
    [InlineData(Roles.Administrateur, "/personnels")]
    [InlineData(Roles.ProfesseurPrincipal, "/suivi")]
    [InlineData(Roles.Secretariat, "/eleves")]
    [InlineData(Roles.Cpe, "/absences/a-traiter")]
    [InlineData(Roles.Enseignant, "/mes-eleves")]
    public async Task Each_school_role_signs_in_through_the_form_and_lands_on_its_home_page(string role, string home)
    {
        var world = await SchoolWorld.CreateAsync(app);
        var email = await app.CreateUserAsync(world.School.Id, role);
        await using var browser = await app.OpenAsync();

        await browser.SignInAsync(email);

        // Follows the redirections of "/" to the role's home; only the address is checked here.
        await browser.WaitForPathAsync(path => path == home);
        Assert.Equal(home, browser.PathAndQuery);
        await browser.ShotAsync("home-" + role.ToLowerInvariant());
    }

    [BrowserFact]
    public async Task A_wrong_password_keeps_the_user_on_the_sign_in_page_with_a_french_message()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var email = await app.CreateUserAsync(world.School.Id, Roles.Secretariat);
        await using var browser = await app.OpenAsync();

        await browser.GotoAsync("/connexion");
        await browser.Page.GetByLabel("Adresse électronique").FillAsync(email);
        await browser.Page.GetByLabel("Mot de passe").FillAsync("Pas-le-bon-mot-de-passe-1!");
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();

        await Expect(browser.Page.GetByLabel("Mot de passe")).ToHaveAccessibleDescriptionAsync(new Regex(@"^Adresse électronique ou mot de passe incorrect\."));
        await Expect(browser.Page.GetByLabel("Adresse électronique")).ToHaveValueAsync(email);
        Assert.Equal("/connexion", browser.PathAndQuery);
        await browser.ShotAsync("sign-in-wrong-password");
    }
}
