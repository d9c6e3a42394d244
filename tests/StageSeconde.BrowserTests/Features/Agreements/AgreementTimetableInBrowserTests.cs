using Microsoft.Playwright;
using StageSeconde.BrowserTests.Browser;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace StageSeconde.BrowserTests.Features.Agreements;

/// <summary>The convention form's timetable with two breaks a day: labelled fields, French errors, accessible (axe).</summary>
[Collection(BrowserCollection.Name)]
public sealed class AgreementTimetableInBrowserTests(BrowserApp app, ITestOutputHelper output)
{
    private async Task AssertNoSeriousViolationAsync(BrowserSession browser)
    {
        Assert.Empty(browser.BrokenResources);
        var violations = await browser.AxeViolationsAsync();
        foreach (var violation in violations) output.WriteLine(violation.ToString());
        var serious = violations.Where(v => v.IsSeriousOrCritical).ToList();
        Assert.True(serious.Count == 0, $"axe-core sur {browser.PathAndQuery} :{Environment.NewLine}{string.Join(Environment.NewLine, serious)}");
    }

    [BrowserFact]
    public async Task Overlapping_breaks_are_refused_next_to_the_field_and_a_second_break_is_saved()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var agreement = await AgreementFactory.CreateAsync(app, world);
        var email = await app.CreateUserAsync(world.School.Id, Roles.Secretariat);
        await using var browser = await app.OpenAsync(bypassContentSecurityPolicy: true);
        var page = browser.Page;
        await browser.SignInAsync(email);

        await page.GotoAsync($"/conventions/{agreement.Id}/modifier");
        var tuesday = page.Locator("#Form_Days_1_");
        await tuesday.GetByLabel("Début de la 2e pause (facultative)").FillAsync("13:00");
        await tuesday.GetByLabel("Fin de la 2e pause").FillAsync("13:45");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer", Exact = true }).ClickAsync();

        await Expect(tuesday).ToContainTextAsync("Mardi : les deux pauses (12 h – 13 h 30 et 13 h – 13 h 45) se chevauchent.");
        await browser.ShotAsync("convention-pauses-erreur");
        await AssertNoSeriousViolationAsync(browser);

        await tuesday.GetByLabel("Début de la 2e pause (facultative)").FillAsync("15:00");
        await tuesday.GetByLabel("Fin de la 2e pause").FillAsync("15:15");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer", Exact = true }).ClickAsync();

        await browser.WaitForPathAsync(path => path == $"/conventions/{agreement.Id}");
        await Expect(page.Locator("table[aria-labelledby=schedule-title]")).ToContainTextAsync("12 h – 13 h 30 ; 15 h – 15 h 15");
        await browser.ShotAsync("convention-deux-pauses");
        await AssertNoSeriousViolationAsync(browser);
    }
}
