using System.Net;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Features.TutorReport;

/// <summary>The tutor's page behind the secret link: what it shows, when it opens, what it records, what it refuses.</summary>
public sealed class TutorReportTests(TutorLinkTestApp app) : IClassFixture<TutorLinkTestApp>
{
    private static Dictionary<string, string?> Absence(string day = "2027-06-16", string part = "Morning", string? comment = null) => new()
    {
        ["Form.Kind"] = "Absence", ["Form.Day"] = day, ["Form.Part"] = part, ["Form.Reporter"] = "Hugo Martin", ["Form.Comment"] = comment,
    };

    private void At(DateTimeOffset now) => app.Clock.AdjustTime(now);

    /// <summary>The text of a page as the user reads it (entities decoded).</summary>
    private static async Task<string> TextAsync(HttpResponseMessage response) =>
        (await AppClient.ParseAsync(await response.Content.ReadAsStringAsync())).Body?.TextContent ?? "";

    private Task<(int Absences, int Reports, int Messages)> CountsAsync(int studentId) => app.WithDbAsync(async db => (
        await db.Absences.IgnoreQueryFilters().CountAsync(a => a.StudentId == studentId),
        await db.AbsenceReports.IgnoreQueryFilters().CountAsync(r => db.Absences.IgnoreQueryFilters().Any(a => a.Id == r.AbsenceId && a.StudentId == studentId)),
        await db.OutboxMessages.IgnoreQueryFilters().CountAsync(m => db.Absences.IgnoreQueryFilters().Any(a => a.Id == m.RelatedId && a.StudentId == studentId))));

    [Fact]
    public async Task The_page_shows_its_own_conventions_student_by_first_name_and_initial_and_nothing_of_another_convention()
    {
        At(TutorLinkTestApp.DuringTheSequence);
        var mine = await TutorLinkScenario.CreateAsync(app, "Dupré", "Léa");
        var other = await TutorLinkScenario.CreateAsync(app, "Zébulon", "Noé");
        using var tutor = app.AnonymousClient();

        var response = await tutor.GetAsync(mine.Path);
        var html = await TextAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Léa D.", html);
        Assert.DoesNotContain("Dupré", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("DUPRÉ", html);
        Assert.Contains("Jérôme CAËR", html);
        Assert.Contains("06 55 44 33 22", html);
        Assert.Contains("01 43 11 11 11", html);
        Assert.Contains("14/06/2027", html);
        Assert.Contains("9 h – 17 h", html);
        // Nothing else about the student: no guardian, no birth date, no address of the family.
        Assert.DoesNotContain("06 12 34 56 78", html);
        Assert.DoesNotContain("parent@example.fr", html);
        Assert.DoesNotContain("14/03/2011", html);
        Assert.DoesNotContain("Noé", html);
        Assert.DoesNotContain("Zébulon", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(other.World.School.Name, html);

        var otherHtml = await TextAsync(await tutor.GetAsync(other.Path));
        Assert.Contains("Noé Z.", otherHtml);
        Assert.DoesNotContain("Léa", otherHtml);
    }

    [Fact]
    public async Task The_link_pages_are_not_stored_and_send_no_referrer()
    {
        At(TutorLinkTestApp.DuringTheSequence);
        var scenario = await TutorLinkScenario.CreateAsync(app);
        using var tutor = app.AnonymousClient();

        var response = await tutor.GetAsync(scenario.Path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, response.Headers.CacheControl?.ToString());
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task A_report_through_the_link_creates_one_absence_with_its_report_and_one_message_per_recipient()
    {
        At(TutorLinkTestApp.DuringTheSequence);
        var scenario = await TutorLinkScenario.CreateAsync(app);
        using var tutor = app.AnonymousClient();

        var response = await tutor.PostFormAsync(scenario.Path, scenario.Path, Absence(comment: "Il a prévenu par SMS à 8 h 50."));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(scenario.Path + "/signale", response.Headers.Location?.OriginalString);
        var absence = await app.WithDbAsync(db => db.Absences.IgnoreQueryFilters().Include(a => a.Reports).SingleAsync(a => a.StudentId == scenario.World.Student.Id));
        Assert.Equal(scenario.Agreement.Id, absence.AgreementId);
        Assert.Equal(new DateOnly(2027, 6, 16), absence.Day);
        Assert.Equal(DayPart.Morning, absence.Part);
        var report = Assert.Single(absence.Reports);
        Assert.Equal(ReportSource.TutorLink, report.Source);
        Assert.Equal("Hugo Martin", report.Reporter);
        Assert.Equal("Il a prévenu par SMS à 8 h 50.", report.Comment);
        var recipients = await app.WithDbAsync(db => db.OutboxMessages.IgnoreQueryFilters().Where(m => m.RelatedId == absence.Id).Select(m => m.To).ToListAsync());
        // The CPE and the referent teacher (the class has no professeur principal): one message each.
        Assert.Equal(2, recipients.Count);
        Assert.Contains(scenario.Referent.Email, recipients);
        Assert.Equal(recipients.Count, recipients.Distinct(StringComparer.OrdinalIgnoreCase).Count());

        var done = await tutor.GetAsync(scenario.Path + "/signale");
        var html = await TextAsync(done);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Contains("Le lycée est prévenu", html);
        Assert.DoesNotContain("appelez le lycée maintenant", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_same_half_day_reported_twice_is_one_absence_with_two_reports_and_no_second_alert()
    {
        At(TutorLinkTestApp.DuringTheSequence);
        var scenario = await TutorLinkScenario.CreateAsync(app);
        using var tutor = app.AnonymousClient();

        Assert.Equal(HttpStatusCode.Redirect, (await tutor.PostFormAsync(scenario.Path, scenario.Path, Absence(part: "Morning"))).StatusCode);
        var first = await CountsAsync(scenario.World.Student.Id);
        Assert.Equal(HttpStatusCode.Redirect, (await tutor.PostFormAsync(scenario.Path, scenario.Path, Absence(part: "WholeDay"))).StatusCode);
        var second = await CountsAsync(scenario.World.Student.Id);

        Assert.Equal((1, 1), (first.Absences, first.Reports));
        Assert.True(first.Messages > 0);
        Assert.Equal((1, 2, first.Messages), second);
    }

    [Fact]
    public async Task An_accident_confirms_and_asks_to_call_the_lycee_now_with_its_number()
    {
        At(TutorLinkTestApp.DuringTheSequence);
        var scenario = await TutorLinkScenario.CreateAsync(app);
        using var tutor = app.AnonymousClient();

        var response = await tutor.PostFormAsync(scenario.Path, scenario.Path, new()
        {
            ["Form.Kind"] = "Accident", ["Form.Day"] = "2027-06-16", ["Form.Time"] = "10:15", ["Form.Details"] = "Chute dans l'escalier, cheville douloureuse.",
            ["Form.Reporter"] = "Hugo Martin",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = await TextAsync(await tutor.GetAsync(response.Headers.Location!.OriginalString));
        Assert.Contains("Le lycée est prévenu", html);
        Assert.Contains("Accident : appelez le lycée maintenant", html);
        Assert.Contains("01 43 11 11 11", html);
        var absence = await app.WithDbAsync(db => db.Absences.IgnoreQueryFilters().SingleAsync(a => a.StudentId == scenario.World.Student.Id));
        Assert.Equal(AbsenceKind.Accident, absence.Kind);
        Assert.Equal(new TimeOnly(10, 15), absence.Time);
    }

    public static TheoryData<string, string, string?> BadInputs() => new()
    {
        { "a day after the convention", "Form.Day", "2027-06-28" },
        { "a day before the convention", "Form.Day", "2027-06-11" },
        { "a day after tomorrow", "Form.Day", "2027-06-18" },
        { "not a date", "Form.Day", "demain" },
        { "10 000 characters of comment", "Form.Comment", new string('a', 10_000) },
        { "script in the comment", "Form.Comment", "<script>alert('x')</script>" },
        { "script in the reporter's name", "Form.Reporter", "<script>alert(1)</script>" },
        { "an unknown kind (number)", "Form.Kind", "99" },
        { "an unknown kind (word)", "Form.Kind", "Vacances" },
        { "an unknown part of the day", "Form.Part", "Nuit" },
        { "a missing kind", "Form.Kind", null },
        { "a missing day", "Form.Day", null },
        { "a missing part for an absence", "Form.Part", null },
        { "a missing name", "Form.Reporter", null },
        { "a time that is not one", "Form.Time", "25:99" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_is_refused_with_a_french_message_and_nothing_is_stored(string why, string field, string? value)
    {
        At(TutorLinkTestApp.DuringTheSequence);
        var scenario = await TutorLinkScenario.CreateAsync(app);
        using var tutor = app.AnonymousClient();
        var fields = Absence();
        fields[field] = value;

        var response = await tutor.PostFormAsync(scenario.Path, scenario.Path, fields);

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{why} : {(int)response.StatusCode}");
        var errors = await AppClient.FieldErrorsAsync(response);
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Matches("[a-zàéèêç]", e));
        Assert.Equal((0, 0, 0), await CountsAsync(scenario.World.Student.Id));
    }

    [Fact]
    public async Task An_accident_without_time_nor_description_names_both_fields()
    {
        At(TutorLinkTestApp.DuringTheSequence);
        var scenario = await TutorLinkScenario.CreateAsync(app);
        using var tutor = app.AnonymousClient();

        var response = await tutor.PostFormAsync(scenario.Path, scenario.Path, new() { ["Form.Kind"] = "Accident", ["Form.Day"] = "2027-06-16", ["Form.Reporter"] = "Hugo Martin" });

        var errors = await AppClient.FieldErrorsAsync(response);
        Assert.Contains("Indiquez l'heure de l'accident.", errors);
        Assert.Contains("Décrivez ce qui s'est passé.", errors);
        Assert.Equal((0, 0, 0), await CountsAsync(scenario.World.Student.Id));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAA!")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task A_malformed_or_unknown_token_is_a_plain_404_and_stores_nothing(string token)
    {
        At(TutorLinkTestApp.DuringTheSequence);
        var scenario = await TutorLinkScenario.CreateAsync(app);
        using var tutor = app.AnonymousClient();
        var antiforgery = await tutor.TokenFromAsync(scenario.Path);

        var get = await tutor.GetAsync("/t/" + Uri.EscapeDataString(token));
        var post = await tutor.PostWithTokenAsync("/t/" + Uri.EscapeDataString(token), antiforgery, Absence());

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Contains("Page introuvable", await TextAsync(get));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal((0, 0, 0), await CountsAsync(scenario.World.Student.Id));
    }

    [Fact]
    public async Task A_revoked_link_refuses_politely_with_the_lycees_number_and_stores_nothing()
    {
        At(TutorLinkTestApp.DuringTheSequence);
        var scenario = await TutorLinkScenario.CreateAsync(app);
        using var tutor = app.AnonymousClient();
        var antiforgery = await tutor.TokenFromAsync(scenario.Path);

        var revoke = await scenario.Staff.PostFormAsync($"/conventions/{scenario.Agreement.Id}", $"/conventions/{scenario.Agreement.Id}/lien-tuteur/revoquer", []);
        Assert.Equal(HttpStatusCode.Redirect, revoke.StatusCode);
        var get = await tutor.GetAsync(scenario.Path);
        var post = await tutor.PostWithTokenAsync(scenario.Path, antiforgery, Absence());

        Assert.Equal(HttpStatusCode.Gone, get.StatusCode);
        var html = await TextAsync(get);
        Assert.Contains("Ce lien a été révoqué", html);
        Assert.Contains("Appelez le lycée au 01 43 11 11 11", html);
        Assert.DoesNotContain("Prévenir le lycée", html);
        Assert.Equal(HttpStatusCode.Gone, post.StatusCode);
        Assert.Equal((0, 0, 0), await CountsAsync(scenario.World.Student.Id));
        var link = await app.WithDbAsync(db => db.AgreementLinks.IgnoreQueryFilters().SingleAsync(l => l.AgreementId == scenario.Agreement.Id));
        Assert.NotNull(link.RevokedAt);
        Assert.NotNull(link.RevokedBy);
    }

    [Fact]
    public async Task Issuing_a_new_link_revokes_the_old_one()
    {
        At(TutorLinkTestApp.DuringTheSequence);
        var scenario = await TutorLinkScenario.CreateAsync(app);
        using var tutor = app.AnonymousClient();

        var newToken = await TutorLinkScenario.IssueAsync(scenario.Staff, scenario.Agreement.Id);

        Assert.NotEqual(scenario.Token, newToken);
        Assert.Equal(HttpStatusCode.Gone, (await tutor.GetAsync(scenario.Path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await tutor.GetAsync("/t/" + newToken)).StatusCode);
        var links = await app.WithDbAsync(db => db.AgreementLinks.IgnoreQueryFilters().Where(l => l.AgreementId == scenario.Agreement.Id).ToListAsync());
        Assert.Equal(2, links.Count);
        Assert.Single(links, l => l.RevokedAt is null);
        // Only the hash is stored, and the printable copy is encrypted.
        Assert.DoesNotContain(links, l => l.TokenHash.Contains(newToken, StringComparison.Ordinal) || (l.ProtectedToken ?? "").Contains(newToken, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_link_opens_a_week_before_the_first_day_and_closes_a_week_after_the_last_day()
    {
        var scenario = await TutorLinkScenario.CreateAsync(app);
        using var tutor = app.AnonymousClient();
        At(TutorLinkTestApp.DuringTheSequence);
        var antiforgery = await tutor.TokenFromAsync(scenario.Path);

        // Paris dates: Sunday 6 June 2027 at 23:30 is still before the opening day (Monday 7 June).
        At(new DateTimeOffset(2027, 6, 6, 21, 30, 0, TimeSpan.Zero));
        var before = await tutor.GetAsync(scenario.Path);
        var beforePost = await tutor.PostWithTokenAsync(scenario.Path, antiforgery, Absence(day: "2027-06-14"));
        At(new DateTimeOffset(2027, 6, 7, 6, 0, 0, TimeSpan.Zero));
        var opening = await tutor.GetAsync(scenario.Path);
        At(new DateTimeOffset(2027, 7, 2, 20, 0, 0, TimeSpan.Zero));
        var lastOpenDay = await tutor.GetAsync(scenario.Path);
        At(new DateTimeOffset(2027, 7, 2, 22, 30, 0, TimeSpan.Zero));
        var after = await tutor.GetAsync(scenario.Path);
        var afterPost = await tutor.PostWithTokenAsync(scenario.Path, antiforgery, Absence(day: "2027-06-25"));
        At(TutorLinkTestApp.DuringTheSequence);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        var beforeHtml = await TextAsync(before);
        Assert.Contains("Ce lien n'est pas encore ouvert", beforeHtml);
        Assert.Contains("07/06/2027", beforeHtml);
        Assert.Contains("01 43 11 11 11", beforeHtml);
        Assert.Equal(HttpStatusCode.OK, beforePost.StatusCode);
        Assert.Contains("Ce lien n'est pas encore ouvert", await TextAsync(beforePost));
        Assert.Equal(HttpStatusCode.OK, opening.StatusCode);
        Assert.Contains("Signaler une absence", await TextAsync(opening));
        Assert.Equal(HttpStatusCode.OK, lastOpenDay.StatusCode);
        Assert.Contains("Signaler une absence", await TextAsync(lastOpenDay));
        Assert.Equal(HttpStatusCode.Gone, after.StatusCode);
        Assert.Contains("Ce lien est fermé", await TextAsync(after));
        Assert.Equal(HttpStatusCode.Gone, afterPost.StatusCode);
        Assert.Equal((0, 0, 0), await CountsAsync(scenario.World.Student.Id));
    }

    [Fact]
    public async Task The_day_list_runs_from_the_first_day_to_tomorrow_with_today_chosen()
    {
        At(TutorLinkTestApp.DuringTheSequence);
        var scenario = await TutorLinkScenario.CreateAsync(app);
        using var tutor = app.AnonymousClient();

        var page = await tutor.GetDocumentAsync(scenario.Path);

        var options = page.QuerySelectorAll("select[name='Form.Day'] option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal(["2027-06-14", "2027-06-15", "2027-06-16", "2027-06-17"], options);
        Assert.Equal("2027-06-16", page.QuerySelector("select[name='Form.Day'] option[selected]")?.GetAttribute("value"));
        Assert.Equal("Hugo Martin", page.QuerySelector("input[name='Form.Reporter']")?.GetAttribute("value"));
    }
}
