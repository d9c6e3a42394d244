using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using StageSeconde.FunctionalTests.Features.Validation;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Features.Signatures;

/// <summary>« Signée hors application »: the external reference and the signed PDF make the convention signed; bad input changes nothing.</summary>
public sealed class ExternalSignatureTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly byte[] Pdf = "%PDF-1.4\n%signed elsewhere\n"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0];

    private static async Task<HttpResponseMessage> PostAsync(AppClient client, Agreement agreement, string? reference, byte[]? file, string fileName = "convention-signee.pdf")
    {
        var token = await client.TokenFromAsync($"/conventions/{agreement.Id}/signatures");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        form.Add(new StringContent(agreement.Version.ToString()), "version");
        if (reference is not null) form.Add(new StringContent(reference), "externalReference");
        if (file is not null)
        {
            var content = new ByteArrayContent(file);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(content, "signedPdf", fileName);
        }
        return await client.Http.PostAsync($"/conventions/{agreement.Id}/signatures/hors-application", form);
    }

    [Fact]
    public async Task A_convention_signed_on_the_national_platform_is_recorded_with_its_reference_and_pdf()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var agreement = await AgreementFactory.CreateAsync(app, world, AgreementState.Validated);
        using var secretary = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);

        var noReference = await PostAsync(secretary, agreement, "   ", Pdf);
        Assert.Equal(HttpStatusCode.OK, noReference.StatusCode);
        Assert.Contains("Référence de la signature : ce champ est obligatoire.", await AppClient.FieldErrorsAsync(noReference));
        var tooLong = await PostAsync(secretary, agreement, new string('R', 101), Pdf);
        Assert.Contains("Référence de la signature : 100 caractères au maximum.", await AppClient.FieldErrorsAsync(tooLong));
        var image = await PostAsync(secretary, agreement, "PN-2027-000123", Png, "scan.pdf");
        Assert.Contains("Convention signée : déposez le PDF signé, pas une image.", await AppClient.FieldErrorsAsync(image));
        var noFile = await PostAsync(secretary, agreement, "PN-2027-000123", null);
        Assert.Contains("Convention signée : déposez le PDF signé hors application.", await AppClient.FieldErrorsAsync(noFile));
        var unchanged = await Conventions.ReloadAsync(app, agreement.Id);
        Assert.Equal((AgreementState.Validated, 0, null), (unchanged.State, unchanged.Signatures.Count, unchanged.ExternalSignatureReference));

        var recorded = await PostAsync(secretary, agreement, "  PN-2027-000123 ", Pdf);
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var signed = await Conventions.ReloadAsync(app, agreement.Id);
        Assert.Equal(AgreementState.Signed, signed.State);
        Assert.Equal("PN-2027-000123", signed.ExternalSignatureReference);
        Assert.Equal(4, signed.Signatures.Count);
        Assert.All(signed.Signatures, s => Assert.Equal(SignatureMode.External, s.Mode));
        Assert.Equal(world.Guardian.Id, signed.Signatures.Single(s => s.Party == SignatureParty.Guardian).GuardianId);
        Assert.Equal(1, await app.WithDbAsync(db => db.AgreementScans.IgnoreQueryFilters().CountAsync(s => s.AgreementId == agreement.Id && s.ContentType == "application/pdf")));

        var page = await secretary.GetDocumentAsync($"/conventions/{agreement.Id}");
        Assert.Contains("PN-2027-000123", page.QuerySelector("#external-reference")!.TextContent);

        // Once signed, it cannot be recorded again.
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(secretary, await Conventions.ReloadAsync(app, agreement.Id), "AUTRE", Pdf)).StatusCode);
        Assert.Equal("PN-2027-000123", (await Conventions.ReloadAsync(app, agreement.Id)).ExternalSignatureReference);
    }
}
