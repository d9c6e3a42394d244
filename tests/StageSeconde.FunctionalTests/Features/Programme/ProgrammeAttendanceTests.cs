using System.Net;
using Microsoft.EntityFrameworkCore;
using StageSeconde.FunctionalTests.Features.Absences;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Domain.Programme;

namespace StageSeconde.FunctionalTests.Features.Programme;

/// <summary>
/// Taking the attendance of a half-day of the programme (the app's clock: Tuesday 15 June 2027, week 1): an absent pupil
/// raises one absence and its alert to the CPE; saving again raises nothing more; wrong input changes nothing.
/// </summary>
public sealed class ProgrammeAttendanceTests(AbsencesApp app) : IClassFixture<AbsencesApp>
{
    private static readonly DateOnly Tuesday = AbsencesApp.Today;

    private static Dictionary<string, string?> Form(params (Student Pupil, bool? Present)[] lines)
    {
        var fields = new Dictionary<string, string?>();
        for (var i = 0; i < lines.Length; i++)
        {
            fields[$"Lines[{i}].StudentId"] = lines[i].Pupil.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            fields[$"Lines[{i}].Present"] = lines[i].Present switch { true => "true", false => "false", null => null };
        }
        return fields;
    }

    private Task<List<ProgrammeAttendance>> RecordsAsync(ProgrammeWorld p) =>
        app.WithDbAsync(db => db.ProgrammeAttendances.IgnoreQueryFilters().Where(a => a.SchoolId == p.SchoolId).OrderBy(a => a.StudentId).ToListAsync());

    private Task<List<Absence>> AbsencesAsync(ProgrammeWorld p) =>
        app.WithDbAsync(db => db.Absences.IgnoreQueryFilters().Include(a => a.Reports).Where(a => a.SchoolId == p.SchoolId).ToListAsync());

    private Task<List<OutboxMessage>> AlertsAsync(ProgrammeWorld p) =>
        app.WithDbAsync(db => db.OutboxMessages.IgnoreQueryFilters().Where(m => m.SchoolId == p.SchoolId && m.Topic == OutboxTopics.AbsenceAlert).ToListAsync());

    [Fact]
    public async Task The_supervisor_sees_their_half_days_today_first_and_the_group_all_present_by_default()
    {
        var p = await ProgrammeWorld.CreateAsync(app);
        using var client = await app.SignInAsync(p.Teacher.Login);

        var list = await client.GetDocumentAsync("/programme/appel");
        var titles = list.QuerySelectorAll(".fr-tile__title a").Select(a => a.TextContent.Trim()).ToList();
        // Jérôme Caër supervises Les Curieux every morning and Les Explorateurs every afternoon of week 1, and Les Curieux in week 2.
        Assert.Equal(15, titles.Count);
        Assert.Equal("Aujourd'hui, mardi 15 juin, matin (8 h 30 – 12 h) – groupe Les Curieux", titles[0]);
        Assert.Equal("Aujourd'hui, mardi 15 juin, après-midi (13 h 30 – 16 h 30) – groupe Les Explorateurs", titles[1]);
        Assert.StartsWith("mercredi 16 juin, matin", titles[2]);
        Assert.StartsWith("lundi 14 juin, après-midi", titles[^1]);

        var page = await client.GetDocumentAsync(ProgrammeWorld.AttendanceUrl(p.Curious, Tuesday, false));
        var legends = page.QuerySelectorAll("form .fr-segmented__legend").Select(l => l.TextContent.Trim()).ToList();
        Assert.Equal(3, legends.Count);
        Assert.StartsWith("ÉLUARD Paul", legends[0]);
        Assert.StartsWith("ZOLA Émile", legends[2]);
        Assert.Equal(3, page.QuerySelectorAll("input[type=radio][value=true][checked]").Length);
        Assert.Empty(page.QuerySelectorAll("input[type=radio][value=false][checked]"));
    }

    [Fact]
    public async Task An_absent_pupil_raises_one_absence_and_its_alert_to_the_cpe_and_saving_again_raises_nothing_more()
    {
        var p = await ProgrammeWorld.CreateAsync(app);
        var cpe = await app.CreateUserAsync(p.SchoolId, Roles.Cpe);
        using var client = await app.SignInAsync(p.Teacher.Login);
        var url = ProgrammeWorld.AttendanceUrl(p.Curious, Tuesday, false);

        var saved = await client.PostFormAsync(url, url, Form((p.Eluard, true), (p.Martin, false), (p.Zola, true)));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var records = await RecordsAsync(p);
        Assert.Equal(3, records.Count);
        Assert.All(records, r => Assert.Equal((Tuesday, false, p.Curious.Id, p.Teacher.Login), (r.Date, r.Afternoon, r.ProgrammeGroupId, r.RecordedBy)));
        var absence = Assert.Single(await AbsencesAsync(p));
        Assert.Equal((p.Martin.Id, Tuesday, AbsenceKind.Absence, DayPart.Morning, (int?)null), (absence.StudentId, absence.Day, absence.Kind, absence.Part, absence.AgreementId));
        var report = Assert.Single(absence.Reports);
        Assert.Equal(ReportSource.ProgrammeAttendance, report.Source);
        Assert.Equal("Jérôme Caër", report.Reporter);
        Assert.Contains("groupe Les Curieux", report.Comment);
        Assert.Equal(absence.Id, records.Single(r => r.StudentId == p.Martin.Id).AbsenceId);
        Assert.All(records.Where(r => r.StudentId != p.Martin.Id), r => Assert.True(r.Present && r.AbsenceId is null));
        var alert = Assert.Single(await AlertsAsync(p), m => m.To == cpe);
        Assert.Contains("MARTIN", alert.Subject.ToUpperInvariant());
        var alertsAfterFirst = (await AlertsAsync(p)).Count;

        var page = await client.GetDocumentAsync(url);
        Assert.Contains("1 absent(s)", page.QuerySelector(".fr-alert--success")?.TextContent);
        Assert.NotNull(page.QuerySelector($"input[name='Lines[1].Present'][value=false][checked]"));

        // The same attendance saved again: no second absence, no second report, no second alert.
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(url, url, Form((p.Eluard, true), (p.Martin, false), (p.Zola, true)))).StatusCode);
        var again = Assert.Single(await AbsencesAsync(p));
        Assert.Single(again.Reports);
        Assert.Equal(alertsAfterFirst, (await AlertsAsync(p)).Count);
        Assert.Equal(3, (await RecordsAsync(p)).Count);

        // Marked present afterwards: the absence stays for the CPE to handle, and the page says so.
        await client.PostFormAsync(url, url, Form((p.Eluard, true), (p.Martin, true), (p.Zola, true)));
        Assert.Single(await AbsencesAsync(p));
        var martin = (await RecordsAsync(p)).Single(r => r.StudentId == p.Martin.Id);
        Assert.True(martin.Present);
        Assert.Equal(absence.Id, martin.AbsenceId);
        var after = await client.GetDocumentAsync(url);
        Assert.Contains("reste au registre des absences", after.QuerySelector(".fr-alert--info")?.TextContent);
        Assert.Contains("le CPE clôt l'absence", after.QuerySelector("form.app-attendance")?.TextContent);
    }

    [Fact]
    public async Task Wrong_input_is_refused_in_french_and_changes_nothing()
    {
        var p = await ProgrammeWorld.CreateAsync(app);
        using var client = await app.SignInAsync(p.Teacher.Login);
        var url = ProgrammeWorld.AttendanceUrl(p.Curious, Tuesday, false);

        var missing = await client.PostFormAsync(url, url, Form((p.Eluard, true), (p.Martin, null), (p.Zola, false)));
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Contains("Indiquez si Léa MARTIN est présent ou absent.", await AppClient.FieldErrorsAsync(missing));

        var stranger = await client.PostFormAsync(url, url, Form((p.Eluard, true), (p.Martin, true), (p.Zola, false), (p.Abel, false)));
        Assert.Contains("La liste des élèves du groupe a changé", (await AppClient.ParseAsync(await stranger.Content.ReadAsStringAsync())).QuerySelector("#form-errors")?.TextContent);

        var tomorrow = ProgrammeWorld.AttendanceUrl(p.Curious, Tuesday.AddDays(1), false);
        var future = await client.PostFormAsync(tomorrow, tomorrow, Form((p.Eluard, true), (p.Martin, false), (p.Zola, true)));
        Assert.Equal(HttpStatusCode.OK, future.StatusCode);
        Assert.Contains("se fait le jour même", (await AppClient.ParseAsync(await future.Content.ReadAsStringAsync())).QuerySelector("#form-errors")?.TextContent);

        Assert.Empty(await RecordsAsync(p));
        Assert.Empty(await AbsencesAsync(p));
        Assert.Empty(await AlertsAsync(p));
    }

    [Fact]
    public async Task Only_the_supervisor_the_cpe_and_the_direction_take_a_half_day_and_another_schools_group_is_not_found()
    {
        var p = await ProgrammeWorld.CreateAsync(app);
        var url = ProgrammeWorld.AttendanceUrl(p.Curious, Tuesday, false);

        using (var librarian = await app.SignInAsync(p.Librarian.Login))
        {
            var refused = await librarian.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.Contains("/acces-refuse", refused.Headers.Location!.ToString());
            Assert.Equal(HttpStatusCode.OK, (await librarian.GetAsync(ProgrammeWorld.AttendanceUrl(p.Curious, Tuesday, true))).StatusCode);
        }
        foreach (var role in new[] { Roles.Cpe, Roles.Direction })
        {
            using var client = await app.SignInAsAsync(role, p.SchoolId);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
            var list = await client.GetDocumentAsync("/programme/appel");
            // Every group's half-days of today.
            Assert.Equal(4, list.QuerySelectorAll(".fr-tile__title a").Length);
        }
        using var secretariat = await app.SignInAsAsync(Roles.Secretariat, p.SchoolId);
        Assert.Contains("/acces-refuse", (await secretariat.GetAsync(url)).Headers.Location?.ToString());

        var other = await ProgrammeWorld.CreateAsync(app);
        using var direction = await app.SignInAsAsync(Roles.Direction, p.SchoolId);
        Assert.Equal(HttpStatusCode.NotFound, (await direction.GetAsync(ProgrammeWorld.AttendanceUrl(other.Curious, Tuesday, false))).StatusCode);
        var token = await direction.TokenFromAsync(url);
        var post = await direction.PostWithTokenAsync(ProgrammeWorld.AttendanceUrl(other.Curious, Tuesday, false), token, Form((other.Eluard, false)));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await direction.GetAsync(ProgrammeWorld.AttendanceUrl(p.Explorers, Tuesday.AddDays(7), false))).StatusCode);
        Assert.Empty(await AbsencesAsync(other));
    }
}
