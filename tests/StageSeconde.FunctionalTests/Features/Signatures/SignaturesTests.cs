using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StageSeconde.Web.Infrastructure;
using StageSeconde.FunctionalTests.Features.Validation;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Storage;

namespace StageSeconde.FunctionalTests.Features.Signatures;

public sealed class SignaturesTests(TestApp app) : IClassFixture<TestApp>
{
    private static string Page(int id) => $"/conventions/{id}/signatures";

    private static string Today => DateOnly.FromDateTime(DateTime.UtcNow.ToParis()).ToString("yyyy-MM-dd");

    private static Task<HttpResponseMessage> RecordAsync(AppClient client, int id, SignatureParty party, int? guardianId = null, string? date = null, SignatureMode mode = SignatureMode.Paper) =>
        RecordWithVersionAsync(client, id, party, guardianId, date, mode);

    private static async Task<HttpResponseMessage> RecordWithVersionAsync(AppClient client, int id, SignatureParty party, int? guardianId, string? date, SignatureMode mode)
    {
        var page = await client.GetDocumentAsync(Page(id));
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var version = page.QuerySelector("input[name='Form.Version']")!.GetAttribute("value");
        return await client.PostWithTokenAsync(Page(id), token, new Dictionary<string, string?>
        {
            ["Form.Version"] = version, ["Form.Party"] = party.ToString(), ["Form.GuardianId"] = guardianId?.ToString(),
            ["Form.SignedOn"] = date ?? Today, ["Form.Mode"] = mode.ToString(),
        });
    }

    /// <summary>Posts a file the way the browser does: multipart, with the page's antiforgery token.</summary>
    private static async Task<HttpResponseMessage> UploadAsync(AppClient client, int id, byte[] content, string fileName, string announcedType = "application/pdf")
    {
        var token = await client.TokenFromAsync(Page(id));
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(announcedType);
        form.Add(file, "scan", fileName);
        return await client.Http.PostAsync($"/conventions/{id}/scans", form);
    }

    private string StoreFolder => ((LocalFileStore)app.Services.GetRequiredService<IFileStore>()).Root;

    private int FilesInStore => Directory.Exists(StoreFolder) ? Directory.GetFiles(StoreFolder).Length : 0;

    [Fact]
    public async Task A_convention_goes_from_draft_to_signed_with_the_right_roles_and_its_history_has_every_step()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var agreement = await AgreementFactory.CreateAsync(app, world, AgreementState.Submitted, AgreementFactory.Terms(referentTeacherId: world.Staff.Id));
        using var head = await app.SignInAsAsync(Roles.Direction, world.School.Id);
        using var secretary = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);

        var validated = await head.PostFormAsync($"/conventions/{agreement.Id}/valider", $"/conventions/{agreement.Id}/valider",
            new() { ["version"] = agreement.Version.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, validated.StatusCode);
        Assert.Equal(AgreementState.Validated, (await Conventions.ReloadAsync(app, agreement.Id)).State);

        foreach (var party in new[] { SignatureParty.SchoolHead, SignatureParty.HostRepresentative, SignatureParty.Student })
            Assert.Equal(HttpStatusCode.Redirect, (await RecordAsync(secretary, agreement.Id, party)).StatusCode);
        Assert.Equal(AgreementState.InSignature, (await Conventions.ReloadAsync(app, agreement.Id)).State);
        var last = await RecordAsync(secretary, agreement.Id, SignatureParty.Guardian, world.Guardian.Id, mode: SignatureMode.Electronic);
        Assert.Equal(HttpStatusCode.Redirect, last.StatusCode);

        var stored = await Conventions.ReloadAsync(app, agreement.Id);
        Assert.Equal(AgreementState.Signed, stored.State);
        Assert.Equal(
            [(null, AgreementState.Draft), (AgreementState.Draft, AgreementState.Submitted), (AgreementState.Submitted, AgreementState.Validated),
             (AgreementState.Validated, AgreementState.InSignature), (AgreementState.InSignature, AgreementState.Signed)],
            stored.Transitions.OrderBy(t => t.At).ThenBy(t => t.Id).Select(t => (t.From, t.To)).ToList());
        Assert.Equal(4, stored.Signatures.Count);
        Assert.Equal((world.Guardian.Id, SignatureMode.Electronic), stored.Signatures.Where(s => s.Party == SignatureParty.Guardian).Select(s => (s.GuardianId!.Value, s.Mode)).Single());
        var page = await secretary.GetDocumentAsync(Page(agreement.Id));
        Assert.Contains("Toutes les signatures requises sont réunies : la convention est signée.", page.QuerySelector(".fr-alert--success")!.TextContent);
        Assert.Equal(4, page.QuerySelectorAll("tr[data-party] .fr-badge--success").Length);
        Assert.Contains("Camille PARENT", page.QuerySelector($"tr[data-party='{SignatureParty.Guardian}']")!.TextContent);
    }

    [Fact]
    public async Task Starting_the_collection_from_a_page_read_before_a_change_does_nothing_and_says_so()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var agreement = await AgreementFactory.CreateAsync(app, world, AgreementState.Validated);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);

        var response = await client.PostFormAsync(Page(agreement.Id), $"/conventions/{agreement.Id}/signatures/demarrer", new() { ["version"] = (agreement.Version - 1).ToString() });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(AgreementState.Validated, (await Conventions.ReloadAsync(app, agreement.Id)).State);
        var page = await client.GetDocumentAsync(Page(agreement.Id));
        Assert.Contains("La convention a été modifiée entre-temps", page.QuerySelector(".fr-alert--error")!.TextContent);
    }

    [Fact]
    public async Task The_collection_of_signatures_can_be_started_explicitly()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var agreement = await AgreementFactory.CreateAsync(app, world, AgreementState.Validated);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);

        var response = await client.PostFormAsync(Page(agreement.Id), $"/conventions/{agreement.Id}/signatures/demarrer", new() { ["version"] = agreement.Version.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(AgreementState.InSignature, (await Conventions.ReloadAsync(app, agreement.Id)).State);
        var page = await client.GetDocumentAsync(Page(agreement.Id));
        Assert.Contains("Collecte des signatures démarrée", page.QuerySelector(".fr-alert--success")!.TextContent);
        Assert.Null(page.QuerySelector($"form[action='/conventions/{agreement.Id}/signatures/demarrer']"));
    }

    [Fact]
    public async Task A_signature_needs_its_guardian_a_past_date_and_a_validated_convention()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var agreement = await AgreementFactory.CreateAsync(app, world, AgreementState.Validated);
        var other = await Conventions.StudentAsync(app, world, "Autre");
        var otherGuardian = await app.WithDbAsync(db => db.Guardians.IgnoreQueryFilters().SingleAsync(g => g.StudentId == other.Id));
        var submitted = await Conventions.SubmittedAsync(app, world, "Soumis");
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);

        var noGuardian = await RecordAsync(client, agreement.Id, SignatureParty.Guardian);
        Assert.Contains("Responsable légal : choisissez celui ou celle qui a signé.", await AppClient.FieldErrorsAsync(noGuardian));
        var wrongGuardian = await RecordAsync(client, agreement.Id, SignatureParty.Guardian, otherGuardian.Id);
        Assert.Contains("Choisissez un responsable légal de l'élève.", await AppClient.FieldErrorsAsync(wrongGuardian));
        var future = await RecordAsync(client, agreement.Id, SignatureParty.Student, date: DateOnly.FromDateTime(DateTime.UtcNow.ToParis()).AddDays(2).ToString("yyyy-MM-dd"));
        Assert.Contains("La date de signature ne peut pas être dans le futur.", await AppClient.FieldErrorsAsync(future));
        var beforeCreation = await RecordAsync(client, agreement.Id, SignatureParty.Student, date: "2020-01-01");
        Assert.Contains(await AppClient.FieldErrorsAsync(beforeCreation), e => e.StartsWith("La date de signature ne peut pas précéder la création de la convention"));
        Assert.Equal(HttpStatusCode.OK, beforeCreation.StatusCode);

        var stored = await Conventions.ReloadAsync(app, agreement.Id);
        Assert.Empty(stored.Signatures);
        Assert.Equal(AgreementState.Validated, stored.State);

        var page = await client.GetDocumentAsync(Page(submitted.Id));
        Assert.Contains("Les signatures s'enregistrent une fois la convention validée", page.Body!.TextContent);
        Assert.Null(page.QuerySelector($"form[action='{Page(submitted.Id)}']"));
        var refused = await client.PostFormAsync(Page(submitted.Id), Page(submitted.Id), new()
        {
            ["Form.Version"] = submitted.Version.ToString(), ["Form.Party"] = nameof(SignatureParty.Student), ["Form.SignedOn"] = Today, ["Form.Mode"] = nameof(SignatureMode.Paper),
        });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Les signatures ne s'enregistrent que sur une convention validée.", (await AppClient.ParseAsync(await refused.Content.ReadAsStringAsync())).QuerySelector("#form-errors")!.TextContent);
        Assert.Empty((await Conventions.ReloadAsync(app, submitted.Id)).Signatures);
    }

    [Fact]
    public async Task Teachers_cannot_record_signatures()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var agreement = await AgreementFactory.CreateAsync(app, world, AgreementState.Validated);
        using var client = await app.SignInAsAsync(Roles.Enseignant, world.School.Id);
        var token = await client.TokenFromAsync("/mot-de-passe");

        Assert.Contains("/acces-refuse", (await client.GetAsync(Page(agreement.Id))).Headers.Location!.OriginalString);
        var response = await client.PostWithTokenAsync(Page(agreement.Id), token, new Dictionary<string, string?>
        {
            ["Form.Version"] = agreement.Version.ToString(), ["Form.Party"] = nameof(SignatureParty.Student), ["Form.SignedOn"] = Today, ["Form.Mode"] = nameof(SignatureMode.Paper),
        });

        Assert.Contains("/acces-refuse", response.Headers.Location!.OriginalString);
        Assert.Empty((await Conventions.ReloadAsync(app, agreement.Id)).Signatures);
    }

    [Fact]
    public async Task A_file_named_pdf_that_is_not_one_is_refused_and_nothing_is_stored()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var agreement = await AgreementFactory.CreateAsync(app, world, AgreementState.Signed);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        var (rows, files) = (await app.CountAsync<AgreementScan>(), FilesInStore);

        var response = await UploadAsync(client, agreement.Id, "MZ\u0090\0 ceci n'est pas un PDF"u8.ToArray(), "convention.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("Ce fichier n'est ni un PDF, ni une image JPEG ou PNG", page.QuerySelector("#scan-messages .fr-message--error")!.TextContent);
        Assert.Equal("true", page.QuerySelector("#scan")!.GetAttribute("aria-invalid"));
        Assert.Equal(rows, await app.CountAsync<AgreementScan>());
        Assert.Equal(files, FilesInStore);
    }

    [Theory]
    [InlineData("convention signée.pdf", "application/pdf", "convention signée.pdf")]
    [InlineData("C:\\Scans\\page<1>.PNG", "image/png", "page1.png")]
    public async Task A_pdf_or_a_png_is_filed_outside_the_web_root_and_downloaded_by_the_school_only(string fileName, string contentType, string keptName)
    {
        var world = await SchoolWorld.CreateAsync(app);
        var other = await SchoolWorld.CreateAsync(app);
        var agreement = await AgreementFactory.CreateAsync(app, world, AgreementState.Signed);
        var content = contentType == "image/png" ? Conventions.Png : Conventions.Pdf;
        using var secretary = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);

        // The browser's announced type is not trusted: the content decides.
        var response = await UploadAsync(secretary, agreement.Id, content, fileName, announcedType: "application/octet-stream");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var scan = await app.WithDbAsync(db => db.AgreementScans.IgnoreQueryFilters().SingleAsync(s => s.AgreementId == agreement.Id));
        Assert.Equal((world.School.Id, keptName, contentType, (long)content.Length), (scan.SchoolId, scan.OriginalFileName, scan.ContentType, scan.Size));
        Assert.Matches("^[0-9a-f]{32}\\.(pdf|png)$", scan.StoredFileName);
        var stored = Path.Combine(StoreFolder, scan.StoredFileName);
        Assert.Equal(content, await File.ReadAllBytesAsync(stored));
        Assert.DoesNotContain(Path.DirectorySeparatorChar + "wwwroot" + Path.DirectorySeparatorChar, stored);
        var page = await secretary.GetDocumentAsync(Page(agreement.Id));
        Assert.Equal(keptName, page.QuerySelector($"tr[data-scan='{scan.Id}'] a")!.TextContent.Trim());

        using var teacher = await app.SignInAsAsync(Roles.Enseignant, world.School.Id);
        using var download = await teacher.GetAsync($"/conventions/scans/{scan.Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(contentType, download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(keptName, download.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal(content, await download.Content.ReadAsByteArrayAsync());

        using var stranger = await app.SignInAsAsync(Roles.Direction, other.School.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/conventions/scans/{scan.Id}")).StatusCode);
        var strangerToken = await stranger.TokenFromAsync("/mot-de-passe");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostWithTokenAsync($"/conventions/scans/{scan.Id}/supprimer", strangerToken, [])).StatusCode);
        Assert.True(File.Exists(stored));
    }

    [Fact]
    public async Task A_file_over_ten_megabytes_is_refused_with_a_french_message_and_nothing_is_stored()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var agreement = await AgreementFactory.CreateAsync(app, world, AgreementState.Signed);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        var (rows, files) = (await app.CountAsync<AgreementScan>(), FilesInStore);
        var tooBig = new byte[10 * 1024 * 1024 + 1];
        Conventions.Pdf.CopyTo(tooBig, 0);

        var response = await UploadAsync(client, agreement.Id, tooBig, "enorme.pdf");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Page(agreement.Id), response.Headers.Location!.OriginalString);
        var page = await client.GetDocumentAsync(Page(agreement.Id));
        Assert.StartsWith("Le fichier dépasse 10 Mo", page.QuerySelector(".fr-alert--error")!.TextContent.Trim());
        Assert.Equal(rows, await app.CountAsync<AgreementScan>());
        Assert.Equal(files, FilesInStore);
    }

    [Fact]
    public async Task Deleting_a_scan_removes_its_row_and_its_file()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var agreement = await AgreementFactory.CreateAsync(app, world, AgreementState.Signed);
        var scan = await Conventions.ScanAsync(app, world.School.Id, agreement.Id, Conventions.Pdf);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        var page = await client.GetDocumentAsync(Page(agreement.Id));
        Assert.NotNull(page.QuerySelector($"form[action='/conventions/scans/{scan.Id}/supprimer'][data-confirm]"));

        var response = await client.PostFormAsync(Page(agreement.Id), $"/conventions/scans/{scan.Id}/supprimer", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.AgreementScans.IgnoreQueryFilters().AnyAsync(s => s.Id == scan.Id)));
        Assert.False(File.Exists(Path.Combine(StoreFolder, scan.StoredFileName)));
    }
}
