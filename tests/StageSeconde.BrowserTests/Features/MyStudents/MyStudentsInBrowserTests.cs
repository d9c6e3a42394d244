using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using StageSeconde.BrowserTests.Browser;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace StageSeconde.BrowserTests.Features.MyStudents;

[Collection(BrowserCollection.Name)]
public sealed class MyStudentsInBrowserTests(BrowserApp app, ITestOutputHelper output)
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
    public async Task The_referent_lands_on_their_students_and_logs_a_call()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var email = await app.CreateUserAsync(world.School.Id, Roles.Enseignant);
        var staffId = await app.WithDbAsync(db => db.Staff.IgnoreQueryFilters().Where(s => s.Email == email).Select(s => s.Id).SingleAsync());
        await AgreementFactory.CreateAsync(app, world, AgreementState.Validated, AgreementFactory.Terms(referentTeacherId: staffId));
        await using var browser = await app.OpenAsync(bypassContentSecurityPolicy: true);
        var page = browser.Page;

        await browser.SignInAsync(email);
        await browser.WaitForPathAsync(path => path == "/mes-eleves");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mes élèves");
        var table = page.GetByRole(AriaRole.Table, new() { Name = "Mes élèves, leur structure d'accueil, leur tuteur et leurs horaires" });
        await Expect(table.Locator("tbody tr")).ToHaveCountAsync(1);
        await Expect(table).ToContainTextAsync("Hugo MARTIN");
        await Expect(table).ToContainTextAsync("lundi au vendredi 9 h – 17 h");
        await browser.ShotAsync("mes-eleves");
        await AssertNoSeriousViolationAsync(browser);

        await table.GetByRole(AriaRole.Link, new() { Name = world.Student.FullName, Exact = true }).ClickAsync();
        await browser.WaitForPathAsync(path => path == $"/mes-eleves/{world.Student.Id}/suivi");
        await page.GetByLabel("Moyen").SelectOptionAsync(new SelectOptionValue { Label = "Visite sur le lieu de stage" });
        await page.GetByLabel("Note").FillAsync("Visite chez le tuteur : l'élève est bien accueilli.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le contact" }).ClickAsync();

        await Expect(page.Locator(".fr-alert--success")).ToContainTextAsync("Contact enregistré dans le suivi.");
        var log = page.GetByRole(AriaRole.Table, new() { Name = "Contacts notés, du plus récent au plus ancien" });
        await Expect(log.Locator("tbody tr")).ToHaveCountAsync(1);
        await Expect(log).ToContainTextAsync("Visite sur le lieu de stage");
        await browser.ShotAsync("suivi-eleve");
        await AssertNoSeriousViolationAsync(browser);
    }

    [BrowserFact]
    public async Task The_cpe_sees_the_students_without_contact_since_their_first_day_with_their_referent()
    {
        // A school whose current year's period (15–26 June 2026) is over: its student was never contacted.
        var school = await app.AddAsync(TestData.School("Lycée de l'an passé"));
        await app.AddAsync(SchoolYear.Create(school.Id, 2025));
        var schoolClass = await app.AddAsync(TestData.Class(school.Id));
        var student = await app.AddAsync(TestData.Student(school.Id, schoolClass.Id, "Oublie", "Noé"));
        await app.AddAsync(TestData.Guardian(school.Id, student.Id));
        var host = await app.AddAsync(TestData.Host(school.Id));
        await app.AddAsync(TestData.Tutor(school.Id, host.Id));
        var referent = await app.AddAsync(TestData.Staff(school.Id, "Distrait"));
        await AgreementFactory.CreateAsync(app, school.Id, student.Id, host.Id, AgreementState.Validated, AgreementFactory.Terms(referentTeacherId: referent.Id));
        var email = await app.CreateUserAsync(school.Id, Roles.Cpe);
        await using var browser = await app.OpenAsync(bypassContentSecurityPolicy: true);

        await browser.SignInAsync(email);
        await browser.GotoAsync("/eleves-sans-contact");

        var table = browser.Page.GetByRole(AriaRole.Table, new() { Name = "Élèves sans contact depuis le premier jour de leur séquence" });
        await Expect(table.Locator("tbody tr")).ToHaveCountAsync(1);
        await Expect(table).ToContainTextAsync("OUBLIE Noé");
        await Expect(table).ToContainTextAsync("Alex DISTRAIT");
        await Expect(table).ToContainTextAsync("15/06/2026");
        await browser.ShotAsync("eleves-sans-contact");
        await AssertNoSeriousViolationAsync(browser);
    }
}
