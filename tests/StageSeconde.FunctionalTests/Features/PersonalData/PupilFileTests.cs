using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.PupilFile;
using UglyToad.PdfPig;

namespace StageSeconde.FunctionalTests.Features.PersonalData;

/// <summary>The pupil's whole file for the right of access (issue 13), as JSON and as PDF.</summary>
public sealed class PupilFileTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly string[] JsonSections =
        ["generatedAt", "school", "identity", "guardians", "agreements", "declarations", "absences", "followUp", "programmeEnrolments", "programmeAttendance", "auditLog"];

    private async Task<SchoolWorld> WorldWithAnAbsenceAsync()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var agreement = await AgreementFactory.CreateAsync(app, world, AgreementState.Validated);
        var now = DateTimeOffset.UtcNow;
        await app.AddAsync(Absence.Open(world.School.Id, world.Student.Id, agreement.Id,
            new AbsenceFacts(agreement.FirstDay, AbsenceKind.Illness, DayPart.WholeDay, null, "Grippe"),
            new AbsenceReport(ReportSource.TutorCall, "Hélène Tutrice", "Prévenue par la mère", DayPart.WholeDay, null, now), now.AddHours(2)));
        return world with { Agreement = agreement };
    }

    [Fact]
    public async Task The_json_file_has_every_section_with_the_pupils_data_and_the_export_is_logged_once()
    {
        var world = await WorldWithAnAbsenceAsync();
        var email = await app.CreateUserAsync(world.School.Id, Roles.Secretariat);
        using var secretary = await app.SignInAsync(email);

        using var response = await secretary.GetAsync($"/eleves/{world.Student.Id}/dossier/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(JsonSections.Order(), root.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(world.Student.LastName, root.GetProperty("identity").GetProperty("lastName").GetString());
        Assert.Equal(world.Guardian.Email, root.GetProperty("guardians")[0].GetProperty("email").GetString());
        var agreement = root.GetProperty("agreements")[0];
        Assert.Equal(world.Agreement!.Id, agreement.GetProperty("id").GetInt32());
        Assert.Equal("Validated", agreement.GetProperty("state").GetString());
        Assert.True(agreement.GetProperty("history").GetArrayLength() >= 3);
        Assert.Equal("Grippe", root.GetProperty("absences")[0].GetProperty("details").GetString());
        Assert.Equal("Hélène Tutrice", root.GetProperty("absences")[0].GetProperty("reports")[0].GetProperty("reporter").GetString());

        var lines = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.UserName == email && e.Kind != AuditKind.SignedIn).ToListAsync());
        var line = Assert.Single(lines);
        Assert.Equal(AuditKind.ExportedStudentFile, line.Kind);
        Assert.Equal(world.Student.Id, line.StudentId);
    }

    [Fact]
    public async Task The_pdf_file_reads_back_with_every_section_and_the_pupils_data()
    {
        var world = await WorldWithAnAbsenceAsync();
        using var direction = await app.SignInAsAsync(Roles.Direction, world.School.Id);

        using var response = await direction.GetAsync($"/eleves/{world.Student.Id}/dossier/pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Join(' ', pdf.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))));
        foreach (var section in PupilFileDocument.Sections)
            Assert.Contains(section.Replace('’', '\''), text.Replace('’', '\''));
        Assert.Contains(world.Student.LastName, text);
        Assert.Contains(world.Guardian.Email!, text);
        Assert.Contains("Grippe", text);
        Assert.Contains($"Convention n° {world.Agreement!.Id}", text);
    }

    [Fact]
    public async Task The_pupils_page_links_to_the_file_for_the_direction_only()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var direction = await app.SignInAsAsync(Roles.Direction, world.School.Id);
        using var teacher = await app.SignInAsAsync(Roles.Enseignant, world.School.Id);

        var page = await direction.GetDocumentAsync($"/eleves/{world.Student.Id}");
        Assert.NotNull(page.QuerySelector($"#pupil-file-links a[href='/eleves/{world.Student.Id}/dossier/pdf']"));
        Assert.NotNull(page.QuerySelector($"#pupil-file-links a[href='/donnees/journal?eleve={world.Student.Id}']"));
        var teachersPage = await teacher.GetDocumentAsync($"/eleves/{world.Student.Id}");
        Assert.Null(teachersPage.QuerySelector("#pupil-file-links"));
    }

    [Theory]
    [InlineData(Roles.Enseignant)]
    [InlineData(Roles.Cpe)]
    [InlineData(Roles.ProfesseurPrincipal)]
    [InlineData(Roles.Administrateur)]
    public async Task Other_roles_are_refused_the_file(string role)
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(role, world.School.Id);
        foreach (var format in new[] { "json", "pdf" })
        {
            using var response = await client.GetAsync($"/eleves/{world.Student.Id}/dossier/{format}");
            Assert.Contains("/acces-refuse", response.Headers.Location?.ToString() ?? "");
        }
    }
}
