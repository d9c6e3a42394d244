using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using StageSeconde.BrowserTests.Browser;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;
using static Microsoft.Playwright.Assertions;

namespace StageSeconde.BrowserTests.Features.Hosts;

[Collection(BrowserCollection.Name)]
public sealed partial class HostFormInBrowserTests(BrowserApp app)
{
    /// <summary>Fills every field of the host form by its label, as a person would.</summary>
    private static async Task FillHostFormAsync(IPage page, string name, string siret)
    {
        await page.GetByLabel("Nom de la structure").FillAsync(name);
        await page.GetByLabel("Type de structure").SelectOptionAsync(new SelectOptionValue { Label = "Collectivité territoriale" });
        await page.GetByLabel("SIRET").FillAsync(siret);
        // « Adresse » alone would also match « Adresse électronique »: the exact label carries the required mark.
        await page.GetByLabel("Adresse *", new() { Exact = true }).FillAsync("2 avenue Youri-Gagarine");
        await page.GetByLabel("Code postal").FillAsync("94400");
        await page.GetByLabel("Commune").FillAsync("Vitry-sur-Seine");
        await page.GetByLabel("Nom et prénom").FillAsync("Pierre Gosnat");
        await page.GetByLabel("Fonction").FillAsync("Maire");
        await page.GetByLabel("Adresse électronique").FillAsync("mairie@vitry.fr");
        await page.GetByLabel("Téléphone").FillAsync("01 46 82 80 00");
        await page.GetByLabel("Assureur").FillAsync("SMACL");
        await page.GetByLabel("Numéro de contrat").FillAsync("A-42");
    }

    [GeneratedRegex(@"^/structures/\d+$")]
    private static partial Regex DetailsPath();

    [BrowserFact]
    public async Task The_secretariat_signs_in_and_creates_a_host_through_the_form()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var email = await app.CreateUserAsync(world.School.Id, Roles.Secretariat);
        var siret = TestData.Siret(810001);
        await using var browser = await app.OpenAsync();

        await browser.SignInAsync(email);
        await browser.GotoAsync("/structures/nouvelle");
        await Expect(browser.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Nouvelle structure d'accueil");
        await FillHostFormAsync(browser.Page, "Mairie de Vitry", $"{siret[..3]} {siret[3..6]} {siret[6..9]} {siret[9..]}");
        await browser.ShotAsync("host-form-filled");
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();

        await browser.WaitForPathAsync(path => DetailsPath().IsMatch(path));
        await Expect(browser.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mairie de Vitry");
        await Expect(browser.Page.Locator(".fr-alert--success"))
            .ToHaveTextAsync("Structure « Mairie de Vitry » créée. Ajoutez maintenant son ou ses tuteurs.");
        await browser.ShotAsync("host-details-created");
        Assert.Empty(browser.BrokenResources);

        var host = await app.WithDbAsync(db => db.HostOrganisations.IgnoreQueryFilters().SingleAsync(h => h.Siret == siret));
        Assert.Equal(world.School.Id, host.SchoolId);
        Assert.Equal("Mairie de Vitry", host.Name);
        Assert.Equal(HostKind.LocalAuthority, host.Kind);
        Assert.Equal("Vitry-sur-Seine", host.City);
        Assert.Equal("0146828000", host.Phone);
        Assert.Equal("A-42", host.InsurancePolicyNumber);
        Assert.Equal($"/structures/{host.Id}", browser.PathAndQuery);
    }

    [BrowserFact]
    public async Task A_broken_siret_is_shown_in_french_next_to_its_field_and_the_typed_values_stay()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var email = await app.CreateUserAsync(world.School.Id, Roles.Secretariat);
        var before = await app.CountAsync<HostOrganisation>();
        await using var browser = await app.OpenAsync();

        await browser.SignInAsync(email);
        await browser.GotoAsync("/structures/nouvelle");
        await FillHostFormAsync(browser.Page, "Mairie d'Ivry", "123 456 789 01234");
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();

        var siretField = browser.Page.GetByLabel("SIRET");
        await Expect(siretField).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(siretField).ToHaveAccessibleDescriptionAsync(new Regex("Le SIRET doit comporter 14 chiffres valides"));
        await Expect(browser.Page.Locator(".fr-input-group--error", new() { Has = siretField }).Locator(".fr-message--error"))
            .ToHaveTextAsync("Le SIRET doit comporter 14 chiffres valides (vérifiez-le sur l'avis de situation SIRENE).");
        await Expect(browser.Page.GetByRole(AriaRole.Alert).GetByRole(AriaRole.Heading)).ToHaveTextAsync("Le formulaire n'a pas été enregistré");
        await browser.ShotAsync("host-form-broken-siret");

        await Expect(siretField).ToHaveValueAsync("123 456 789 01234");
        await Expect(browser.Page.GetByLabel("Nom de la structure")).ToHaveValueAsync("Mairie d'Ivry");
        await Expect(browser.Page.GetByLabel("Type de structure")).ToHaveValueAsync(nameof(HostKind.LocalAuthority));
        await Expect(browser.Page.GetByLabel("Commune")).ToHaveValueAsync("Vitry-sur-Seine");
        await Expect(browser.Page.GetByLabel("Téléphone")).ToHaveValueAsync("01 46 82 80 00");
        Assert.Equal(before, await app.CountAsync<HostOrganisation>());
    }

    [BrowserFact]
    public async Task The_error_summary_lists_the_errors_in_the_order_of_the_form_each_linked_to_its_field()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var email = await app.CreateUserAsync(world.School.Id, Roles.Secretariat);
        await using var browser = await app.OpenAsync();

        await browser.SignInAsync(email);
        await browser.GotoAsync("/structures/nouvelle");
        await browser.Page.GetByLabel("Code postal").FillAsync("9440");
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();

        var summary = browser.Page.GetByRole(AriaRole.Alert).GetByRole(AriaRole.Link);
        await Expect(summary).ToHaveTextAsync(
        [
            "Nom de la structure : ce champ est obligatoire.",
            "SIRET : ce champ est obligatoire.",
            "Adresse du siège : ce champ est obligatoire.",
            "Le code postal comporte 5 chiffres.",
            "Commune : ce champ est obligatoire.",
            "Nom du représentant : ce champ est obligatoire.",
            "Fonction du représentant : ce champ est obligatoire.",
        ]);
        await browser.ShotAsync("host-form-error-summary");

        await summary.Nth(3).ClickAsync();
        Assert.Equal("/structures/nouvelle#Form_PostalCode", browser.PathAndQuery + new Uri(browser.Page.Url).Fragment);
        await Expect(browser.Page.GetByLabel("Code postal")).ToBeInViewportAsync();
    }
}
