using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using StageSeconde.BrowserTests.Browser;
using StageSeconde.BrowserTests.Features.TutorReport;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.OnlineSignatures;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace StageSeconde.BrowserTests.Features.OnlineSignatures;

/// <summary>
/// A legal guardian signs the convention on a phone from the link the secrétariat sent: the summary, their name, the consent
/// box, the one-time code, the confirmation. The e-mails are read from the outbox (this application has no SMTP server).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class GuardianSigningInBrowserTests(TutorBrowserApp app, ITestOutputHelper output) : IClassFixture<TutorBrowserApp>
{
    private async Task AssertNoAxeViolationsAsync(BrowserSession browser)
    {
        var violations = await browser.AxeViolationsAsync();
        foreach (var violation in violations) output.WriteLine(violation.ToString());
        Assert.Empty(violations);
    }

    private Task<string> LastMailBodyAsync(int requestId, string topic) => app.WithDbAsync(db => db.OutboxMessages
        .Where(m => m.Topic == topic && m.RelatedId == requestId).OrderByDescending(m => m.Id).Select(m => m.Body).FirstAsync());

    private static async Task AssertFitsThePhoneAsync(BrowserSession browser) =>
        Assert.True(await browser.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "La page déborde en largeur.");

    [BrowserFact]
    public async Task On_a_phone_a_guardian_opens_the_link_asks_for_a_code_and_signs()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var guardianEmail = $"parent.{Guid.NewGuid():N}@example.fr";
        await app.WithDbAsync(db => db.Guardians.IgnoreQueryFilters().Where(g => g.Id == world.Guardian.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(g => g.Email, guardianEmail)));
        var agreement = await AgreementFactory.CreateAsync(app, world, AgreementState.Validated);
        var secretary = await app.CreateUserAsync(world.School.Id, Roles.Secretariat);

        // The secrétariat starts the collection from the convention's page, as it would.
        await using (var office = await app.OpenPhoneAsync())
        {
            await office.Page.SetViewportSizeAsync(1280, 900);
            office.Page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
            await office.SignInAsync(secretary);
            await office.GotoAsync($"/conventions/{agreement.Id}");
            await office.Page.GetByRole(AriaRole.Button, new() { Name = "Lancer la signature en ligne" }).ClickAsync();
            await Expect(office.Page.Locator("#signature-en-ligne")).ToContainTextAsync(guardianEmail);
        }
        var requestId = await app.WithDbAsync(db => db.SignatureRequests.IgnoreQueryFilters()
            .Where(r => r.AgreementId == agreement.Id && r.Party == SignatureParty.Guardian).Select(r => r.Id).SingleAsync());
        var token = LinkPattern().Match(await LastMailBodyAsync(requestId, SignatureTopics.Link)).Groups["token"].Value;
        Assert.False(string.IsNullOrEmpty(token), "Le lien de signature n'est pas dans l'e-mail.");

        await using var browser = await app.OpenPhoneAsync(bypassContentSecurityPolicy: true);
        await browser.GotoAsync($"/s/{token}");
        await Expect(browser.Page.GetByRole(AriaRole.Heading, new() { Name = "Signer la convention de stage", Exact = true })).ToBeVisibleAsync();
        await Expect(browser.Page.GetByRole(AriaRole.Heading, new() { Name = "La convention en bref" })).ToBeVisibleAsync();
        await Expect(browser.Page.Locator(".app-summary")).ToContainTextAsync(world.Host.Name);
        await Expect(browser.Page.GetByRole(AriaRole.Link, new() { Name = "Lire la convention complète (PDF, version 1)" })).ToBeVisibleAsync();
        await AssertFitsThePhoneAsync(browser);
        await AssertNoAxeViolationsAsync(browser);

        await browser.Page.GetByLabel("Vos prénom et nom").FillAsync("Camille Parent");
        // DSFR draws the checkbox on its label: a person taps the label.
        await browser.Page.Locator("label[for=Form_Consent]").ClickAsync();
        await Expect(browser.Page.Locator("#Form_Consent")).ToBeCheckedAsync();
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Recevoir un code" }).ClickAsync();

        await Expect(browser.Page.GetByLabel("Code reçu par e-mail")).ToBeVisibleAsync();
        await Expect(browser.Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Un code à 6 chiffres a été envoyé" })).ToBeVisibleAsync();
        // The name and the consent are kept on the page that asks for the code.
        await Expect(browser.Page.GetByLabel("Vos prénom et nom")).ToHaveValueAsync("Camille Parent");
        await Expect(browser.Page.Locator("#Form_Consent")).ToBeCheckedAsync();
        var body = (await LastMailBodyAsync(requestId, SignatureTopics.Code)).Replace(world.School.Name, "").Replace(world.School.Uai, "");
        var code = CodePattern().Match(body).Value;
        Assert.Matches("^[0-9]{6}$", code);
        await browser.Page.GetByLabel("Code reçu par e-mail").FillAsync(code);
        await AssertFitsThePhoneAsync(browser);
        await browser.ShotAsync("signature-parent-375");
        await AssertNoAxeViolationsAsync(browser);
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Signer la convention", Exact = true }).ClickAsync();

        await Expect(browser.Page.GetByRole(AriaRole.Heading, new() { Name = "Signature enregistrée" })).ToBeVisibleAsync();
        await Expect(browser.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Votre signature est enregistrée");
        Assert.Equal($"/s/{token}/reponse", browser.PathAndQuery);
        await AssertFitsThePhoneAsync(browser);
        await browser.ShotAsync("signature-confirmee-375");
        await AssertNoAxeViolationsAsync(browser);
        Assert.Empty(browser.BrokenResources);

        var signature = await app.WithDbAsync(db => db.Set<AgreementSignature>().IgnoreQueryFilters()
            .SingleAsync(s => s.AgreementId == agreement.Id && s.Party == SignatureParty.Guardian));
        Assert.Equal((SignatureMode.Electronic, "Camille Parent", guardianEmail), (signature.Mode, signature.SignerName, signature.SignerEmail));
    }

    [GeneratedRegex(@"/s/(?<token>[A-Za-z0-9_-]{22})")]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex CodePattern();
}
