using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using StageSeconde.BrowserTests.Browser;
using StageSeconde.BrowserTests.Features.TutorReport;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.SignedAgreements;
using StageSeconde.Web.Infrastructure.Pdf;
using StageSeconde.Web.Infrastructure.Sealing;
using StageSeconde.Web.Infrastructure.Storage;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace StageSeconde.BrowserTests.Features.SignedAgreements;

/// <summary>Someone holding a convention signed online checks it on a phone, by its file and by its hash.</summary>
[Collection(BrowserCollection.Name)]
public sealed class VerificationInBrowserTests(TutorBrowserApp app, ITestOutputHelper output) : IClassFixture<TutorBrowserApp>
{
    private async Task<(SealedAgreement Sealed, byte[] File)> SealedConventionAsync()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var agreement = await AgreementFactory.CreateAsync(app, world, AgreementState.Validated);
        var doc = new PdfDocumentBuilder(new DocumentIdentity(world.School.Name, world.School.Uai, $"Convention n° {agreement.Id}", new DateOnly(2027, 5, 18)));
        doc.Heading("Convention de stage d’observation");
        var signed = doc.ToPdf();
        var sha = SignedAgreementArchive.Sha256(signed);
        using var scope = app.Services.CreateScope();
        var archive = scope.ServiceProvider.GetRequiredService<SignedAgreementArchive>();
        var row = await archive.CreateAsync(world.School.Id, agreement.Id, signed,
        [
            new("Représentant de la structure d'accueil", "Martine Lefèvre", "m.lefevre@exemple.fr", TutorBrowserApp.Now.AddDays(-2), "203.0.113.24", "Mozilla/5.0", sha),
            new("Chef d'établissement", "Hélène Moreau", null, TutorBrowserApp.Now.AddDays(-1), "192.0.2.1", "Mozilla/5.0", sha),
        ], CancellationToken.None);
        await using var stored = app.Services.GetRequiredService<IFileStore>().OpenRead(row.StoredFileName)!;
        using var copy = new MemoryStream();
        await stored.CopyToAsync(copy);
        return (row, copy.ToArray());
    }

    private async Task AssertNoAxeViolationsAsync(BrowserSession browser)
    {
        var violations = await browser.AxeViolationsAsync();
        foreach (var violation in violations) output.WriteLine(violation.ToString());
        Assert.Empty(violations);
    }

    [BrowserFact]
    public async Task On_a_phone_the_sealed_file_is_recognised_and_a_pasted_wrong_hash_is_not()
    {
        var (sealedAgreement, file) = await SealedConventionAsync();
        await using var browser = await app.OpenPhoneAsync(bypassContentSecurityPolicy: true);

        await browser.GotoAsync(VerificationAddress.Path(sealedAgreement.VerificationCode));
        await Expect(browser.Page.GetByRole(AriaRole.Heading, new() { Name = "Vérifier une convention signée" })).ToBeVisibleAsync();
        await Expect(browser.Page.GetByText($"n° {sealedAgreement.AgreementId} scellée le").First).ToBeVisibleAsync();
        Assert.True(await browser.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "La page déborde en largeur.");
        await browser.ShotAsync("verifier-phone");
        await AssertNoAxeViolationsAsync(browser);

        await browser.Page.GetByLabel("Le PDF de la convention signée").SetInputFilesAsync(new FilePayload
        {
            Name = "convention-signee.pdf", MimeType = "application/pdf", Buffer = file,
        });
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Vérifier le fichier" }).ClickAsync();
        await Expect(browser.Page.GetByRole(AriaRole.Heading, new() { Name = "Ce fichier est bien la convention signée" })).ToBeVisibleAsync();
        Assert.True(await browser.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "La page déborde en largeur.");
        await browser.ShotAsync("verifier-phone-ok");
        await AssertNoAxeViolationsAsync(browser);

        await browser.Page.GetByLabel("Empreinte SHA-256 du fichier").FillAsync(new string('0', 64));
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Vérifier l'empreinte" }).ClickAsync();
        await Expect(browser.Page.GetByRole(AriaRole.Heading, new() { Name = "Ce fichier n'est pas la convention signée enregistrée" })).ToBeVisibleAsync();
        await browser.ShotAsync("verifier-phone-ko");
        await AssertNoAxeViolationsAsync(browser);
        Assert.Empty(browser.BrokenResources);
    }
}
