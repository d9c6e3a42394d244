using System.Net;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Features.MyStudents;

public sealed class MyStudentsTests(ClockedTestApp app) : IClassFixture<ClockedTestApp>
{
    private const string Page = "/mes-eleves";

    [Fact]
    public async Task The_referent_sees_their_students_with_host_tutor_dates_and_hours_and_never_another_teacher_s()
    {
        app.Clock.SetUtcNow(ClockedTestApp.FirstDayMorning);
        var s = await MyStudentsWorld.CreateAsync(app);
        var (_, otherTeacher) = await MyStudentsWorld.StaffUserAsync(app, s.World.School.Id, Roles.Enseignant);
        var others = await s.AnotherStudentAsync(app, "Autrui", otherTeacher);
        var cancelled = await s.AnotherStudentAsync(app, "Annule", s.ReferentStaffId, AgreementState.Cancelled);
        using var client = await app.SignInAsync(s.ReferentEmail);

        var page = await client.GetDocumentAsync(Page);

        var rows = page.QuerySelectorAll("#mes-eleves tbody tr").ToList();
        var row = Assert.Single(rows);
        Assert.Equal(s.World.Student.Id.ToString(), row.GetAttribute("data-student"));
        var text = row.TextContent;
        Assert.Contains(s.World.Host.Name, text);
        Assert.Contains("Hugo MARTIN", text);
        Assert.NotNull(row.QuerySelector("a[href='tel:0611223344']"));
        Assert.Contains("du 14/06/2027 au 25/06/2027", text);
        Assert.Contains("lundi au vendredi 9 h – 17 h (pause 12 h – 13 h 30)", text);
        Assert.Contains("Aucune absence signalée", text);
        Assert.DoesNotContain("AUTRUI", page.Body!.TextContent);
        Assert.DoesNotContain("ANNULE", page.Body.TextContent);
        Assert.NotEqual(others.Id, cancelled.Id);
    }

    [Fact]
    public async Task Today_s_absences_and_the_last_contact_show_on_the_student_s_row()
    {
        app.Clock.SetUtcNow(ClockedTestApp.FirstDayMorning.AddDays(1));
        var s = await MyStudentsWorld.CreateAsync(app);
        await s.AddFollowUpAsync(app, ClockedTestApp.FirstDayMorning.AddHours(2));
        await app.WithDbAsync(async db =>
        {
            var tuesday = new DateOnly(2027, 6, 15);
            var report = new AbsenceReport(ReportSource.TutorCall, "Hugo Martin, tuteur", null, DayPart.Morning, null, app.Clock.GetUtcNow());
            db.Absences.Add(Absence.Open(s.World.School.Id, s.World.Student.Id, s.Agreement.Id,
                new AbsenceFacts(tuesday, AbsenceKind.Absence, DayPart.Morning, null, null), report, app.Clock.GetUtcNow().AddMinutes(30)));
            var monday = new AbsenceReport(ReportSource.FamilyCall, "Mme Parent", null, DayPart.WholeDay, null, app.Clock.GetUtcNow());
            db.Absences.Add(Absence.Open(s.World.School.Id, s.World.Student.Id, s.Agreement.Id,
                new AbsenceFacts(tuesday.AddDays(-1), AbsenceKind.Illness, DayPart.WholeDay, null, null), monday, app.Clock.GetUtcNow().AddMinutes(30)));
            await db.SaveChangesAsync();
        });
        using var client = await app.SignInAsync(s.ReferentEmail);

        var row = (await client.GetDocumentAsync(Page)).QuerySelector($"#mes-eleves tr[data-student='{s.World.Student.Id}']")!;

        Assert.Equal(["Absence (matin)"], row.QuerySelectorAll(".fr-badge").Select(b => b.TextContent.Trim()));
        Assert.Contains("14/06/2027 à 12h00", row.TextContent);
    }

    [Fact]
    public async Task A_teacher_referent_of_nobody_gets_an_explanation()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Enseignant, world.School.Id);

        var page = await client.GetDocumentAsync(Page);

        Assert.Contains("Aucune convention de l'année en cours ne vous désigne comme professeur référent", page.Body!.TextContent);
        Assert.Null(page.QuerySelector("#mes-eleves"));
    }

    [Fact]
    public async Task A_professeur_principal_referent_of_some_conventions_sees_them_too()
    {
        app.Clock.SetUtcNow(ClockedTestApp.FirstDayMorning);
        var s = await MyStudentsWorld.CreateAsync(app);
        var (email, principal) = await MyStudentsWorld.StaffUserAsync(app, s.World.School.Id, Roles.ProfesseurPrincipal);
        var followed = await s.AnotherStudentAsync(app, "Suivie", principal);
        using var client = await app.SignInAsync(email);

        var rows = (await client.GetDocumentAsync(Page)).QuerySelectorAll("#mes-eleves tbody tr").Select(r => r.GetAttribute("data-student")).ToList();

        Assert.Equal([followed.Id.ToString()], rows);
    }

    [Fact]
    public async Task A_long_list_can_be_searched()
    {
        app.Clock.SetUtcNow(ClockedTestApp.FirstDayMorning);
        var s = await MyStudentsWorld.CreateAsync(app);
        for (var i = 0; i < 8; i++) await s.AnotherStudentAsync(app, $"Nom{(char)('A' + i)}", s.ReferentStaffId);
        using var client = await app.SignInAsync(s.ReferentEmail);

        var all = await client.GetDocumentAsync(Page);
        var found = await client.GetDocumentAsync(Page + "?q=nomc");

        Assert.NotNull(all.QuerySelector("form[role=search] input[name=q]"));
        Assert.Equal(9, all.QuerySelectorAll("#mes-eleves tbody tr").Length);
        var only = Assert.Single(found.QuerySelectorAll("#mes-eleves tbody tr"));
        Assert.Contains("NOMC", only.TextContent);
    }

    [Fact]
    public async Task The_referent_lands_on_mes_eleves_after_signing_in()
    {
        var s = await MyStudentsWorld.CreateAsync(app);
        using var client = await app.SignInAsync(s.ReferentEmail);

        using var home = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal(Page, home.Headers.Location!.OriginalString);
    }
}
