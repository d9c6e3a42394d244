using System.Net;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;
using static StageSeconde.FunctionalTests.Features.Agreements.AgreementPages;

namespace StageSeconde.FunctionalTests.Features.Agreements;

/// <summary>Submitting, cancelling and the convention's page: checks shown, rules enforced, nothing done twice.</summary>
public sealed class AgreementTransitionsTests(TestApp app) : IClassFixture<TestApp>
{
    private static Task<HttpResponseMessage> SubmitAsync(AppClient client, int id, (string Token, string Version) shown) =>
        client.PostWithTokenAsync($"/conventions/{id}/soumettre", shown.Token, new Dictionary<string, string?> { ["version"] = shown.Version });

    /// <summary>The antiforgery token and the version of the submission form, as the page shows them.</summary>
    private static async Task<(string Token, string Version)> SubmitFormAsync(AppClient client, int id)
    {
        var page = await client.GetDocumentAsync($"/conventions/{id}");
        return (TokenOf(page), page.QuerySelector($"form[action='/conventions/{id}/soumettre'] input[name=version]")!.GetAttribute("value")!);
    }

    [Fact]
    public async Task Seven_and_a_half_hours_on_tuesday_are_shown_and_the_submission_is_refused()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        var (token, fields) = await FilledCreateFormAsync(client, world);
        SetDays(fields, [1], ("08:30", "17:00", "12:00", "13:00"));
        var id = AgreementIdOf(await client.PostWithTokenAsync(CreateUrl(world), token, fields));

        var details = await client.GetDocumentAsync($"/conventions/{id}");

        var checks = details.QuerySelector("#checks")!;
        Assert.Contains("mardi : 7 h 30 de présence, maximum 7 h", checks.QuerySelectorAll("li").Select(li => li.TextContent));
        var submit = details.QuerySelector($"form[action='/conventions/{id}/soumettre'] button")!;
        Assert.True(submit.HasAttribute("disabled"));

        var refused = await SubmitAsync(client, id, await SubmitFormAsync(client, id));

        Assert.Contains("mardi : 7 h 30 de présence, maximum 7 h", await FollowAsync(client, refused));
        var stored = await StoredAsync(app, id);
        Assert.Equal(AgreementState.Draft, stored.State);
        Assert.Single(stored.Transitions);
    }

    [Fact]
    public async Task A_lawful_draft_is_submitted_once_even_when_the_button_is_clicked_twice()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var agreement = await AgreementFactory.CreateAsync(app, world);
        using var client = await Placement.BoardScenario.SignInAsPrincipalOfAsync(app, world.School.Id, world.Class.Id);
        var shown = await SubmitFormAsync(client, agreement.Id);

        var first = await SubmitAsync(client, agreement.Id, shown);
        Assert.Contains("Convention soumise", await FollowAsync(client, first));
        var second = await SubmitAsync(client, agreement.Id, shown);
        Assert.Contains("Cette convention a changé depuis l'affichage de la page (elle est maintenant « Soumise »)", await FollowAsync(client, second));
        var stored = await StoredAsync(app, agreement.Id);
        Assert.Equal(AgreementState.Submitted, stored.State);
        Assert.Equal(2, stored.Transitions.Count);
        var submitted = stored.Transitions.Single(t => t.To == AgreementState.Submitted);
        Assert.Equal(AgreementState.Draft, submitted.From);
        var history = (await client.GetDocumentAsync($"/conventions/{agreement.Id}")).QuerySelectorAll("table[aria-labelledby=history-title] tbody tr").ToList();
        Assert.Equal(2, history.Count);
        Assert.Contains("Soumise", history[1].TextContent);
    }

    [Fact]
    public async Task Cancelling_requires_a_reason()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var agreement = await AgreementFactory.CreateAsync(app, world, AgreementState.Validated);
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);
        var url = $"/conventions/{agreement.Id}/annuler";
        var page = await client.GetDocumentAsync(url);
        var fields = FieldsOf(page);

        var withoutReason = await client.PostWithTokenAsync(url, TokenOf(page), fields);

        Assert.Equal(HttpStatusCode.OK, withoutReason.StatusCode);
        Assert.Contains("Motif de l'annulation : ce champ est obligatoire.", await AppClient.FieldErrorsAsync(withoutReason));
        Assert.Equal(AgreementState.Validated, (await StoredAsync(app, agreement.Id)).State);

        fields["Form.Reason"] = "L'élève a trouvé une autre structure.";
        var cancelled = await client.PostWithTokenAsync(url, TokenOf(page), fields);
        Assert.Contains("Convention annulée.", await FollowAsync(client, cancelled));
        var again = await client.PostWithTokenAsync(url, TokenOf(page), fields);
        Assert.Contains("est annulée", await FollowAsync(client, again));
        var stored = await StoredAsync(app, agreement.Id);
        Assert.Equal(AgreementState.Cancelled, stored.State);
        Assert.Equal("L'élève a trouvé une autre structure.", stored.CancellationReason);
        Assert.Single(stored.Transitions, t => t.To == AgreementState.Cancelled);
        var details = await client.GetDocumentAsync($"/conventions/{agreement.Id}");
        Assert.Null(details.QuerySelector($"a[href='/conventions/{agreement.Id}/modifier']"));
    }

    [Fact]
    public async Task A_signed_convention_cannot_be_completed_before_its_last_day()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var agreement = await AgreementFactory.CreateAsync(app, world, AgreementState.Signed);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        var page = await client.GetDocumentAsync($"/conventions/{agreement.Id}");
        Assert.Null(page.QuerySelector($"form[action='/conventions/{agreement.Id}/terminer']"));

        var response = await client.PostWithTokenAsync($"/conventions/{agreement.Id}/terminer", await client.TokenFromAsync("/mot-de-passe"),
            new Dictionary<string, string?> { ["version"] = agreement.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Contains("La convention ne peut être terminée qu'après son dernier jour, le 25/06/2027.", await FollowAsync(client, response));
        Assert.Equal(AgreementState.Signed, (await StoredAsync(app, agreement.Id)).State);
    }

    [Fact]
    public async Task The_page_shows_the_signatures_the_history_and_the_links_to_the_other_pages()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var agreement = await AgreementFactory.CreateAsync(app, world, AgreementState.Signed);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);

        var page = await client.GetDocumentAsync($"/conventions/{agreement.Id}");

        var signatures = page.QuerySelectorAll("table[aria-labelledby=signatures-title] tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(4, signatures.Count);
        Assert.Contains(signatures, s => s.Contains("Responsable légal : " + world.Guardian.FullName) && s.Contains("Papier"));
        Assert.NotNull(page.QuerySelector($"a[href='/conventions/{agreement.Id}/pdf']"));
        Assert.NotNull(page.QuerySelector($"a[href='/conventions/{agreement.Id}/signatures']"));
        Assert.Null(page.QuerySelector($"form[action='/conventions/{agreement.Id}/terminer']"));
        var history = page.QuerySelectorAll("table[aria-labelledby=history-title] tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(history, h => h.Contains("Toutes les signatures requises sont enregistrées."));
        Assert.Contains(world.Guardian.FullName, page.QuerySelector("section[aria-labelledby=student-title]")!.TextContent);
    }
}
