using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using StageSeconde.BrowserTests.Browser;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace StageSeconde.BrowserTests.Features.TutorReport;

/// <summary>The tutor, on a phone, opens the link printed on the convention and reports an absence.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TutorReportInBrowserTests(TutorBrowserApp app, ITestOutputHelper output) : IClassFixture<TutorBrowserApp>
{
    private async Task<(SchoolWorld World, string Token)> ConventionWithLinkAsync()
    {
        var world = await SchoolWorld.CreateAsync(app);
        await app.WithDbAsync(async db =>
        {
            var school = await db.Schools.SingleAsync(s => s.Id == world.School.Id);
            school.Phone = "0143111111";
            await db.SaveChangesAsync();
        });
        var referent = TestData.Staff(world.School.Id, "Caër");
        referent.UpdateDetails(referent.LastName, "Jérôme", referent.Function, referent.Email, "0655443322");
        referent = await app.AddAsync(referent);
        await app.CreateUserAsync(world.School.Id, Roles.Cpe);
        var agreement = await AgreementFactory.CreateAsync(app, world, AgreementState.Validated, AgreementFactory.Terms(referentTeacherId: referent.Id));
        var token = AgreementLink.NewToken();
        await app.AddAsync(new AgreementLink(world.School.Id, agreement.Id, LinkPurpose.TutorReport, AgreementLink.Hash(token), null, TutorBrowserApp.Now, "test"));
        return (world, token);
    }

    private async Task AssertNoAxeViolationsAsync(BrowserSession browser)
    {
        var violations = await browser.AxeViolationsAsync();
        foreach (var violation in violations) output.WriteLine(violation.ToString());
        Assert.Empty(violations);
    }

    [BrowserFact]
    public async Task On_a_phone_the_tutor_reports_an_absence_and_sees_that_the_lycee_is_warned()
    {
        var (world, token) = await ConventionWithLinkAsync();
        await using var browser = await app.OpenPhoneAsync(bypassContentSecurityPolicy: true);

        await browser.GotoAsync($"/t/{token}");
        await Expect(browser.Page.GetByRole(AriaRole.Heading, new() { Name = "Signaler une absence", Exact = true })).ToBeVisibleAsync();
        await Expect(browser.Page.GetByText("Léa É.").First).ToBeVisibleAsync();
        // Nothing is wider than the phone's screen.
        Assert.True(await browser.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "La page déborde en largeur.");
        await browser.ShotAsync("tutor-report-phone");
        await AssertNoAxeViolationsAsync(browser);

        // DSFR hides the radio itself: a person taps its label.
        await browser.Page.Locator("label[for=kind-Absence]").ClickAsync();
        await Expect(browser.Page.GetByLabel("Absence", new() { Exact = true })).ToBeCheckedAsync();
        await Expect(browser.Page.Locator("select[name='Form.Day']")).ToHaveValueAsync("2027-06-16");
        await browser.Page.Locator("label[for=part-Morning]").ClickAsync();
        await Expect(browser.Page.GetByLabel("Matin", new() { Exact = true })).ToBeCheckedAsync();
        await browser.Page.GetByLabel("Commentaire (facultatif)").FillAsync("Il a prévenu par SMS qu'il avait rendez-vous chez le médecin.");
        await Expect(browser.Page.GetByLabel("Votre nom")).ToHaveValueAsync("Hugo Martin");
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Prévenir le lycée" }).ClickAsync();

        await browser.WaitForPathAsync(path => path == $"/t/{token}/signale");
        await Expect(browser.Page.GetByRole(AriaRole.Heading, new() { Name = "Le lycée est prévenu" })).ToBeVisibleAsync();
        await browser.ShotAsync("tutor-report-phone-done");
        await AssertNoAxeViolationsAsync(browser);
        Assert.Empty(browser.BrokenResources);

        var absence = await app.WithDbAsync(db => db.Absences.IgnoreQueryFilters().Include(a => a.Reports).SingleAsync(a => a.StudentId == world.Student.Id));
        Assert.Equal((new DateOnly(2027, 6, 16), DayPart.Morning), (absence.Day, absence.Part));
        Assert.Equal(ReportSource.TutorLink, Assert.Single(absence.Reports).Source);
    }

    [BrowserFact]
    public async Task On_a_phone_a_form_sent_without_choosing_what_happened_says_so_next_to_the_question()
    {
        var (_, token) = await ConventionWithLinkAsync();
        await using var browser = await app.OpenPhoneAsync(bypassContentSecurityPolicy: true);

        await browser.GotoAsync($"/t/{token}");
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Prévenir le lycée" }).ClickAsync();

        await Expect(browser.Page.Locator("#Form_Kind .fr-message--error")).ToHaveTextAsync("Choisissez ce que vous signalez.");
        await browser.ShotAsync("tutor-report-phone-errors");
        await AssertNoAxeViolationsAsync(browser);
    }

    [BrowserFact]
    public async Task The_secretariat_issues_the_link_from_the_conventions_page_and_sees_its_qr_code()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var agreement = await AgreementFactory.CreateAsync(app, world, AgreementState.Validated);
        var email = await app.CreateUserAsync(world.School.Id, Roles.Secretariat);
        await using var browser = await app.OpenPhoneAsync(bypassContentSecurityPolicy: true);
        await browser.Page.SetViewportSizeAsync(1280, 900);
        // The button asks for a confirmation first: the person accepts it.
        browser.Page.Dialog += async (_, dialog) => await dialog.AcceptAsync();

        await browser.SignInAsync(email);
        await browser.GotoAsync($"/conventions/{agreement.Id}");
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Émettre le lien" }).ClickAsync();

        await Expect(browser.Page.Locator("[data-tutor-link]")).ToContainTextAsync("/t/");
        await Expect(browser.Page.GetByRole(AriaRole.Img, new() { Name = "QR code du lien du tuteur" })).ToBeVisibleAsync();
        await Expect(browser.Page.GetByRole(AriaRole.Button, new() { Name = "Révoquer" })).ToBeVisibleAsync();
        await browser.Page.Locator("#lien-tuteur").ScrollIntoViewIfNeededAsync();
        await browser.Page.Locator("#lien-tuteur").ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ShotsFolder, "tutor-link-section.png") });
        var serious = (await browser.AxeViolationsAsync()).Where(v => v.IsSeriousOrCritical).ToList();
        Assert.Empty(serious);
    }
}
