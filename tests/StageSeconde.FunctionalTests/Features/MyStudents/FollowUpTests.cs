using System.Net;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Features.MyStudents;

public sealed class FollowUpTests(ClockedTestApp app) : IClassFixture<ClockedTestApp>
{
    private static string Url(int studentId) => $"/mes-eleves/{studentId}/suivi";

    private static Dictionary<string, string?> Contact(string method = "Visit", string at = "2027-06-14T09:40", string? note = "Visite chez le tuteur : tout va bien.") =>
        new() { ["Form.Method"] = method, ["Form.At"] = at, ["Form.Note"] = note };

    private Task<int> EntriesAsync(int studentId) =>
        app.WithDbAsync(db => db.FollowUpEntries.IgnoreQueryFilters().CountAsync(f => f.StudentId == studentId));

    private static bool Refused(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/acces-refuse");

    [Fact]
    public async Task The_referent_logs_contacts_and_reads_them_newest_first()
    {
        app.Clock.SetUtcNow(ClockedTestApp.FirstDayMorning);
        var s = await MyStudentsWorld.CreateAsync(app);
        using var client = await app.SignInAsync(s.ReferentEmail);
        var url = Url(s.World.Student.Id);

        var form = await client.GetDocumentAsync(url);
        using var first = await client.PostFormAsync(url, url, Contact("Phone", "2027-06-14T08:55", "Appel au tuteur avant l'arrivée."));
        using var second = await client.PostFormAsync(url, url, Contact());
        var page = await client.GetDocumentAsync(url);

        Assert.Equal("2027-06-14T10:00", form.QuerySelector("input[name='Form.At']")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(url, second.Headers.Location!.OriginalString);
        var rows = page.QuerySelectorAll("#suivi tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains("14/06/2027 à 09h40", rows[0]);
        Assert.Contains("Visite sur le lieu de stage", rows[0]);
        Assert.Contains("Visite chez le tuteur : tout va bien.", rows[0]);
        Assert.Contains("Professeur référent TEST", rows[0]);
        Assert.Contains("Appel au tuteur avant l'arrivée.", rows[1]);
        var stored = await app.WithDbAsync(db => db.FollowUpEntries.IgnoreQueryFilters().Where(f => f.StudentId == s.World.Student.Id).OrderBy(f => f.At).ToListAsync());
        Assert.Equal(new DateTime(2027, 6, 14, 6, 55, 0), stored[0].At);
        Assert.All(stored, f => Assert.Equal(s.Agreement.Id, f.AgreementId));
        Assert.All(stored, f => Assert.Equal(s.ReferentStaffId, f.ByStaffId));
    }

    [Theory]
    [InlineData(Roles.ProfesseurPrincipal)]
    [InlineData(Roles.Cpe)]
    public async Task The_professeur_principal_and_the_cpe_read_the_log_but_do_not_write_in_it(string role)
    {
        app.Clock.SetUtcNow(ClockedTestApp.FirstDayMorning);
        var s = await MyStudentsWorld.CreateAsync(app);
        await s.AddFollowUpAsync(app, ClockedTestApp.FirstDayMorning.AddMinutes(-30), "Premier appel.");
        var (email, staffId) = await MyStudentsWorld.StaffUserAsync(app, s.World.School.Id, role);
        if (role == Roles.ProfesseurPrincipal)
        {
            await app.WithDbAsync(async db =>
            {
                var schoolClass = await db.Classes.IgnoreQueryFilters().Include(c => c.PrincipalTeachers).SingleAsync(c => c.Id == s.World.Class.Id);
                schoolClass.PrincipalTeachers.Add(await db.Staff.IgnoreQueryFilters().SingleAsync(m => m.Id == staffId));
                await db.SaveChangesAsync();
            });
        }
        using var client = await app.SignInAsync(email);
        var url = Url(s.World.Student.Id);

        var page = await client.GetDocumentAsync(url);
        var token = await client.TokenFromAsync("/mot-de-passe");
        using var post = await client.PostWithTokenAsync(url, token, Contact());

        Assert.Contains("Premier appel.", page.QuerySelector("#suivi")!.TextContent);
        Assert.Null(page.QuerySelector("form[method=post] select[name='Form.Method']"));
        Assert.True(Refused(post), $"POST → {(int)post.StatusCode} {post.Headers.Location}");
        Assert.Equal(1, await EntriesAsync(s.World.Student.Id));
    }

    [Fact]
    public async Task The_direction_reads_and_writes()
    {
        app.Clock.SetUtcNow(ClockedTestApp.FirstDayMorning);
        var s = await MyStudentsWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Direction, s.World.School.Id);
        var url = Url(s.World.Student.Id);

        using var post = await client.PostFormAsync(url, url, Contact("Email"));

        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Equal(1, await EntriesAsync(s.World.Student.Id));
    }

    [Theory]
    [InlineData(Roles.Enseignant)]
    [InlineData(Roles.ProfesseurPrincipal)]
    public async Task Another_teacher_or_another_class_s_professeur_principal_gets_not_found(string role)
    {
        app.Clock.SetUtcNow(ClockedTestApp.FirstDayMorning);
        var s = await MyStudentsWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(role, s.World.School.Id);
        var url = Url(s.World.Student.Id);
        var token = await client.TokenFromAsync("/mot-de-passe");

        using var get = await client.GetAsync(url);
        using var post = await client.PostWithTokenAsync(url, token, Contact());

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(0, await EntriesAsync(s.World.Student.Id));
    }

    [Theory]
    [InlineData(Roles.Secretariat)]
    [InlineData(Roles.Administrateur)]
    public async Task Roles_that_do_not_follow_students_are_refused(string role)
    {
        var s = await MyStudentsWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(role, s.World.School.Id);

        using var get = await client.GetAsync(Url(s.World.Student.Id));

        Assert.True(Refused(get), $"GET → {(int)get.StatusCode}");
    }

    [Theory]
    [InlineData("", "2027-06-14T09:40", null, "Indiquez comment le contact a eu lieu.")]
    [InlineData("Letter", "2027-06-14T09:40", null, "Choisissez téléphone, visite, courriel ou message.")]
    [InlineData("Visit", "", null, "Indiquez la date et l'heure du contact.")]
    [InlineData("Visit", "demain matin", null, "La date et l'heure doivent être au format jj/mm/aaaa hh:mm.")]
    [InlineData("Visit", "2027-06-15T09:00", null, "Un suivi se note une fois fait : la date ne peut pas être dans le futur.")]
    [InlineData("Visit", "2025-06-14T09:00", null, "Un suivi de l'année écoulée seulement : vérifiez l'année.")]
    [InlineData("Visit", "2027-06-14T09:40", "<script>alert(1)</script>", "Le texte ne peut pas contenir de balises (« < » suivi d'une lettre) : écrivez-le sans mise en forme.")]
    public async Task Bad_input_is_explained_in_french_and_nothing_is_stored(string method, string at, string? note, string message)
    {
        app.Clock.SetUtcNow(ClockedTestApp.FirstDayMorning);
        var s = await MyStudentsWorld.CreateAsync(app);
        using var client = await app.SignInAsync(s.ReferentEmail);
        var url = Url(s.World.Student.Id);

        using var response = await client.PostFormAsync(url, url, Contact(method, at, note));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await AppClient.FieldErrorsAsync(response));
        Assert.Equal(0, await EntriesAsync(s.World.Student.Id));
    }

    [Fact]
    public async Task A_note_of_ten_thousand_characters_is_refused()
    {
        app.Clock.SetUtcNow(ClockedTestApp.FirstDayMorning);
        var s = await MyStudentsWorld.CreateAsync(app);
        using var client = await app.SignInAsync(s.ReferentEmail);
        var url = Url(s.World.Student.Id);

        using var response = await client.PostFormAsync(url, url, Contact(note: new string('a', 10_000)));

        Assert.Contains("La note ne peut pas dépasser 2000 caractères.", await AppClient.FieldErrorsAsync(response));
        Assert.Equal(0, await EntriesAsync(s.World.Student.Id));
    }
}
