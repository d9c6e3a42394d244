using System.Net;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;
using static StageSeconde.FunctionalTests.Features.Agreements.AgreementPages;

namespace StageSeconde.FunctionalTests.Features.Agreements;

/// <summary>
/// Through the convention's form and page: a second break a day, the form's errors on breaks, a Saturday outside the
/// dates of a one-week convention (ADR 0016) and the evaluation modality required to submit.
/// </summary>
public sealed class AgreementBreaksAndDatesTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task A_day_with_lunch_and_a_short_pause_is_stored_and_shown_with_both()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        var (token, fields) = await FilledCreateFormAsync(client, world);
        fields["Form.Days[1].Break2Start"] = "15:00";
        fields["Form.Days[1].Break2End"] = "15:15";

        var response = await client.PostWithTokenAsync(CreateUrl(world), token, fields);

        var id = AgreementIdOf(response);
        var tuesday = (await StoredAsync(app, id)).Schedule.Single(d => d.Day == DayOfWeek.Tuesday);
        Assert.Equal([new DayBreak(new(12, 0), new(13, 30)), new DayBreak(new(15, 0), new(15, 15))], tuesday.Breaks);
        Assert.Equal(new TimeSpan(6, 15, 0), tuesday.Presence);

        var details = await client.GetDocumentAsync($"/conventions/{id}");
        var rows = details.QuerySelectorAll("table[aria-labelledby=schedule-title] tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("Mardi") && r.Contains("12 h – 13 h 30 ; 15 h – 15 h 15") && r.Contains("6 h 15"));
        Assert.Contains("Contrôles : aucun problème détecté", details.Body!.TextContent);

        var edit = await client.GetDocumentAsync($"/conventions/{id}/modifier");
        Assert.Equal("15:00", edit.QuerySelector("#Form_Days_1__Break2Start")!.GetAttribute("value"));
        Assert.Equal("Début de la 2e pause (facultative)", edit.QuerySelector("label[for=Form_Days_1__Break2Start]")!.TextContent.Replace("Mardi – ", "").Trim());
    }

    [Fact]
    public async Task Overlapping_breaks_and_a_break_outside_the_day_are_refused_with_French_errors_on_their_fields()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        var (token, fields) = await FilledCreateFormAsync(client, world);
        fields["Form.Days[0].Break2Start"] = "13:00";
        fields["Form.Days[0].Break2End"] = "13:45";
        fields["Form.Days[2].Break2Start"] = "17:00";
        fields["Form.Days[2].Break2End"] = "17:15";
        var before = await app.CountAsync<Agreement>();

        var response = await client.PostWithTokenAsync(CreateUrl(world), token, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = await AppClient.FieldErrorsAsync(response);
        Assert.Contains("Lundi : les deux pauses (12 h – 13 h 30 et 13 h – 13 h 45) se chevauchent.", errors);
        Assert.Contains("Mercredi : la 2e pause (17 h – 17 h 15) doit être comprise dans la journée (9 h – 17 h).", errors);
        var page = await AppClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal("true", page.QuerySelector("#Form_Days_0__Break2Start")!.GetAttribute("aria-invalid"));
        Assert.Equal(before, await app.CountAsync<Agreement>());
    }

    [Fact]
    public async Task A_one_week_convention_with_its_saturday_worked_is_not_submitted()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        var (token, fields) = await FilledCreateFormAsync(client, world);
        fields["Form.Period"] = nameof(PeriodOption.Week1);
        SetDays(fields, [0], ("", "", "", ""));
        SetDays(fields, [5], ("09:00", "12:00", "", ""));

        var id = AgreementIdOf(await client.PostWithTokenAsync(CreateUrl(world), token, fields));
        var details = await client.GetDocumentAsync($"/conventions/{id}");

        Assert.Contains("samedi travaillé alors qu'aucun samedi n'est compris dans les dates de la convention (du lundi 14/06/2027 au vendredi 18/06/2027)",
            details.Body!.TextContent);
        await AssertNotSubmittedAsync(client, details, id);
    }

    [Fact]
    public async Task A_convention_without_evaluation_modality_shows_why_it_cannot_be_submitted()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        var (token, fields) = await FilledCreateFormAsync(client, world);
        fields["Form.EvaluationModality"] = "";

        var id = AgreementIdOf(await client.PostWithTokenAsync(CreateUrl(world), token, fields));
        var details = await client.GetDocumentAsync($"/conventions/{id}");

        Assert.Contains("Les modalités d'évaluation ne sont pas renseignées", details.Body!.TextContent);
        await AssertNotSubmittedAsync(client, details, id);
    }

    /// <summary>The submit button is disabled, and submitting anyway leaves the convention in draft.</summary>
    private async Task AssertNotSubmittedAsync(AppClient client, AngleSharp.Dom.IDocument details, int id)
    {
        var form = details.QuerySelector($"form[action='/conventions/{id}/soumettre']")!;
        Assert.True(form.QuerySelector("button")!.HasAttribute("disabled"));
        using var response = await client.PostWithTokenAsync($"/conventions/{id}/soumettre", TokenOf(details),
            new Dictionary<string, string?> { ["version"] = form.QuerySelector("input[name=version]")!.GetAttribute("value") });
        Assert.Equal(AgreementState.Draft, (await StoredAsync(app, id)).State);
    }
}
