using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StageSeconde.FunctionalTests.Features.TutorReport;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.SignedAgreements;
using StageSeconde.Web.Infrastructure.Storage;

namespace StageSeconde.FunctionalTests.Features.SignedAgreements;

/// <summary>
/// The sealed convention: stored with its hash, downloaded by the staff, checked by anyone on <c>/verifier/{code}</c>
/// (file or hash), without any personal data on that page.
/// </summary>
public sealed class VerificationTests(TutorLinkTestApp app) : IClassFixture<TutorLinkTestApp>
{
    private static async Task<string> TextAsync(HttpResponseMessage response) =>
        (await AppClient.ParseAsync(await response.Content.ReadAsStringAsync())).Body?.TextContent ?? "";

    private static string PathOf(SealedAgreement s) => VerificationAddress.Path(s.VerificationCode);

    private static async Task<HttpResponseMessage> UploadAsync(AppClient client, SealedAgreement s, byte[] content, string fileName = "convention.pdf")
    {
        var token = await client.TokenFromAsync(PathOf(s));
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "fichier", fileName);
        return await client.Http.PostAsync(PathOf(s) + "/fichier", form);
    }

    private async Task<byte[]> StoredFileAsync(SealedAgreement s)
    {
        await using var stream = app.Services.GetRequiredService<IFileStore>().OpenRead(s.StoredFileName)!;
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    [Fact]
    public async Task The_stored_file_has_the_recorded_hash_and_is_found_as_the_latest()
    {
        var world = await SchoolWorld.CreateAsync(app, withAgreement: true);
        var (sealedAgreement, signed) = await SealedConventions.SealAsync(app, world);

        var file = await StoredFileAsync(sealedAgreement);
        Assert.Equal(sealedAgreement.Sha256, Convert.ToHexStringLower(SHA256.HashData(file)));
        Assert.Equal(SignedAgreementArchive.Sha256(signed), sealedAgreement.SignedVersionSha256);
        Assert.Equal(file.Length, sealedAgreement.Size);
        Assert.True(SealedAgreement.IsCanonicalCode(sealedAgreement.VerificationCode));
        Assert.Contains("cachet de développement", sealedAgreement.CertificateSubject);
        Assert.Equal(world.School.Id, sealedAgreement.SchoolId);
        Assert.Equal(new DateTime(2027, 5, 21, 9, 30, 0, DateTimeKind.Utc), sealedAgreement.CompletedAt);

        var (again, _) = await SealedConventions.SealAsync(app, world);
        var latest = await app.WithDbAsync(db => db.SealedAgreements.IgnoreQueryFilters().Where(s => s.AgreementId == world.Agreement!.Id)
            .OrderByDescending(s => s.SealedAt).ThenByDescending(s => s.Id).FirstAsync());
        Assert.Equal(again.Id, latest.Id);
        Assert.NotEqual(sealedAgreement.VerificationCode, again.VerificationCode);
        using var visitor = app.AnonymousClient();
        Assert.Contains("Une version plus récente de cette convention", await TextAsync(await visitor.GetAsync(PathOf(sealedAgreement))));
        Assert.DoesNotContain("Une version plus récente de cette convention", await TextAsync(await visitor.GetAsync(PathOf(again))));
    }

    [Fact]
    public async Task A_signature_given_on_another_version_is_never_sealed()
    {
        var world = await SchoolWorld.CreateAsync(app, withAgreement: true);
        var signed = SealedConventions.SignedVersion(world, world.Agreement!.Id);
        var evidence = SealedConventions.Evidence(signed, DateTimeOffset.UtcNow).ToList();
        evidence[1] = evidence[1] with { DocumentSha256 = new string('a', 64) };
        using var scope = app.Services.CreateScope();
        var archive = scope.ServiceProvider.GetRequiredService<SignedAgreementArchive>();

        await Assert.ThrowsAsync<ArgumentException>(() => archive.CreateAsync(world.School.Id, world.Agreement.Id, signed, evidence, CancellationToken.None));
        Assert.Equal(0, await app.WithDbAsync(db => db.SealedAgreements.IgnoreQueryFilters().CountAsync(s => s.AgreementId == world.Agreement.Id)));
    }

    [Fact]
    public async Task The_page_names_the_lycee_and_the_convention_and_no_person()
    {
        var world = await SchoolWorld.CreateAsync(app, withAgreement: true);
        var (sealedAgreement, _) = await SealedConventions.SealAsync(app, world);
        using var visitor = app.AnonymousClient();

        var response = await visitor.GetAsync(PathOf(sealedAgreement));
        var html = await response.Content.ReadAsStringAsync();
        var text = await TextAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"Convention de stage d'observation n° {world.Agreement!.Id} scellée le", text);
        Assert.Contains(world.School.Name, text);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
        foreach (var personal in new[]
                 {
                     world.Student.LastName, world.Student.FirstName, world.Guardian.LastName, world.Host.Name, world.Tutor.LastName,
                     SealedConventions.HostSigner, SealedConventions.GuardianSigner, SealedConventions.HostSignerEmail, "203.0.113.24",
                 })
            Assert.DoesNotContain(personal, html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_sealed_file_is_recognised_and_any_other_file_is_not()
    {
        var world = await SchoolWorld.CreateAsync(app, withAgreement: true);
        var (sealedAgreement, signed) = await SealedConventions.SealAsync(app, world);
        var file = await StoredFileAsync(sealedAgreement);
        using var visitor = app.AnonymousClient();

        var right = await TextAsync(await UploadAsync(visitor, sealedAgreement, file));
        var tampered = (byte[])file.Clone();
        tampered[file.Length / 2] ^= 0x20;
        var wrong = await TextAsync(await UploadAsync(visitor, sealedAgreement, tampered, "convention-modifiee.pdf"));
        var signedOnly = await TextAsync(await UploadAsync(visitor, sealedAgreement, signed));

        Assert.Contains("Ce fichier est bien la convention signée", right);
        Assert.DoesNotContain("n'est pas la convention signée", right);
        Assert.Contains("Ce fichier n'est pas la convention signée enregistrée", wrong);
        Assert.Contains("convention-modifiee.pdf", wrong);
        Assert.Contains("version signée, sans sa page de signatures", signedOnly);
    }

    [Fact]
    public async Task A_pasted_hash_is_checked_and_a_malformed_one_is_refused_in_French()
    {
        var world = await SchoolWorld.CreateAsync(app, withAgreement: true);
        var (sealedAgreement, _) = await SealedConventions.SealAsync(app, world);
        using var visitor = app.AnonymousClient();
        var grouped = string.Join(' ', sealedAgreement.Sha256.ToUpperInvariant().Chunk(8).Select(c => new string(c)));

        var right = await visitor.PostFormAsync(PathOf(sealedAgreement), PathOf(sealedAgreement) + "/empreinte", new() { ["empreinte"] = grouped });
        var wrong = await visitor.PostFormAsync(PathOf(sealedAgreement), PathOf(sealedAgreement) + "/empreinte", new() { ["empreinte"] = new string('0', 64) });
        var malformed = await visitor.PostFormAsync(PathOf(sealedAgreement), PathOf(sealedAgreement) + "/empreinte", new() { ["empreinte"] = "pas une empreinte" });

        Assert.Contains("Ce fichier est bien la convention signée", await TextAsync(right));
        Assert.Contains("Ce fichier n'est pas la convention signée enregistrée", await TextAsync(wrong));
        Assert.Contains("64 caractères", string.Join(" ", await AppClient.FieldErrorsAsync(malformed)));
    }

    [Fact]
    public async Task The_code_is_read_as_typed_and_an_unknown_or_malformed_code_is_a_French_404()
    {
        var world = await SchoolWorld.CreateAsync(app, withAgreement: true);
        var (sealedAgreement, _) = await SealedConventions.SealAsync(app, world);
        using var visitor = app.AnonymousClient();

        var typed = await visitor.GetAsync("/verifier/" + sealedAgreement.VerificationCode.ToLowerInvariant());
        var unknown = await visitor.GetAsync("/verifier/" + SealedAgreement.Display(SealedAgreement.NewCode()));
        var malformed = await visitor.GetAsync("/verifier/%3Cscript%3E");
        var unknownPost = await visitor.PostFormAsync(PathOf(sealedAgreement), "/verifier/0000-0000-0000-0000/empreinte", new() { ["empreinte"] = sealedAgreement.Sha256 });

        Assert.Equal(HttpStatusCode.OK, typed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("Code de vérification inconnu", await TextAsync(unknown));
        Assert.Equal(HttpStatusCode.NotFound, malformed.StatusCode);
        Assert.Contains("Code de vérification inconnu", await TextAsync(malformed));
        Assert.Equal(HttpStatusCode.NotFound, unknownPost.StatusCode);
    }

    [Fact]
    public async Task The_staff_download_the_sealed_file_and_get_404_when_there_is_none()
    {
        var world = await SchoolWorld.CreateAsync(app, withAgreement: true);
        var unsealed = await AgreementFactory.CreateAsync(app, world);
        var (sealedAgreement, _) = await SealedConventions.SealAsync(app, world);
        var other = await SchoolWorld.CreateAsync(app, "Lycée Autre", withAgreement: true);
        // The secretariat: the sealed file carries the pupil's address and guardians (docs/matrice-des-roles.md).
        using var teacher = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        using var outsider = await app.SignInAsAsync(Roles.Direction, other.School.Id);
        using var anonymous = app.AnonymousClient();

        var download = await teacher.GetAsync($"/conventions/{world.Agreement!.Id}/convention-signee.pdf");
        var bytes = await download.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal(sealedAgreement.Sha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        Assert.Equal($"convention-{world.Agreement.Id}-signee.pdf", download.Content.Headers.ContentDisposition!.FileNameStar ?? download.Content.Headers.ContentDisposition.FileName);
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.GetAsync($"/conventions/{unsealed.Id}/convention-signee.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/conventions/{world.Agreement.Id}/convention-signee.pdf")).StatusCode);
        var refused = await anonymous.GetAsync($"/conventions/{world.Agreement.Id}/convention-signee.pdf");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/connexion", refused.Headers.Location!.ToString());
    }
}
