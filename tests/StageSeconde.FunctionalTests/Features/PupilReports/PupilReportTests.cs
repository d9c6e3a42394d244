using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StageSeconde.FunctionalTests.Features.MyStudents;
using StageSeconde.FunctionalTests.Features.Placement;
using StageSeconde.FunctionalTests.Features.TutorReport;
using StageSeconde.FunctionalTests.Features.Validation;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Storage;

namespace StageSeconde.FunctionalTests.Features.PupilReports;

/// <summary>
/// The pupil's report through HTTP (issue 12), on a fake clock (conventions of 14–25 June 2027, today Wednesday 30 June
/// 2027): recorded by the professeur principal of the class, changed by the referent teacher, removed by the direction,
/// refused to a professeur principal of another class and to the read-only roles, with the date and file rules, frozen
/// once the year is over.
/// </summary>
public sealed class PupilReportTests(TutorLinkTestApp app) : IClassFixture<TutorLinkTestApp>
{
    /// <summary>Wednesday 30 June 2027, 10:00 in Paris.</summary>
    private static readonly DateTimeOffset AfterTheSequence = new(2027, 6, 30, 8, 0, 0, TimeSpan.Zero);

    private sealed record Scene(SchoolWorld World, Agreement Agreement, string ReferentEmail)
    {
        public string Form => $"/eleves/{World.Student.Id}/rapport";
        public string Pupil => $"/eleves/{World.Student.Id}";
    }

    private async Task<Scene> SceneAsync()
    {
        app.Clock.SetUtcNow(AfterTheSequence);
        var world = await SchoolWorld.CreateAsync(app);
        var (email, staffId) = await MyStudentsWorld.StaffUserAsync(app, world.School.Id, Roles.Enseignant);
        var agreement = await AgreementFactory.CreateAsync(app, world, AgreementState.Validated, AgreementFactory.Terms(referentTeacherId: staffId));
        return new Scene(world, agreement, email);
    }

    private string StoreFolder => ((LocalFileStore)app.Services.GetRequiredService<IFileStore>()).Root;
    private int FilesInStore => Directory.Exists(StoreFolder) ? Directory.GetFiles(StoreFolder).Length : 0;

    /// <summary>Posts the form the way the browser does: multipart, with a token from a page the caller may open.</summary>
    private static async Task<HttpResponseMessage> SaveAsync(AppClient client, Scene scene, string? handedInOn, string? comment = null,
        (byte[] Content, string Name)? file = null, bool removeFile = false, int version = 0)
    {
        var token = await client.TokenFromAsync("/mot-de-passe");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        form.Add(new StringContent(handedInOn ?? ""), "Form.HandedInOn");
        form.Add(new StringContent(comment ?? ""), "Form.Comment");
        form.Add(new StringContent(version.ToString(CultureInfo.InvariantCulture)), "Form.Version");
        if (removeFile) form.Add(new StringContent("true"), "Form.RemoveFile");
        if (file is { } f)
        {
            var part = new ByteArrayContent(f.Content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "fichier", f.Name);
        }
        return await client.Http.PostAsync(scene.Form, form);
    }

    private Task<PupilReport?> StoredAsync(int studentId) =>
        app.WithDbAsync(db => db.PupilReports.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(r => r.StudentId == studentId));

    [Fact]
    public async Task The_principal_of_the_class_records_a_report_with_a_file_shown_on_the_pupils_page_and_downloaded_audited()
    {
        var s = await SceneAsync();
        using var principal = await BoardScenario.SignInAsPrincipalOfAsync(app, s.World.School.Id, s.World.Class.Id);

        var form = await principal.GetDocumentAsync(s.Form);
        Assert.Equal("2027-06-30", form.QuerySelector("input[name='Form.HandedInOn']")!.GetAttribute("value"));
        var response = await SaveAsync(principal, s, "2027-06-28", "Un rapport illustré, à partager en 1ère.", (Conventions.Pdf, "Mon rapport.pdf"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"{s.Pupil}#rapport-eleve", response.Headers.Location!.OriginalString);
        var stored = await StoredAsync(s.World.Student.Id);
        Assert.NotNull(stored);
        Assert.Equal((new DateOnly(2027, 6, 28), "Un rapport illustré, à partager en 1ère.", "Mon rapport.pdf", "application/pdf", (long)Conventions.Pdf.Length, s.World.Year.Id),
            (stored.HandedInOn, stored.Comment, stored.OriginalFileName, stored.ContentType, stored.FileSize, stored.SchoolYearId));
        Assert.Equal(Conventions.Pdf, await File.ReadAllBytesAsync(Path.Combine(StoreFolder, stored.StoredFileName!)));

        // Read by anyone who may read the pupil's page; the write buttons only for those who may write.
        using var secretary = await app.SignInAsAsync(Roles.Secretariat, s.World.School.Id);
        var page = await secretary.GetDocumentAsync(s.Pupil);
        var section = page.QuerySelector("#rapport-eleve")!;
        Assert.Contains("rapport remis le 28/06/2027", section.TextContent);
        Assert.Contains("Un rapport illustré", section.TextContent);
        Assert.Empty(section.QuerySelectorAll("form"));
        var link = section.QuerySelector("a[href*='/rapport/fichier']")!.GetAttribute("href")!;
        Assert.Equal($"/eleves/{s.World.Student.Id}/rapport/fichier?annee=2026", link);
        Assert.NotNull((await principal.GetDocumentAsync(s.Pupil)).QuerySelector("#rapport-eleve form[data-confirm]"));

        using var download = await secretary.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Mon rapport.pdf", download.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal(Conventions.Pdf, await download.Content.ReadAsByteArrayAsync());
        var audit = await app.WithDbAsync(db => db.AuditEntries.IgnoreQueryFilters().AsNoTracking()
            .Where(e => e.SchoolId == s.World.School.Id && e.Kind == AuditKind.Exported).Select(e => new { e.Target, e.StudentId }).ToListAsync());
        Assert.Contains(audit, e => e.Target!.Contains(link, StringComparison.Ordinal) && e.StudentId == s.World.Student.Id);

        using var stranger = await app.SignInAsAsync(Roles.Direction, (await SchoolWorld.CreateAsync(app)).School.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(link)).StatusCode);
    }

    [Fact]
    public async Task The_referent_changes_it_replacing_then_removing_the_file_and_the_direction_removes_it_after_confirmation()
    {
        var s = await SceneAsync();
        using var head = await app.SignInAsAsync(Roles.Direction, s.World.School.Id);
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(head, s, "2027-06-26", null, (Conventions.Pdf, "rapport.pdf"))).StatusCode);
        var first = (await StoredAsync(s.World.Student.Id))!;
        using var referent = await app.SignInAsync(s.ReferentEmail);

        var replaced = await SaveAsync(referent, s, "2027-06-29", "Remis en main propre.", (Conventions.Png, "photo.png"), version: first.Version);

        Assert.Equal(HttpStatusCode.Redirect, replaced.StatusCode);
        var second = (await StoredAsync(s.World.Student.Id))!;
        Assert.Equal((first.Id, new DateOnly(2027, 6, 29), "photo.png", "image/png"), (second.Id, second.HandedInOn, second.OriginalFileName, second.ContentType));
        Assert.False(File.Exists(Path.Combine(StoreFolder, first.StoredFileName!)));
        Assert.True(File.Exists(Path.Combine(StoreFolder, second.StoredFileName!)));

        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(referent, s, "2027-06-29", "Remis en main propre.", removeFile: true, version: second.Version)).StatusCode);
        var third = (await StoredAsync(s.World.Student.Id))!;
        Assert.Null(third.StoredFileName);
        Assert.False(File.Exists(Path.Combine(StoreFolder, second.StoredFileName!)));

        var page = await head.GetDocumentAsync(s.Pupil);
        var delete = page.QuerySelector("#rapport-eleve form[data-confirm]")!;
        Assert.Equal("Supprimer le rapport remis le 29/06/2027 ?", delete.GetAttribute("data-confirm"));
        var removed = await head.PostWithTokenAsync(delete.GetAttribute("action")!, await head.TokenFromAsync(s.Pupil), []);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Null(await StoredAsync(s.World.Student.Id));
        Assert.Contains("Aucun rapport enregistré", (await head.GetDocumentAsync(s.Pupil)).QuerySelector("#rapport-eleve")!.TextContent);
    }

    [Theory]
    [InlineData(Roles.ProfesseurPrincipal)]
    [InlineData(Roles.Secretariat)]
    [InlineData(Roles.Cpe)]
    [InlineData(Roles.Enseignant)]
    public async Task Others_are_refused_403_and_nothing_is_written(string role)
    {
        var s = await SceneAsync();
        using var head = await app.SignInAsAsync(Roles.Direction, s.World.School.Id);
        await SaveAsync(head, s, "2027-06-28", "Par la direction.");
        var report = (await StoredAsync(s.World.Student.Id))!;
        var otherClass = await app.AddAsync(TestData.Class(s.World.School.Id));
        // A professeur principal of another class; the others are not the pupil's referent.
        using var client = role == Roles.ProfesseurPrincipal
            ? await BoardScenario.SignInAsPrincipalOfAsync(app, s.World.School.Id, otherClass.Id)
            : await app.SignInAsAsync(role, s.World.School.Id);
        var files = FilesInStore;

        Assert.Contains("/acces-refuse", (await client.GetAsync(s.Form)).Headers.Location?.OriginalString ?? "");
        Assert.Contains("/acces-refuse", (await SaveAsync(client, s, "2027-06-29", "Changé", (Conventions.Pdf, "x.pdf"), version: report.Version)).Headers.Location?.OriginalString ?? "");
        var token = await client.TokenFromAsync("/mot-de-passe");
        Assert.Contains("/acces-refuse", (await client.PostWithTokenAsync($"/eleves/{s.World.Student.Id}/rapport/supprimer", token, [])).Headers.Location?.OriginalString ?? "");

        var after = (await StoredAsync(s.World.Student.Id))!;
        Assert.Equal((report.Version, "Par la direction."), (after.Version, after.Comment));
        Assert.Equal(files, FilesInStore);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(s.Pupil)).StatusCode);
    }

    [Theory]
    [InlineData("", "Indiquez la date à laquelle l'élève a remis son rapport.")]
    [InlineData("2027-07-01", "La date de remise ne peut pas être dans le futur (nous sommes le 30/06/2027).")]
    [InlineData("2027-06-13", "La date de remise ne peut pas précéder le premier jour d'observation de l'élève, le 14/06/2027.")]
    public async Task A_wrong_date_is_refused_in_french_and_nothing_is_saved(string date, string message)
    {
        var s = await SceneAsync();
        using var head = await app.SignInAsAsync(Roles.Direction, s.World.School.Id);
        var files = FilesInStore;

        var response = await SaveAsync(head, s, date, null, (Conventions.Pdf, "rapport.pdf"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await AppClient.FieldErrorsAsync(response));
        Assert.Null(await StoredAsync(s.World.Student.Id));
        Assert.Equal(files, FilesInStore);
    }

    [Fact]
    public async Task The_first_and_the_last_allowed_days_are_accepted()
    {
        var s = await SceneAsync();
        using var head = await app.SignInAsAsync(Roles.Direction, s.World.School.Id);
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(head, s, "2027-06-14")).StatusCode);
        var first = (await StoredAsync(s.World.Student.Id))!;
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(head, s, "2027-06-30", version: first.Version)).StatusCode);
        Assert.Equal(new DateOnly(2027, 6, 30), (await StoredAsync(s.World.Student.Id))!.HandedInOn);
    }

    [Fact]
    public async Task A_file_that_is_not_a_pdf_or_an_image_is_refused_in_french_and_nothing_is_saved()
    {
        var s = await SceneAsync();
        using var head = await app.SignInAsAsync(Roles.Direction, s.World.School.Id);
        var files = FilesInStore;

        var response = await SaveAsync(head, s, "2027-06-28", null, ("MZ\u0090\0 ceci n'est pas un PDF"u8.ToArray(), "rapport.pdf"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("Ce fichier n'est ni un PDF, ni une image JPEG ou PNG", page.QuerySelector("#fichier-messages .fr-message--error")!.TextContent);
        Assert.Equal("true", page.QuerySelector("#fichier")!.GetAttribute("aria-invalid"));
        Assert.Null(await StoredAsync(s.World.Student.Id));
        Assert.Equal(files, FilesInStore);
    }

    [Fact]
    public async Task A_file_over_ten_megabytes_is_refused_in_french_and_nothing_is_saved()
    {
        var s = await SceneAsync();
        using var head = await app.SignInAsAsync(Roles.Direction, s.World.School.Id);
        var files = FilesInStore;
        var tooBig = new byte[10 * 1024 * 1024 + 1];
        Conventions.Pdf.CopyTo(tooBig, 0);

        var response = await SaveAsync(head, s, "2027-06-28", null, (tooBig, "enorme.pdf"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(s.Form, response.Headers.Location!.OriginalString);
        var page = await head.GetDocumentAsync(s.Form);
        Assert.StartsWith("Le fichier dépasse 10 Mo", page.QuerySelector(".fr-alert--error")!.TextContent.Trim());
        Assert.Null(await StoredAsync(s.World.Student.Id));
        Assert.Equal(files, FilesInStore);
    }

    [Fact]
    public async Task Last_years_report_is_read_only_with_the_frozen_years_message()
    {
        var s = await SceneAsync();
        using var head = await app.SignInAsAsync(Roles.Direction, s.World.School.Id);
        await SaveAsync(head, s, "2027-06-28", null, (Conventions.Pdf, "rapport.pdf"));
        var report = (await StoredAsync(s.World.Student.Id))!;
        using var admin = await app.SignInAsAsync(Roles.Administrateur, s.World.School.Id);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/etablissement/annee-scolaire", "/etablissement/annee-scolaire/suivante", [])).StatusCode);

        var refused = await head.PostWithTokenAsync($"/eleves/{s.World.Student.Id}/rapport/supprimer", await head.TokenFromAsync("/mot-de-passe"),
            new Dictionary<string, string?> { ["annee"] = "2026" });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("L'année scolaire 2026-2027 est close : ses conventions, ses absences, son programme et les rapports des élèves se consultent mais ne se modifient plus.",
            await refused.Content.ReadAsStringAsync());
        Assert.NotNull(await StoredAsync(s.World.Student.Id));
        Assert.True(File.Exists(Path.Combine(StoreFolder, report.StoredFileName!)));
        // Still shown, without the write buttons.
        var section = (await head.GetDocumentAsync(s.Pupil)).QuerySelector("#rapport-eleve")!;
        Assert.Contains("Année 2026-2027 : rapport remis le 28/06/2027", section.TextContent);
        Assert.Empty(section.QuerySelectorAll("form"));
    }
}
