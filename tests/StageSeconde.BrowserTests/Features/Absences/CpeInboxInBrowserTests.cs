using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using StageSeconde.BrowserTests.Browser;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace StageSeconde.BrowserTests.Features.Absences;

[Collection(BrowserCollection.Name)]
public sealed class CpeInboxInBrowserTests(BrowserApp app, ITestOutputHelper output)
{
    private async Task AssertNoViolationAsync(BrowserSession browser)
    {
        Assert.Empty(browser.BrokenResources);
        var violations = await browser.AxeViolationsAsync();
        foreach (var violation in violations) output.WriteLine(violation.ToString());
        Assert.True(violations.Count == 0, $"axe-core sur {browser.PathAndQuery} :{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
    }

    [BrowserFact]
    public async Task The_cpe_lands_on_the_inbox_acknowledges_an_alert_and_records_the_family_informed()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var student = await app.AddAsync(TestData.Student(world.School.Id, world.Class.Id, "Dupré", "Lina"));
        await app.AddAsync(TestData.Guardian(world.School.Id, student.Id));
        var now = DateTimeOffset.UtcNow.AddMinutes(-12);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")).DateTime);
        var absence = await app.AddAsync(Absence.Open(world.School.Id, student.Id, null,
            new AbsenceFacts(today, AbsenceKind.Illness, DayPart.Morning, null, null),
            new AbsenceReport(ReportSource.TutorCall, "M. Martin, tuteur", "Fièvre ce matin.", DayPart.Morning, null, now), now.AddMinutes(30)));
        var email = await app.CreateUserAsync(world.School.Id, Roles.Cpe);
        await using var browser = await app.OpenAsync(bypassContentSecurityPolicy: true);
        var page = browser.Page;

        await browser.SignInAsync(email);
        await browser.WaitForPathAsync(path => path == "/absences/a-traiter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Absences à traiter");
        var row = page.Locator($"tr[data-absence='{absence.Id}']");
        await Expect(row).ToContainTextAsync("DUPRÉ Lina");
        await Expect(row).ToContainTextAsync("Maladie");
        await Expect(page.Locator("#absence-count [data-count]")).ToHaveAttributeAsync("data-count", "1");
        await browser.ShotAsync("absences-inbox");
        await AssertNoViolationAsync(browser);

        await row.GetByRole(AriaRole.Button, new() { Name = "Prendre en compte l'alerte de DUPRÉ Lina" }).ClickAsync();
        await browser.WaitForPathAsync(path => path == "/absences/a-traiter");
        await Expect(page.Locator(".fr-alert--success")).ToContainTextAsync("Alerte prise en compte");
        await Expect(page.Locator("#absence-count [data-count]")).ToHaveAttributeAsync("data-count", "0");
        // Still to do today: inform the family.
        var familyRow = page.Locator($"#famille ~ div tr[data-absence='{absence.Id}']");
        await Expect(familyRow).ToContainTextAsync("Prise en compte");

        await familyRow.GetByRole(AriaRole.Link, new() { Name = "DUPRÉ Lina" }).ClickAsync();
        await browser.WaitForPathAsync(path => path == $"/absences/{absence.Id}");
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Responsables de l'élève et leurs coordonnées" })).ToContainTextAsync("06 12 34 56 78");
        await AssertNoViolationAsync(browser);
        await page.GetByLabel("Personne jointe").FillAsync("La mère");
        await page.GetByLabel("Résultat", new() { Exact = true }).FillAsync("Elle vient chercher sa fille à midi.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer : famille prévenue" }).ClickAsync();

        await browser.WaitForPathAsync(path => path == $"/absences/{absence.Id}");
        await Expect(page.Locator(".fr-alert--success")).ToContainTextAsync("Famille prévenue");
        await Expect(page.Locator("h1 + .fr-badge, .app-toolbar .fr-badge").First).ToHaveTextAsync("Famille prévenue");
        await Expect(page.Locator("#timeline")).ToContainTextAsync("Famille prévenue (téléphone) : La mère");
        await browser.ShotAsync("absence-family-informed");
        await AssertNoViolationAsync(browser);

        // The register shows it with its new status, and offers the quick form.
        await page.GetByRole(AriaRole.Link, new() { Name = "Registre des absences" }).First.ClickAsync();
        await browser.WaitForPathAsync(path => path == "/absences");
        await Expect(page.Locator($"tr[data-absence='{absence.Id}']")).ToContainTextAsync("Famille prévenue");
        await page.GetByText("Signaler une absence reçue par téléphone").ClickAsync();
        await Expect(page.GetByLabel("Signalé par")).ToHaveValueAsync("CPE Test");
        // Waits for the accordion to have opened (a stable button).
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer et alerter" }).ScrollIntoViewIfNeededAsync();
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await browser.ShotAsync("absences-register");
        await AssertNoViolationAsync(browser);

        await browser.GotoAsync($"/absences/signaler?eleve={student.Id}");
        await Expect(page.GetByLabel("Élève")).ToHaveValueAsync(student.Id.ToString());
        await browser.ShotAsync("absences-report-form");
        await AssertNoViolationAsync(browser);

        var stored = await app.WithDbAsync(db => db.Absences.IgnoreQueryFilters().SingleAsync(a => a.Id == absence.Id));
        Assert.Equal(AbsenceStatus.FamilyInformed, stored.Status);
    }
}
