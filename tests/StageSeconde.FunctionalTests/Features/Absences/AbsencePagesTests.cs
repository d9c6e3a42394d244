using System.Net;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Features.Absences;

/// <summary>Who sees which absences, who acts on them, and the inbox, header count and dashboard figures they feed.</summary>
public sealed class AbsencePagesTests(AbsencesApp app) : IClassFixture<AbsencesApp>
{
    private static bool Refused(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/acces-refuse");

    [Fact]
    public async Task The_school_wide_roles_see_every_absence_and_teachers_only_those_of_the_students_they_follow()
    {
        var absenceWorld = await AbsenceWorld.CreateAsync(app);
        var absence = await absenceWorld.AbsenceAsync(app);
        var otherTeacher = await app.CreateUserAsync(absenceWorld.SchoolId, Roles.Enseignant);
        var principal = await absenceWorld.UserAsync(app, Roles.ProfesseurPrincipal);
        await app.WithDbAsync(async db =>
        {
            var schoolClass = await db.Classes.IgnoreQueryFilters().Include(c => c.PrincipalTeachers).SingleAsync(c => c.Id == absenceWorld.World.Class.Id);
            schoolClass.AssignPrincipalTeachers([await db.Staff.IgnoreQueryFilters().SingleAsync(s => s.Id == principal.StaffId)]);
            await db.SaveChangesAsync();
        });
        // The convention names the referent teacher (set here directly: the test app gives each user a staff record of their own).
        var referent = await absenceWorld.UserAsync(app, Roles.Enseignant);
        await app.WithDbAsync(db => db.Database.ExecuteSqlInterpolatedAsync($"UPDATE \"Agreements\" SET \"ReferentTeacherId\" = {referent.StaffId} WHERE \"Id\" = {absenceWorld.Agreement.Id}"));

        foreach (var email in new[]
                 {
                     await app.CreateUserAsync(absenceWorld.SchoolId, Roles.Cpe), await app.CreateUserAsync(absenceWorld.SchoolId, Roles.Direction),
                     await app.CreateUserAsync(absenceWorld.SchoolId, Roles.Secretariat), principal.Email, referent.Email,
                 })
        {
            using var client = await app.SignInAsync(email);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/absences/{absence.Id}")).StatusCode);
            var register = await client.GetDocumentAsync("/absences");
            Assert.NotNull(register.QuerySelector($"tr[data-absence='{absence.Id}']"));
        }

        using var other = await app.SignInAsync(otherTeacher);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/absences/{absence.Id}")).StatusCode);
        Assert.Null((await other.GetDocumentAsync("/absences")).QuerySelector($"tr[data-absence='{absence.Id}']"));
        using var admin = await app.SignInAsAsync(Roles.Administrateur, absenceWorld.SchoolId);
        Assert.True(Refused(await admin.GetAsync("/absences")));
        using var elsewhere = await app.SignInAsAsync(Roles.Cpe, (await SchoolWorld.CreateAsync(app)).School.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.GetAsync($"/absences/{absence.Id}")).StatusCode);
    }

    [Theory]
    [InlineData(Roles.Secretariat, false)]
    [InlineData(Roles.ProfesseurPrincipal, false)]
    [InlineData(Roles.Cpe, true)]
    [InlineData(Roles.Direction, true)]
    public async Task Only_the_cpe_and_the_direction_acknowledge_an_alert(string role, bool allowed)
    {
        var world = await AbsenceWorld.CreateAsync(app);
        var absence = await world.AbsenceAsync(app);
        using var client = await app.SignInAsAsync(role, world.SchoolId);
        var token = await client.TokenFromAsync("/mot-de-passe");

        var response = await client.PostWithTokenAsync($"/absences/{absence.Id}/prendre-en-compte", token, new Dictionary<string, string?> { ["version"] = absence.Version.ToString() });

        var stored = await AbsenceWorld.ReloadAsync(app, absence.Id);
        if (allowed)
        {
            Assert.Equal($"/absences/{absence.Id}", response.Headers.Location!.OriginalString);
            Assert.Equal(AbsenceStatus.Acknowledged, stored.Status);
            Assert.NotNull(stored.AcknowledgedBy);
            var page = await client.GetDocumentAsync($"/absences/{absence.Id}");
            Assert.Contains("Alerte prise en compte", page.QuerySelector(".fr-alert--success")!.TextContent);
            Assert.Contains("Prise en compte par", page.QuerySelector("#timeline")!.TextContent);
        }
        else
        {
            Assert.True(Refused(response));
            Assert.Equal(AbsenceStatus.New, stored.Status);
        }
    }

    [Fact]
    public async Task The_cpe_lands_on_the_inbox_waiting_alerts_first_and_acknowledges_from_there()
    {
        var world = await AbsenceWorld.CreateAsync(app);
        var waiting = await world.AbsenceAsync(app);
        var acknowledged = await world.AbsenceAsync(app, AbsenceKind.LateArrival);
        await app.WithDbAsync(async db =>
        {
            var a = await db.Absences.IgnoreQueryFilters().SingleAsync(x => x.Id == acknowledged.Id);
            a.Acknowledge(new Actor("cpe@test.fr"), app.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        });
        using var cpe = await app.SignInAsAsync(Roles.Cpe, world.SchoolId);

        Assert.Equal("/absences/a-traiter", (await cpe.GetAsync("/")).Headers.Location!.OriginalString);
        var inbox = await cpe.GetDocumentAsync("/absences/a-traiter");
        Assert.NotNull(inbox.QuerySelector($"#alertes + p + div tr[data-absence='{waiting.Id}'] form"));
        Assert.NotNull(inbox.QuerySelector($"tr[data-absence='{acknowledged.Id}']"));
        Assert.Equal("1", inbox.QuerySelector("#absence-count [data-count]")!.GetAttribute("data-count"));

        var response = await cpe.PostFormAsync("/absences/a-traiter", $"/absences/{waiting.Id}/prendre-en-compte",
            new() { ["version"] = waiting.Version.ToString(), ["retour"] = "inbox" });

        Assert.Equal("/absences/a-traiter", response.Headers.Location!.OriginalString);
        Assert.Equal(AbsenceStatus.Acknowledged, (await AbsenceWorld.ReloadAsync(app, waiting.Id)).Status);
        var after = await cpe.GetDocumentAsync("/absences/a-traiter");
        Assert.Equal("0", after.QuerySelector("#absence-count [data-count]")!.GetAttribute("data-count"));
        Assert.Contains("Aucune alerte n'attend", after.Body!.TextContent);
    }

    [Fact]
    public async Task The_header_count_is_the_school_s_for_the_cpe_the_escalated_ones_for_the_direction_and_none_for_the_secretariat()
    {
        var world = await AbsenceWorld.CreateAsync(app);
        await world.AbsenceAsync(app);
        await world.AbsenceAsync(app, AbsenceKind.Accident);
        await app.WithDbAsync(async db =>
        {
            foreach (var a in await db.Absences.IgnoreQueryFilters().Where(a => a.SchoolId == world.SchoolId && a.Kind == AbsenceKind.Accident).ToListAsync())
                a.Escalate(app.Clock.GetUtcNow().AddHours(1));
            await db.SaveChangesAsync();
        });
        using var cpe = await app.SignInAsAsync(Roles.Cpe, world.SchoolId);
        using var head = await app.SignInAsAsync(Roles.Direction, world.SchoolId);
        using var secretary = await app.SignInAsAsync(Roles.Secretariat, world.SchoolId);

        Assert.Equal("2", (await cpe.GetDocumentAsync("/eleves")).QuerySelector("#absence-count [data-count]")!.GetAttribute("data-count"));
        Assert.Equal("1", (await head.GetDocumentAsync("/eleves")).QuerySelector("#absence-count [data-count]")!.GetAttribute("data-count"));
        Assert.Null((await secretary.GetDocumentAsync("/eleves")).QuerySelector("#absence-count"));
    }

    [Fact]
    public async Task The_dashboard_shows_today_s_absences_the_alerts_waiting_the_longest_wait_and_the_median_time_to_the_family()
    {
        var world = await AbsenceWorld.CreateAsync(app);
        await world.AbsenceAsync(app, ago: TimeSpan.FromMinutes(45));
        await world.AbsenceAsync(app, AbsenceKind.LateArrival);
        var informed = await world.AbsenceAsync(app, AbsenceKind.Absence, AbsencesApp.Today.AddDays(-1), ago: TimeSpan.FromMinutes(20));
        await app.WithDbAsync(async db =>
        {
            var a = await db.Absences.IgnoreQueryFilters().SingleAsync(x => x.Id == informed.Id);
            a.RecordFamilyInformed(app.Clock.GetUtcNow(), ContactMethod.Phone, "La mère", null, new Actor("cpe@test.fr"), app.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        });
        using var head = await app.SignInAsAsync(Roles.Direction, world.SchoolId);
        var page = await head.GetDocumentAsync("/tableau-de-bord");

        Assert.Equal("2", page.QuerySelector("#chiffre-absences-jour [data-valeur]")!.TextContent.Trim());
        Assert.Equal("2", page.QuerySelector("#chiffre-alertes [data-valeur]")!.TextContent.Trim());
        Assert.Equal("45 min", page.QuerySelector("#chiffre-attente [data-valeur]")!.TextContent.Trim());
        Assert.Equal("20 min", page.QuerySelector("#chiffre-delai-famille [data-valeur]")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_csv_export_holds_the_filtered_rows_only()
    {
        var world = await AbsenceWorld.CreateAsync(app);
        var otherClass = await app.AddAsync(TestData.Class(world.SchoolId));
        var otherStudent = await app.AddAsync(TestData.Student(world.SchoolId, otherClass.Id, "Autreclasse"));
        await world.AbsenceAsync(app);
        await world.AbsenceAsync(app, studentId: otherStudent.Id);
        using var cpe = await app.SignInAsAsync(Roles.Cpe, world.SchoolId);

        var csv = await (await cpe.GetAsync($"/absences/export.csv?classe={world.World.Class.Id}")).Content.ReadAsStringAsync();
        var all = await (await cpe.GetAsync("/absences/export.csv")).Content.ReadAsStringAsync();
        var xlsx = await cpe.GetAsync($"/absences/export.xlsx?classe={world.World.Class.Id}");

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("\uFEFFÉlève;Classe;Jour", lines[0]);
        Assert.Contains(world.World.Student.LastName.ToUpperInvariant(), lines[1]);
        Assert.Contains("15/06/2027", lines[1]);
        Assert.DoesNotContain("AUTRECLASSE", csv);
        Assert.Contains("AUTRECLASSE", all);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task The_student_s_page_lists_their_absences_with_a_prefilled_report_link()
    {
        var world = await AbsenceWorld.CreateAsync(app);
        var absence = await world.AbsenceAsync(app);
        using var cpe = await app.SignInAsAsync(Roles.Cpe, world.SchoolId);
        using var admin = await app.SignInAsAsync(Roles.Administrateur, world.SchoolId);

        var page = await cpe.GetDocumentAsync($"/eleves/{world.World.Student.Id}");
        Assert.NotNull(page.QuerySelector($"#absences ~ div tr[data-absence='{absence.Id}']"));
        var link = page.QuerySelector($"a[href='/absences/signaler?eleve={world.World.Student.Id}']");
        Assert.NotNull(link);
        var form = await cpe.GetDocumentAsync(link!.GetAttribute("href")!);
        Assert.Equal(world.World.Student.Id.ToString(), form.QuerySelector("#Form_StudentId option[selected]")!.GetAttribute("value"));
        Assert.Null((await admin.GetDocumentAsync($"/eleves/{world.World.Student.Id}")).QuerySelector("#absences"));
    }
}
