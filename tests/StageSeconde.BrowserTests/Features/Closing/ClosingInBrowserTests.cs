using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using StageSeconde.BrowserTests.Browser;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace StageSeconde.BrowserTests.Features.Closing;

/// <summary>Closing the sequence as the proviseur lives it: the conventions to complete, the attestations, the unsigned list.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ClosingInBrowserTests(BrowserApp app, ITestOutputHelper output)
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
    public async Task The_proviseur_completes_the_signed_conventions_after_the_period_and_downloads_an_attestation()
    {
        // A school whose current year's period (15–26 June 2026) is over: one signed convention, one never signed.
        var school = await app.AddAsync(TestData.School("Lycée de la clôture"));
        await app.AddAsync(SchoolYear.Create(school.Id, 2025));
        var schoolClass = await app.AddAsync(TestData.Class(school.Id));
        var host = await app.AddAsync(TestData.Host(school.Id));
        await app.AddAsync(TestData.Tutor(school.Id, host.Id));
        var signedStudent = await app.AddAsync(TestData.Student(school.Id, schoolClass.Id, "Achevé", "Noé"));
        await app.AddAsync(TestData.Guardian(school.Id, signedStudent.Id));
        var signed = await AgreementFactory.CreateAsync(app, school.Id, signedStudent.Id, host.Id, AgreementState.Signed);
        var otherStudent = await app.AddAsync(TestData.Student(school.Id, schoolClass.Id, "Enattente", "Lou"));
        await app.AddAsync(TestData.Guardian(school.Id, otherStudent.Id));
        var validated = await AgreementFactory.CreateAsync(app, school.Id, otherStudent.Id, host.Id, AgreementState.Validated);
        var email = await app.CreateUserAsync(school.Id, Roles.Direction);
        await using var browser = await app.OpenAsync(bypassContentSecurityPolicy: true);
        var page = browser.Page;
        string? asked = null;
        page.Dialog += async (_, dialog) => { asked = dialog.Message; await dialog.AcceptAsync(); };

        await browser.SignInAsync(email);
        await browser.GotoAsync("/cloture");
        await Expect(page.Locator("#a-terminer-table tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("#a-terminer-table")).ToContainTextAsync("ACHEVÉ Noé");
        await Expect(page.Locator($"#non-signees-passees-table tr[data-agreement='{validated.Id}']")).ToContainTextAsync("Enregistrez les signatures manquantes");
        await browser.ShotAsync("cloture");
        await AssertNoSeriousViolationAsync(browser);

        await page.GetByRole(AriaRole.Button, new() { Name = "Terminer ces 1 convention(s)" }).ClickAsync();
        await Expect(page.Locator(".fr-alert--success")).ToContainTextAsync("1 convention(s) terminée(s).");
        Assert.Contains("Terminée", asked);
        await Expect(page.Locator("#a-terminer-table")).ToHaveCountAsync(0);
        await browser.ShotAsync("cloture-terminee");
        Assert.Equal(AgreementState.Completed,
            await app.WithDbAsync(db => db.Agreements.IgnoreQueryFilters().Where(a => a.Id == signed.Id).Select(a => a.State).SingleAsync()));

        // The attestation, from the convention's page.
        await browser.GotoAsync($"/conventions/{signed.Id}");
        var attestation = page.GetByRole(AriaRole.Link, new() { Name = "Attestation de stage" });
        await Expect(attestation).ToBeVisibleAsync();
        var response = await page.APIRequest.GetAsync((await attestation.GetAttributeAsync("href"))!);
        Assert.Equal(200, response.Status);
        Assert.Equal("application/pdf", response.Headers["content-type"]);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await response.BodyAsync())[..4]));

        await browser.GotoAsync("/attestations");
        await Expect(page.Locator("#attestations-classes")).ToContainTextAsync(schoolClass.Code);
        await browser.ShotAsync("attestations");
        await AssertNoSeriousViolationAsync(browser);

        await browser.GotoAsync("/cloture/non-signees");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Conventions non signées à J-10");
        await AssertNoSeriousViolationAsync(browser);

        // The pupil hands in a report: recorded with its file, then seen on the class view for the 1ère team.
        await browser.GotoAsync($"/eleves/{signedStudent.Id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Enregistrer le rapport de l'élève" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Rapport de stage");
        await AssertNoSeriousViolationAsync(browser);
        await page.Locator("#fichier").SetInputFilesAsync(new FilePayload
        {
            Name = "rapport de Noé.pdf", MimeType = "application/pdf", Buffer = System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"),
        });
        await page.Locator("#Form_Comment").FillAsync("Une semaine chez l'artisan, racontée en photos.");
        await browser.ShotAsync("rapport-eleve-saisie");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le rapport", Exact = true }).ClickAsync();
        await Expect(page.Locator(".fr-alert--success")).ToContainTextAsync("Rapport de stage enregistré");
        await Expect(page.Locator("#rapport-eleve")).ToContainTextAsync("rapport de Noé.pdf");
        await browser.ShotAsync("rapport-eleve");
        await AssertNoSeriousViolationAsync(browser);

        await browser.GotoAsync($"/restitution?classe={schoolClass.Id}");
        await Expect(page.Locator("#restitution tbody tr")).ToHaveCountAsync(2);
        await Expect(page.Locator("#restitution tbody tr").Filter(new() { HasText = "ACHEVÉ Noé" })).ToContainTextAsync("Oui, remis le");
        await browser.ShotAsync("restitution");
        await AssertNoSeriousViolationAsync(browser);
    }
}
