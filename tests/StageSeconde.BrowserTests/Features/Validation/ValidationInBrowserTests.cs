using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using StageSeconde.BrowserTests.Browser;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace StageSeconde.BrowserTests.Features.Validation;

[Collection(BrowserCollection.Name)]
public sealed class ValidationInBrowserTests(BrowserApp app, ITestOutputHelper output)
{
    /// <summary>A submitted convention of a new student of the world's class, with a referent teacher: every check passes.</summary>
    private async Task<Agreement> SubmittedAsync(SchoolWorld world, string lastName)
    {
        var student = await app.AddAsync(TestData.Student(world.School.Id, world.Class.Id, lastName, "Inès"));
        await app.AddAsync(TestData.Guardian(world.School.Id, student.Id));
        return await AgreementFactory.CreateAsync(app, world.School.Id, student.Id, world.Host.Id, AgreementState.Submitted,
            AgreementFactory.Terms(referentTeacherId: world.Staff.Id));
    }

    private async Task AssertNoSeriousViolationAsync(BrowserSession browser)
    {
        Assert.Empty(browser.BrokenResources);
        var violations = await browser.AxeViolationsAsync();
        foreach (var violation in violations) output.WriteLine(violation.ToString());
        var serious = violations.Where(v => v.IsSeriousOrCritical).ToList();
        Assert.True(serious.Count == 0, $"axe-core sur {browser.PathAndQuery} :{Environment.NewLine}{string.Join(Environment.NewLine, serious)}");
    }

    private Task<AgreementState> StateOfAsync(int id) =>
        app.WithDbAsync(db => db.Agreements.IgnoreQueryFilters().Where(a => a.Id == id).Select(a => a.State).SingleAsync());

    [BrowserFact]
    public async Task The_proviseur_reads_the_checks_refuses_one_convention_with_a_reason_and_validates_another()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var toRefuse = await SubmittedAsync(world, "Arnaud");
        var toValidate = await SubmittedAsync(world, "Bertin");
        var email = await app.CreateUserAsync(world.School.Id, Roles.Direction);
        await using var browser = await app.OpenAsync(bypassContentSecurityPolicy: true);
        var page = browser.Page;

        await browser.SignInAsync(email);
        await browser.GotoAsync("/conventions/a-valider");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Conventions à valider");
        var rows = page.Locator("tbody tr[data-agreement]");
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.Nth(0)).ToContainTextAsync("ARNAUD Inès");
        await Expect(rows.Nth(0).Locator(".fr-badge")).ToHaveTextAsync("Contrôles OK");
        await Expect(rows.Nth(1).Locator(".fr-badge")).ToHaveTextAsync("Contrôles OK");
        await browser.ShotAsync("validation-queue");
        await AssertNoSeriousViolationAsync(browser);

        await page.GetByRole(AriaRole.Link, new() { Name = "Examiner la convention de ARNAUD Inès" }).ClickAsync();
        await browser.WaitForPathAsync(path => path == $"/conventions/{toRefuse.Id}/valider");
        var checks = page.GetByRole(AriaRole.Table, new() { Name = "Contrôles automatiques de la convention" });
        await Expect(checks.Locator("tbody tr")).ToHaveCountAsync(8);
        await Expect(checks).ToContainTextAsync("Horaires conformes");
        await Expect(checks).ToContainTextAsync("Professeur référent disponible");
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Horaires de la semaine, du lundi au samedi" })).ToContainTextAsync("32 h 30");
        await AssertNoSeriousViolationAsync(browser);

        // Refusing without a reason is refused, next to the field; with one, the convention is refused.
        await page.GetByRole(AriaRole.Button, new() { Name = "Refuser la convention" }).ClickAsync();
        var reason = page.GetByLabel("Motif du refus");
        await Expect(reason).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(reason).ToHaveAccessibleDescriptionAsync(new System.Text.RegularExpressions.Regex("Motif du refus : ce champ est obligatoire."));
        Assert.Equal(AgreementState.Submitted, await StateOfAsync(toRefuse.Id));
        await reason.FillAsync("Les horaires du mercredi sont à confirmer avec la structure.");
        await browser.ShotAsync("validation-refusal-reason");
        await page.GetByRole(AriaRole.Button, new() { Name = "Refuser la convention" }).ClickAsync();

        await browser.WaitForPathAsync(path => path == "/conventions/a-valider");
        await Expect(page.Locator(".fr-alert--success")).ToContainTextAsync("Convention de ARNAUD Inès refusée.");
        await Expect(rows).ToHaveCountAsync(1);

        await page.GetByRole(AriaRole.Link, new() { Name = "Examiner la convention de BERTIN Inès" }).ClickAsync();
        await browser.WaitForPathAsync(path => path == $"/conventions/{toValidate.Id}/valider");
        await page.GetByRole(AriaRole.Button, new() { Name = "Valider la convention" }).ClickAsync();

        await browser.WaitForPathAsync(path => path == "/conventions/a-valider");
        await Expect(page.Locator(".fr-alert--success")).ToContainTextAsync("Convention de BERTIN Inès validée.");
        await Expect(page.GetByText("Aucune convention n'attend votre validation.")).ToBeVisibleAsync();
        await browser.ShotAsync("validation-queue-empty");
        Assert.Empty(browser.BrokenResources);

        Assert.Equal(AgreementState.Refused, await StateOfAsync(toRefuse.Id));
        Assert.Equal(AgreementState.Validated, await StateOfAsync(toValidate.Id));
        var refusal = await app.WithDbAsync(db => db.Agreements.IgnoreQueryFilters().Where(a => a.Id == toRefuse.Id).Select(a => a.RefusalReason).SingleAsync());
        Assert.Equal("Les horaires du mercredi sont à confirmer avec la structure.", refusal);
    }

    [BrowserFact]
    public async Task The_proviseur_selects_every_convention_and_validates_those_that_pass_every_check()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var passing = await SubmittedAsync(world, "Charpentier");
        var withoutReferent = await AgreementFactory.CreateAsync(app, world, AgreementState.Submitted);
        var email = await app.CreateUserAsync(world.School.Id, Roles.Direction);
        await using var browser = await app.OpenAsync();
        var page = browser.Page;

        await browser.SignInAsync(email);
        await browser.GotoAsync("/conventions/a-valider");
        await Expect(page.Locator($"tr[data-agreement='{withoutReferent.Id}'] .fr-badge")).ToHaveTextAsync("Bloquant : Pas de professeur référent");
        // The « select all » box is a script's enhancement: the input sits under DSFR's drawn box.
        await page.GetByLabel("Tout sélectionner").CheckAsync(new() { Force = true });
        await Expect(page.Locator("input[name=ids]:checked")).ToHaveCountAsync(2);
        await page.GetByRole(AriaRole.Button, new() { Name = "Valider la sélection" }).ClickAsync();

        await browser.WaitForPathAsync(path => path == "/conventions/a-valider/selection");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("1 convention(s) validée(s), 1 laissée(s) de côté.");
        await Expect(page.Locator($"tr[data-agreement='{withoutReferent.Id}']")).ToContainTextAsync("Pas de professeur référent");
        await browser.ShotAsync("validation-bulk-result");
        Assert.Equal(AgreementState.Validated, await StateOfAsync(passing.Id));
        Assert.Equal(AgreementState.Submitted, await StateOfAsync(withoutReferent.Id));
    }

    [BrowserFact]
    public async Task The_signatures_page_after_validation_has_no_serious_violation()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var agreement = await AgreementFactory.CreateAsync(app, world, AgreementState.InSignature);
        var email = await app.CreateUserAsync(world.School.Id, Roles.Secretariat);
        await using var browser = await app.OpenAsync(bypassContentSecurityPolicy: true);

        await browser.SignInAsync(email);
        await browser.GotoAsync($"/conventions/{agreement.Id}/signatures");
        await Expect(browser.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Signatures de la convention");
        await browser.ShotAsync("validation-signatures");

        await AssertNoSeriousViolationAsync(browser);
    }
}
