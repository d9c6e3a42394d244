using Microsoft.Playwright;
using StageSeconde.BrowserTests.Browser;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Domain.Programme;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace StageSeconde.BrowserTests.Features.ProgrammeSetup;

[Collection(BrowserCollection.Name)]
public sealed class ProgrammeSetupInBrowserTests(BrowserApp app, ITestOutputHelper output)
{
    private async Task AssertNoViolationAsync(BrowserSession browser)
    {
        Assert.Empty(browser.BrokenResources);
        var violations = await browser.AxeViolationsAsync();
        foreach (var violation in violations) output.WriteLine(violation.ToString());
        Assert.True(violations.Count == 0, $"axe-core sur {browser.PathAndQuery} :{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
    }

    [BrowserFact]
    public async Task The_direction_loads_the_academie_catalogue_and_sets_a_supervisors_availability()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var teacher = TestData.Staff(world.School.Id, "Lefèvre");
        teacher.UpdateDetails(teacher.LastName, "Mathieu", "Professeur de lettres modernes", teacher.Email, teacher.Phone);
        await app.AddAsync(teacher);
        await app.AddAsync(new ExaminerDuty(world.School.Id, teacher.Id, world.Year.Week1Start.AddDays(1), DayPart.WholeDay, "Oral de français, lycée Voltaire"));
        var email = await app.CreateUserAsync(world.School.Id, Roles.Direction);
        await using var browser = await app.OpenAsync(bypassContentSecurityPolicy: true);
        var page = browser.Page;
        await browser.SignInAsync(email);

        // The catalogue: empty, then the académie's list, by theme.
        await browser.GotoAsync("/programme/activites");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Activités du programme au lycée");
        await AssertNoViolationAsync(browser);
        await page.GetByRole(AriaRole.Button, new() { Name = "Reprendre la liste académique" }).ClickAsync();
        await Expect(page.Locator(".fr-alert--success")).ToContainTextAsync("Liste académique reprise");
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Activités du thème « Rencontrer des professionnels »" })).ToContainTextAsync("Visite d'entreprise");
        await browser.ShotAsync("programme-activities");
        await AssertNoViolationAsync(browser);

        // A new activity with nothing filled in: the errors, in French, linked to their fields.
        await page.GetByRole(AriaRole.Link, new() { Name = "Nouvelle activité" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await Expect(page.Locator("#form-errors")).ToContainTextAsync("Nom de l'activité : ce champ est obligatoire.");
        await AssertNoViolationAsync(browser);

        // A supervisor, found by name, and their availability grid.
        await browser.GotoAsync("/programme/surveillants");
        await page.GetByLabel("Nom du personnel").FillAsync("lefe");
        await page.GetByRole(AriaRole.Button, new() { Name = "Rechercher" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter LEFÈVRE Mathieu aux surveillants" }).ClickAsync();
        await Expect(page.Locator(".fr-alert--success")).ToContainTextAsync("ajouté(e) aux surveillants");
        await Expect(page.Locator("section[aria-labelledby=liste]")).ToContainTextAsync("18 / 20 demi-journées");
        await AssertNoViolationAsync(browser);

        await page.GetByRole(AriaRole.Link, new() { Name = "Disponibilités de LEFÈVRE Mathieu" }).ClickAsync();
        await Expect(page.Locator("fieldset.app-availability-week").First).ToContainTextAsync("Oral de français, lycée Voltaire");
        var firstDay = page.Locator("fieldset.app-availability-day").First;
        await firstDay.Locator("label", new() { HasText = "Après-midi" }).ClickAsync();
        await Expect(firstDay.GetByLabel("Après-midi")).Not.ToBeCheckedAsync();
        await browser.ShotAsync("programme-availability");
        await AssertNoViolationAsync(browser);
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les disponibilités" }).ClickAsync();
        await Expect(page.Locator(".fr-alert--success")).ToContainTextAsync("1 demi-journée(s) d'indisponibilité");
        await Expect(page.Locator("section[aria-labelledby=liste]")).ToContainTextAsync("17 / 20 demi-journées");
        await page.Locator("#couverture").ScrollIntoViewIfNeededAsync();
        await browser.ShotAsync("programme-supervisors");
        await AssertNoViolationAsync(browser);
    }
}
