using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using StageSeconde.BrowserTests.Browser;
using StageSeconde.BrowserTests.Features.TutorReport;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace StageSeconde.BrowserTests.Features.HeadSignature;

/// <summary>The chef d'établissement ticks two conventions of « Conventions à signer », re-enters their password and signs them.</summary>
[Collection(BrowserCollection.Name)]
public sealed class HeadSignatureInBrowserTests(TutorBrowserApp app, ITestOutputHelper output) : IClassFixture<TutorBrowserApp>
{
    private async Task AssertNoAxeViolationsAsync(BrowserSession browser)
    {
        var violations = await browser.AxeViolationsAsync();
        foreach (var violation in violations) output.WriteLine(violation.ToString());
        Assert.Empty(violations);
    }

    private async Task<Agreement> ValidatedAsync(SchoolWorld world, string lastName, string firstName)
    {
        var student = await app.AddAsync(TestData.Student(world.School.Id, world.Class.Id, lastName, firstName));
        await app.AddAsync(TestData.Guardian(world.School.Id, student.Id));
        return await AgreementFactory.CreateAsync(app, world.School.Id, student.Id, world.Host.Id, AgreementState.Validated);
    }

    [BrowserFact]
    public async Task The_head_signs_a_selection_of_two_conventions_after_re_entering_the_password()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var head = await app.CreateUserAsync(world.School.Id, Roles.Direction);
        await app.WithDbAsync(async db =>
        {
            var id = await db.Users.Where(u => u.Email == head).Select(u => u.Id).SingleAsync();
            var school = await db.Schools.SingleAsync(s => s.Id == world.School.Id);
            school.HeadUserId = id;
            await db.SaveChangesAsync();
        });
        var first = await ValidatedAsync(world, "Bernard", "Inès");
        var second = await ValidatedAsync(world, "Nguyen", "Tom");
        var left = await ValidatedAsync(world, "Petit", "Jules");
        await using var browser = await app.OpenPhoneAsync(bypassContentSecurityPolicy: true);
        await browser.Page.SetViewportSizeAsync(1280, 900);

        await browser.SignInAsync(head);
        await browser.GotoAsync("/conventions/a-signer");
        await Expect(browser.Page.GetByRole(AriaRole.Heading, new() { Name = "Conventions à signer", Exact = true })).ToBeVisibleAsync();
        await Expect(browser.Page.Locator("[data-signing-right]")).ToHaveAttributeAsync("data-signing-right", "oui");
        await Expect(browser.Page.Locator("tbody tr[data-agreement]")).ToHaveCountAsync(3);
        await AssertNoAxeViolationsAsync(browser);
        // The label holds only words for screen readers and DSFR draws the box itself: the (transparent) box is ticked.
        await browser.Page.Locator($"#select-{first.Id}").CheckAsync(new() { Force = true });
        await browser.Page.Locator($"#select-{second.Id}").CheckAsync(new() { Force = true });
        await Expect(browser.Page.Locator($"#select-{first.Id}")).ToBeCheckedAsync();
        await Expect(browser.Page.Locator($"#select-{second.Id}")).ToBeCheckedAsync();
        await Expect(browser.Page.Locator($"#select-{left.Id}")).Not.ToBeCheckedAsync();
        await browser.ShotAsync("conventions-a-signer");
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Signer la sélection" }).ClickAsync();

        await Expect(browser.Page.GetByRole(AriaRole.Heading, new() { Name = "Confirmer la signature" })).ToBeVisibleAsync();
        await Expect(browser.Page.Locator("tbody tr[data-agreement]")).ToHaveCountAsync(2);
        await Expect(browser.Page.Locator($"tr[data-agreement='{left.Id}']")).ToHaveCountAsync(0);
        await browser.Page.GetByLabel("Votre mot de passe").FillAsync(TestApp.Password);
        await browser.ShotAsync("conventions-a-signer-confirmer");
        await AssertNoAxeViolationsAsync(browser);
        var sign = browser.Page.GetByRole(AriaRole.Button, new() { Name = "Signer les 2 conventions" });
        // The button shows its words, not only its icon (DSFR cuts the text of an icon button in a group without --icon-left).
        Assert.True(await sign.EvaluateAsync<bool>("b => b.scrollWidth <= b.clientWidth"), "Le texte du bouton « Signer les 2 conventions » est coupé.");
        await sign.ClickAsync();

        await Expect(browser.Page.GetByRole(AriaRole.Heading, new() { Name = "Signature des conventions", Exact = true })).ToBeVisibleAsync();
        await Expect(browser.Page.Locator("#sign-summary")).ToHaveTextAsync("2 convention(s) signée(s), 0 non signée(s).");
        await Expect(browser.Page.Locator("#sign-summary")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("fr-alert--success"));
        await browser.ShotAsync("conventions-a-signer-resultat");
        await AssertNoAxeViolationsAsync(browser);
        Assert.Empty(browser.BrokenResources);

        var signed = await app.WithDbAsync(db => db.AgreementSignatures.IgnoreQueryFilters()
            .Where(s => s.Party == SignatureParty.SchoolHead && new[] { first.Id, second.Id, left.Id }.Contains(s.AgreementId))
            .Select(s => new { s.AgreementId, s.Mode }).ToListAsync());
        Assert.Equal(new[] { first.Id, second.Id }.Order(), signed.Select(s => s.AgreementId).Order());
        Assert.All(signed, s => Assert.Equal(SignatureMode.Electronic, s.Mode));
    }
}
