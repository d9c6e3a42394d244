using Microsoft.Playwright;
using StageSeconde.BrowserTests.Browser;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace StageSeconde.BrowserTests.Features.AccountSecurity;

/// <summary>
/// A teacher turns two-factor authentication on from « Sécurité du compte » (optional for the role; required for the
/// Direction, tested in the functional tests), then signs in with the code: the pages are looked at and checked with axe.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TwoFactorInBrowserTests(BrowserApp app, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task A_user_enrols_with_the_key_written_out_keeps_the_recovery_codes_and_signs_in_with_a_code()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var email = await app.CreateUserAsync(world.School.Id, Roles.Enseignant);
        await using var browser = await app.OpenAsync(bypassContentSecurityPolicy: true);
        await browser.SignInAsync(email);

        await browser.Page.Locator("header a[href='/securite-du-compte']").First.ClickAsync();
        await browser.WaitForPathAsync(path => path == "/securite-du-compte");
        await browser.Page.GetByRole(AriaRole.Link, new() { Name = "Activer la double authentification" }).ClickAsync();
        await browser.WaitForPathAsync(path => path == "/securite-du-compte/activer");
        await Expect(browser.Page.GetByAltText("QR code à scanner", new() { Exact = false })).ToBeVisibleAsync();
        await browser.ShotAsync("two-factor-enrol");
        await AssertNoSeriousViolationAsync(browser);

        var key = (await browser.Page.Locator("#authenticator-key").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        await browser.Page.GetByLabel("Code à 6 chiffres").FillAsync(Totp.Code(key, DateTimeOffset.UtcNow));
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Activer la double authentification" }).ClickAsync();
        await Expect(browser.Page.GetByRole(AriaRole.Heading, new() { Name = "Vos codes de récupération" })).ToBeVisibleAsync();
        await Expect(browser.Page.Locator("#recovery-codes li")).ToHaveCountAsync(10);
        var download = await browser.Page.RunAndWaitForDownloadAsync(() =>
            browser.Page.GetByRole(AriaRole.Link, new() { Name = "Télécharger les codes (fichier texte)" }).ClickAsync());
        Assert.Equal("stageseconde-codes-de-recuperation.txt", download.SuggestedFilename);
        var file = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Contains(await browser.Page.Locator("#recovery-codes li").First.InnerTextAsync(), file);
        await browser.ShotAsync("two-factor-recovery-codes");
        await AssertNoSeriousViolationAsync(browser);

        await using var next = await app.OpenAsync(bypassContentSecurityPolicy: true);
        await next.GotoAsync("/connexion");
        await next.Page.GetByLabel("Adresse électronique").FillAsync(email);
        await next.Page.GetByLabel("Mot de passe").FillAsync(TestApp.Password);
        await next.Page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await next.WaitForPathAsync(path => path.StartsWith("/connexion/code", StringComparison.Ordinal));
        await next.ShotAsync("two-factor-code");
        await AssertNoSeriousViolationAsync(next);
        await next.Page.GetByLabel("Code à 6 chiffres").FillAsync(Totp.Code(key, DateTimeOffset.UtcNow.AddSeconds(30)));
        await next.Page.GetByRole(AriaRole.Button, new() { Name = "Vérifier et se connecter" }).ClickAsync();
        await next.WaitForPathAsync(path => path == "/mes-eleves");
    }

    private async Task AssertNoSeriousViolationAsync(BrowserSession browser)
    {
        Assert.Empty(browser.BrokenResources);
        var violations = await browser.AxeViolationsAsync();
        foreach (var violation in violations) output.WriteLine(violation.ToString());
        Assert.DoesNotContain(violations, v => v.IsSeriousOrCritical);
    }
}
