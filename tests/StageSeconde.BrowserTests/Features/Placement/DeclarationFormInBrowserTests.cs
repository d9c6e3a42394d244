using Microsoft.Playwright;
using StageSeconde.BrowserTests.Browser;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;
using static Microsoft.Playwright.Assertions;

namespace StageSeconde.BrowserTests.Features.Placement;

[Collection(BrowserCollection.Name)]
public sealed class DeclarationFormInBrowserTests(BrowserApp app)
{
    [BrowserFact]
    public async Task The_form_shows_only_the_chosen_kind_s_facts_and_an_snu_for_week_1_shows_week_by_week()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var email = await app.CreateUserAsync(world.School.Id, Roles.Direction);
        await using var browser = await app.OpenAsync();
        var page = browser.Page;
        await browser.SignInAsync(email);
        await browser.GotoAsync($"/eleves/{world.Student.Id}/situation");

        var snuFacts = page.Locator("fieldset[data-for-kind='Snu']");
        var mobilityFacts = page.Locator("fieldset[data-for-kind='Mobility']");
        await Expect(snuFacts).ToBeHiddenAsync();
        // DSFR hides the radio itself: a person taps its label.
        await page.Locator("label[for=Form_Kind_Snu]").ClickAsync();
        await Expect(snuFacts).ToBeVisibleAsync();
        await Expect(mobilityFacts).ToBeHiddenAsync();
        await page.GetByLabel("Type de SNU").SelectOptionAsync(new SelectOptionValue { Label = "Mission d'intérêt général" });
        await page.GetByLabel("Premier jour").First.FillAsync(world.Year.Week1Start.ToString("yyyy-MM-dd"));
        await page.GetByLabel("Dernier jour").First.FillAsync(world.Year.Week1End.ToString("yyyy-MM-dd"));
        await browser.ShotAsync("declaration-snu");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la déclaration" }).ClickAsync();

        await Expect(page.Locator(".fr-alert--success")).ToContainTextAsync("Situation déclarée");
        await Expect(page.Locator("#semaines [data-week='1'] .fr-badge")).ToHaveTextAsync("SNU");
        await Expect(page.Locator("#semaines [data-week='2'] .fr-badge")).ToHaveTextAsync("Rien");
        await Expect(page.Locator("#situation + p .fr-badge")).ToHaveTextAsync("Partiellement couvert");
        await browser.ShotAsync("student-weeks");
        Assert.Empty(browser.BrokenResources);
    }

    [BrowserFact]
    public async Task The_declaration_page_has_no_serious_accessibility_violation()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var email = await app.CreateUserAsync(world.School.Id, Roles.Direction);
        await using var browser = await app.OpenAsync(bypassContentSecurityPolicy: true);
        await browser.SignInAsync(email);
        await browser.GotoAsync($"/eleves/{world.Student.Id}/situation");
        await browser.Page.Locator("label[for=Form_Kind_Mobility]").ClickAsync();
        await Expect(browser.Page.Locator("fieldset[data-for-kind='Mobility']")).ToBeVisibleAsync();

        var serious = (await browser.AxeViolationsAsync()).Where(v => v.IsSeriousOrCritical).ToList();
        Assert.True(serious.Count == 0, string.Join(Environment.NewLine, serious));
    }
}
