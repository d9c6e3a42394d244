using Microsoft.Playwright;
using StageSeconde.BrowserTests.Browser;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace StageSeconde.BrowserTests.Accessibility;

/// <summary>axe-core on the main kinds of page: no violation of impact « serious » or « critical ».</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserApp app, ITestOutputHelper output)
{
    private async Task AssertNoSeriousViolationAsync(BrowserSession browser, string shot)
    {
        await browser.ShotAsync(shot);
        Assert.Empty(browser.BrokenResources);
        var violations = await browser.AxeViolationsAsync();
        // The moderate and minor ones are printed, to be looked at, without failing the test.
        foreach (var violation in violations) output.WriteLine(violation.ToString());
        var serious = violations.Where(v => v.IsSeriousOrCritical).ToList();
        Assert.True(serious.Count == 0,
            $"axe-core : {serious.Count} violation(s) grave(s) ou critique(s) sur {browser.PathAndQuery}{Environment.NewLine}" +
            string.Join(Environment.NewLine, serious));
    }

    private async Task<BrowserSession> SignedInAsync(int schoolId, string role)
    {
        var email = await app.CreateUserAsync(schoolId, role);
        var browser = await app.OpenAsync(bypassContentSecurityPolicy: true);
        await browser.SignInAsync(email);
        return browser;
    }

    [BrowserFact]
    public async Task The_check_reports_an_image_without_text_alternative_and_a_field_without_label()
    {
        await using var browser = await app.OpenAsync(bypassContentSecurityPolicy: true);
        await browser.GotoAsync("/connexion");
        await browser.Page.EvaluateAsync("""
            () => document.querySelector('main').insertAdjacentHTML('beforeend',
              '<img src="/lib/dsfr/favicon/apple-touch-icon.png"><input type="text" id="sans-etiquette">')
            """);

        var violations = await browser.AxeViolationsAsync();

        Assert.Contains(violations, v => v is { Id: "image-alt", IsSeriousOrCritical: true });
        Assert.Contains(violations, v => v.Id == "label" && v.IsSeriousOrCritical && v.Targets.Contains("#sans-etiquette"));
    }

    [BrowserFact]
    public async Task The_sign_in_page_has_no_serious_violation()
    {
        await using var browser = await app.OpenAsync(bypassContentSecurityPolicy: true);
        await browser.GotoAsync("/connexion");

        await AssertNoSeriousViolationAsync(browser, "a11y-sign-in");
    }

    [BrowserFact]
    public async Task The_host_list_has_no_serious_violation()
    {
        var world = await SchoolWorld.CreateAsync(app);
        await app.AddAsync(TestData.Host(world.School.Id, "Pharmacie des Écoles"));
        await app.AddAsync(TestData.Host(world.School.Id, "Association sportive de Créteil"));
        await using var browser = await SignedInAsync(world.School.Id, Roles.Secretariat);
        await browser.GotoAsync("/structures");
        await Expect(browser.Page.GetByRole(AriaRole.Table)).ToContainTextAsync("Pharmacie des Écoles");

        await AssertNoSeriousViolationAsync(browser, "a11y-host-list");
    }

    [BrowserFact]
    public async Task The_host_details_page_with_its_tutors_has_no_serious_violation()
    {
        var world = await SchoolWorld.CreateAsync(app);
        await using var browser = await SignedInAsync(world.School.Id, Roles.Secretariat);
        await browser.GotoAsync($"/structures/{world.Host.Id}");
        await Expect(browser.Page.GetByRole(AriaRole.Table)).ToContainTextAsync(world.Tutor.LastName, new() { IgnoreCase = true });

        await AssertNoSeriousViolationAsync(browser, "a11y-host-details");
    }

    [BrowserFact]
    public async Task The_host_form_has_no_serious_violation()
    {
        var world = await SchoolWorld.CreateAsync(app);
        await using var browser = await SignedInAsync(world.School.Id, Roles.Secretariat);
        await browser.GotoAsync("/structures/nouvelle");

        await AssertNoSeriousViolationAsync(browser, "a11y-host-form");
    }

    [BrowserFact]
    public async Task The_host_form_with_validation_errors_has_no_serious_violation()
    {
        var world = await SchoolWorld.CreateAsync(app);
        await using var browser = await SignedInAsync(world.School.Id, Roles.Secretariat);
        await browser.GotoAsync("/structures/nouvelle");
        await browser.Page.GetByLabel("SIRET").FillAsync("123");
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await Expect(browser.Page.Locator(".fr-message--error").First).ToBeVisibleAsync();

        await AssertNoSeriousViolationAsync(browser, "a11y-host-form-errors");
    }

    [BrowserFact]
    public async Task The_dashboard_with_its_trend_chart_has_no_serious_violation()
    {
        var world = await SchoolWorld.CreateAsync(app);
        await app.AddAsync(TestData.Student(world.School.Id, world.Class.Id, "Zéro", "Lina"));
        await AgreementFactory.CreateAsync(app, world, AgreementState.Signed);
        var today = TimeProvider.System.TodayInParis();
        await app.AddAsync(PlacementSnapshot.Take(world.School.Id, today.AddDays(-3), new PlacementTotals(2, 0, 0, 0, 0, 0)));
        await app.AddAsync(PlacementSnapshot.Take(world.School.Id, today.AddDays(-1), new PlacementTotals(2, 1, 1, 0, 0, 0)));
        await using var browser = await SignedInAsync(world.School.Id, Roles.Direction);
        await browser.GotoAsync("/tableau-de-bord");
        await Expect(browser.Page.GetByRole(AriaRole.Img, new() { Name = "Évolution du placement des élèves" })).ToBeVisibleAsync();
        await browser.Page.GetByText("Voir les données du graphique").ClickAsync();

        await AssertNoSeriousViolationAsync(browser, "a11y-dashboard");
    }

    [BrowserFact]
    public async Task The_referent_pages_have_no_serious_violation()
    {
        var world = await SchoolWorld.CreateAsync(app);
        await AgreementFactory.CreateAsync(app, world, AgreementState.Submitted);
        await using var browser = await SignedInAsync(world.School.Id, Roles.Direction);
        await browser.GotoAsync("/referents");
        await Expect(browser.Page.GetByRole(AriaRole.Table)).ToContainTextAsync(world.Student.LastName, new() { IgnoreCase = true });
        await AssertNoSeriousViolationAsync(browser, "a11y-referents");

        await browser.GotoAsync("/referents/proposition");
        await Expect(browser.Page.GetByRole(AriaRole.Button, new() { Name = "Confirmer" })).ToBeVisibleAsync();
        await AssertNoSeriousViolationAsync(browser, "a11y-referents-proposal");
    }
}
