using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using StageSeconde.FunctionalTests.Features.MyStudents;
using StageSeconde.FunctionalTests.Features.TutorReport;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;
using UglyToad.PdfPig;

namespace StageSeconde.FunctionalTests.Features.TutorEvaluations;

/// <summary>
/// The tutor's evaluation through HTTP: from the tutor's link, by the referent teacher, refused to others, frozen a week
/// after the last day (conventions of 14–25 June 2027 on a fake clock), shown on the pupil's page, exported, printed.
/// </summary>
public sealed class TutorEvaluationTests(TutorLinkTestApp app) : IClassFixture<TutorLinkTestApp>
{
    /// <summary>Friday 2 July 2027, 10:00 in Paris: the last day the evaluation can be changed (25 June + 7 days).</summary>
    private static readonly DateTimeOffset LastOpenDay = new(2027, 7, 2, 8, 0, 0, TimeSpan.Zero);
    /// <summary>Saturday 3 July 2027: frozen.</summary>
    private static readonly DateTimeOffset Frozen = new(2027, 7, 3, 8, 0, 0, TimeSpan.Zero);
    /// <summary>Friday 11 June 2027: before the first day.</summary>
    private static readonly DateTimeOffset BeforeTheFirstDay = new(2027, 6, 11, 8, 0, 0, TimeSpan.Zero);

    private sealed record Scenario(SchoolWorld World, Agreement Agreement, string ReferentEmail, AppClient Secretary, string Token)
    {
        public string TutorPath => $"/t/{Token}/evaluation";
        public string ReferentPath => $"/conventions/{Agreement.Id}/evaluation";
    }

    private async Task<Scenario> ScenarioAsync()
    {
        app.Clock.AdjustTime(TutorLinkTestApp.DuringTheSequence);
        var world = await SchoolWorld.CreateAsync(app);
        var (email, staffId) = await MyStudentsWorld.StaffUserAsync(app, world.School.Id, Roles.Enseignant);
        var agreement = await AgreementFactory.CreateAsync(app, world, AgreementState.Validated, AgreementFactory.Terms(referentTeacherId: staffId));
        var secretary = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        var token = await TutorLinkScenario.IssueAsync(secretary, agreement.Id);
        return new Scenario(world, agreement, email, secretary, token);
    }

    private static Dictionary<string, string?> Levels(string observer = "VerySatisfactory", string? comment = "Curieuse et attentive.", string? evaluator = "Hugo Martin") => new()
    {
        ["Form.Observer"] = observer, ["Form.Communiquer"] = "Satisfactory", ["Form.Comprendre"] = "Fragile", ["Form.SImpliquer"] = "NotObserved",
        ["Form.Comment"] = comment, ["Form.Evaluator"] = evaluator,
    };

    private Task<TutorEvaluation?> StoredAsync(int agreementId) =>
        app.WithDbAsync(db => db.TutorEvaluations.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(e => e.AgreementId == agreementId));

    private static async Task<string> TextAsync(HttpResponseMessage response) =>
        (await AppClient.ParseAsync(await response.Content.ReadAsStringAsync())).Body?.TextContent ?? "";

    [Fact]
    public async Task The_tutor_evaluates_from_the_link_and_the_pupils_page_shows_it()
    {
        var s = await ScenarioAsync();
        using var tutor = app.AnonymousClient();

        var page = await tutor.GetDocumentAsync(s.TutorPath);
        Assert.Equal(4, page.QuerySelectorAll("fieldset legend").Length);
        Assert.Equal(16, page.QuerySelectorAll("fieldset input[type=radio]").Length);
        Assert.Contains("Observer", page.QuerySelector("#Observer-legend")!.TextContent);
        var response = await tutor.PostFormAsync(s.TutorPath, s.TutorPath, Levels());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/t/{s.Token}/evaluation/enregistree", response.Headers.Location!.OriginalString);
        var stored = await StoredAsync(s.Agreement.Id);
        Assert.NotNull(stored);
        Assert.Equal(SkillLevel.VerySatisfactory, stored.Observer);
        Assert.Equal(SkillLevel.NotObserved, stored.SImpliquer);
        Assert.Equal(EvaluationSource.TutorLink, stored.Source);
        Assert.Equal("Hugo Martin", stored.EvaluatorName);

        using var teacher = await app.SignInAsAsync(Roles.Enseignant, s.World.School.Id);
        var pupil = await TextAsync(await teacher.GetAsync($"/eleves/{s.World.Student.Id}"));
        Assert.Contains("Évaluation du tuteur", pupil);
        Assert.Contains("Très satisfaisant", pupil);
        Assert.Contains("Curieuse et attentive.", pupil);
    }

    [Fact]
    public async Task The_tutor_changes_the_evaluation_which_stays_one()
    {
        var s = await ScenarioAsync();
        using var tutor = app.AnonymousClient();
        await tutor.PostFormAsync(s.TutorPath, s.TutorPath, Levels());

        var response = await tutor.PostFormAsync(s.TutorPath, s.TutorPath, Levels(observer: "Fragile", comment: null));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.TutorEvaluations.IgnoreQueryFilters().CountAsync(e => e.AgreementId == s.Agreement.Id)));
        var stored = await StoredAsync(s.Agreement.Id);
        Assert.Equal(SkillLevel.Fragile, stored!.Observer);
        Assert.Null(stored.Comment);
    }

    [Fact]
    public async Task A_missing_level_and_markup_are_refused_in_french()
    {
        var s = await ScenarioAsync();
        using var tutor = app.AnonymousClient();
        var form = Levels(comment: "<script>alert(1)</script>", evaluator: "");
        form.Remove("Form.Comprendre");

        var response = await tutor.PostFormAsync(s.TutorPath, s.TutorPath, form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = await AppClient.FieldErrorsAsync(response);
        Assert.Contains("Choisissez un niveau pour « Comprendre ».", errors);
        Assert.Contains("Indiquez le nom de la personne qui évalue.", errors);
        Assert.Contains(errors, e => e.StartsWith("Le texte ne peut pas contenir de balises", StringComparison.Ordinal));
        Assert.Null(await StoredAsync(s.Agreement.Id));
    }

    [Fact]
    public async Task The_evaluation_opens_on_the_first_day_and_is_frozen_a_week_after_the_last()
    {
        var s = await ScenarioAsync();
        using var tutor = app.AnonymousClient();

        app.Clock.AdjustTime(BeforeTheFirstDay);
        var before = await tutor.GetAsync(s.TutorPath);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Contains("pas encore ouverte", await TextAsync(before));
        Assert.Empty((await AppClient.ParseAsync(await before.Content.ReadAsStringAsync())).QuerySelectorAll("form input[type=radio]"));

        app.Clock.AdjustTime(LastOpenDay);
        Assert.Equal(HttpStatusCode.Redirect, (await tutor.PostFormAsync(s.TutorPath, s.TutorPath, Levels())).StatusCode);

        app.Clock.AdjustTime(Frozen);
        var closed = await tutor.GetAsync(s.TutorPath);
        Assert.Equal(HttpStatusCode.Gone, closed.StatusCode);
        Assert.Contains("L'évaluation est close", await TextAsync(closed));

        // The referent may read it, not change it: the page shows no form, a post is refused with the reason.
        using var referent = await app.SignInAsync(s.ReferentEmail);
        var page = await referent.GetDocumentAsync(s.ReferentPath);
        Assert.NotNull(page.QuerySelector("#evaluation-fermee"));
        Assert.Empty(page.QuerySelectorAll("form input[type=radio]"));
        Assert.Contains("Très satisfaisant", page.Body!.TextContent);
        var token = await referent.TokenFromAsync("/mot-de-passe");
        var refused = await referent.PostWithTokenAsync(s.ReferentPath, token, Levels(observer: "Fragile"));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("L'évaluation est close depuis le 03/07/2027 : elle ne peut plus être modifiée.", await TextAsync(refused));
        Assert.Equal(SkillLevel.VerySatisfactory, (await StoredAsync(s.Agreement.Id))!.Observer);
    }

    [Fact]
    public async Task The_referent_teacher_enters_it_and_another_teacher_or_school_cannot()
    {
        var s = await ScenarioAsync();
        using var referent = await app.SignInAsync(s.ReferentEmail);

        var response = await referent.PostFormAsync(s.ReferentPath, s.ReferentPath, Levels(evaluator: "Hugo Martin (par téléphone)"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await StoredAsync(s.Agreement.Id);
        Assert.Equal(EvaluationSource.Referent, stored!.Source);
        Assert.Equal(s.ReferentEmail, stored.UpdatedBy);

        // Another teacher of the school: refused; a referent of another school: not found; nothing written.
        using var otherTeacher = await app.SignInAsAsync(Roles.Enseignant, s.World.School.Id);
        Assert.Contains("/acces-refuse", (await otherTeacher.GetAsync(s.ReferentPath)).Headers.Location?.OriginalString ?? "");
        var otherToken = await otherTeacher.TokenFromAsync("/mot-de-passe");
        Assert.Contains("/acces-refuse", (await otherTeacher.PostWithTokenAsync(s.ReferentPath, otherToken, Levels(observer: "Fragile"))).Headers.Location?.OriginalString ?? "");
        var other = await ScenarioAsync();
        using var otherSchoolReferent = await app.SignInAsync(other.ReferentEmail);
        Assert.Equal(HttpStatusCode.NotFound, (await otherSchoolReferent.GetAsync(s.ReferentPath)).StatusCode);
        var token = await otherSchoolReferent.TokenFromAsync(other.ReferentPath);
        Assert.Equal(HttpStatusCode.NotFound, (await otherSchoolReferent.PostWithTokenAsync(s.ReferentPath, token, Levels(observer: "Fragile"))).StatusCode);
        // The CPE has no such form.
        using var cpe = await app.SignInAsAsync(Roles.Cpe, s.World.School.Id);
        var cpeResponse = await cpe.GetAsync(s.ReferentPath);
        Assert.Contains("/acces-refuse", cpeResponse.Headers.Location?.OriginalString ?? "");
        Assert.Equal(SkillLevel.VerySatisfactory, (await StoredAsync(s.Agreement.Id))!.Observer);
    }

    [Fact]
    public async Task A_revoked_or_unknown_link_is_refused_and_writes_nothing()
    {
        var s = await ScenarioAsync();
        var other = await ScenarioAsync();
        using var tutor = app.AnonymousClient();
        var token = await tutor.TokenFromAsync(other.TutorPath);
        var newToken = await TutorLinkScenario.IssueAsync(s.Secretary, s.Agreement.Id);

        var revoked = await tutor.PostWithTokenAsync(s.TutorPath, token, Levels());
        var unknown = await tutor.GetAsync("/t/AAAAAAAAAAAAAAAAAAAAAA/evaluation");

        Assert.Equal(HttpStatusCode.Gone, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Null(await StoredAsync(s.Agreement.Id));
        Assert.Equal(HttpStatusCode.OK, (await tutor.GetAsync($"/t/{newToken}/evaluation")).StatusCode);
    }

    [Fact]
    public async Task The_tutors_report_page_leads_to_the_evaluation_once_the_sequence_has_started()
    {
        var s = await ScenarioAsync();
        using var tutor = app.AnonymousClient();

        app.Clock.AdjustTime(BeforeTheFirstDay);
        var before = await tutor.GetDocumentAsync($"/t/{s.Token}");
        app.Clock.AdjustTime(TutorLinkTestApp.DuringTheSequence);
        var during = await tutor.GetDocumentAsync($"/t/{s.Token}");

        Assert.Null(before.QuerySelector($"a[href='{s.TutorPath}']"));
        Assert.NotNull(during.QuerySelector($"a[href='{s.TutorPath}']"));
    }

    [Fact]
    public async Task The_pdf_reads_back_with_the_levels_and_the_comment()
    {
        var s = await ScenarioAsync();
        using var tutor = app.AnonymousClient();
        await tutor.PostFormAsync(s.TutorPath, s.TutorPath, Levels());

        var response = await s.Secretary.GetAsync($"/conventions/{s.Agreement.Id}/evaluation.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var document = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Join(' ', document.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))));
        Assert.Contains("Évaluation du tuteur", text);
        Assert.Contains("Observer Très satisfaisant", text);
        Assert.Contains("Communiquer Satisfaisant", text);
        Assert.Contains("Comprendre Fragile", text);
        Assert.Contains("S’impliquer Non observé", text.Replace("S'impliquer", "S’impliquer", StringComparison.Ordinal));
        Assert.Contains("Curieuse et attentive.", text);
        Assert.Contains("Hugo Martin", text);
        Assert.DoesNotContain(s.World.Guardian.Email ?? "@@", text);
        // No evaluation yet: back to the pupil's page; another school's convention: not found.
        var other = await ScenarioAsync();
        var none = await other.Secretary.GetAsync($"/conventions/{other.Agreement.Id}/evaluation.pdf");
        Assert.Equal(HttpStatusCode.Redirect, none.StatusCode);
        Assert.Equal($"/eleves/{other.World.Student.Id}#evaluation-tuteur", none.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Secretary.GetAsync($"/conventions/{s.Agreement.Id}/evaluation.pdf")).StatusCode);
    }

    [Fact]
    public async Task The_export_lists_the_evaluations_of_the_followed_classes_only()
    {
        var s = await ScenarioAsync();
        using var tutor = app.AnonymousClient();
        await tutor.PostFormAsync(s.TutorPath, s.TutorPath, Levels());

        var csv = await s.Secretary.GetAsync($"/evaluations/export.csv?classe={s.World.Class.Id}");
        var xlsx = await s.Secretary.GetAsync("/evaluations/export.xlsx");
        using var principal = await app.SignInAsAsync(Roles.ProfesseurPrincipal, s.World.School.Id);
        var notTheirs = await principal.GetAsync($"/evaluations/export.csv?classe={s.World.Class.Id}");
        var theirs = await principal.GetAsync("/evaluations/export.csv");

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync());
        Assert.Contains("Observer;Communiquer;Comprendre;S'impliquer", text);
        Assert.Contains("Très satisfaisant;Satisfaisant;Fragile;Non observé;Curieuse et attentive.;Hugo Martin", text);
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notTheirs.StatusCode);
        Assert.DoesNotContain("Curieuse", Encoding.UTF8.GetString(await theirs.Content.ReadAsByteArrayAsync()));
    }
}
