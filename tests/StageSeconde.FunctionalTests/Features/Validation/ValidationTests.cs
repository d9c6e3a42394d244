using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Features.Validation;

public sealed class ValidationTests(TestApp app) : IClassFixture<TestApp>
{
    private const string Queue = "/conventions/a-valider";

    private static string ReviewUrl(int id) => $"/conventions/{id}/valider";

    private static Task<HttpResponseMessage> ValidateAsync(AppClient client, Agreement agreement, int? version = null) =>
        client.PostFormAsync(ReviewUrl(agreement.Id), ReviewUrl(agreement.Id), new() { ["version"] = (version ?? agreement.Version).ToString() });

    private static IReadOnlyList<string> Badges(IElement? row) =>
        row?.QuerySelectorAll(".fr-badge").Select(b => b.TextContent.Trim()).ToList() ?? throw new InvalidOperationException("Ligne introuvable.");

    [Fact]
    public async Task The_queue_lists_the_submitted_conventions_oldest_first_with_their_checks()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var first = await Conventions.SubmittedAsync(app, world, "Premier");
        var uninsured = await app.AddAsync(TestData.Host(world.School.Id, "Garage sans assurance"));
        await app.WithDbAsync(async db =>
        {
            var host = await db.HostOrganisations.IgnoreQueryFilters().SingleAsync(h => h.Id == uninsured.Id);
            host.UpdateDetails(host.Details with { Insurer = null });
            db.Tutors.Add(TestData.Tutor(world.School.Id, host.Id));
            await db.SaveChangesAsync();
        });
        var second = await Conventions.SubmittedAsync(app, world, "Second", uninsured.Id);
        var draft = await AgreementFactory.CreateAsync(app, world);
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);

        var page = await client.GetDocumentAsync(Queue);

        var rows = page.QuerySelectorAll("tbody tr[data-agreement]").Select(r => r.GetAttribute("data-agreement")).ToList();
        Assert.Equal([first.Id.ToString(), second.Id.ToString()], rows);
        Assert.DoesNotContain(draft.Id.ToString(), rows);
        Assert.Equal(["Contrôles OK"], Badges(page.QuerySelector($"tr[data-agreement='{first.Id}']")));
        Assert.Equal(["Attention : Assureur non renseigné"], Badges(page.QuerySelector($"tr[data-agreement='{second.Id}']")));
        Assert.Contains("PREMIER Léa", page.QuerySelector($"tr[data-agreement='{first.Id}']")!.TextContent);
        Assert.NotNull(page.QuerySelector($"a[href='{ReviewUrl(first.Id)}']"));
    }

    [Fact]
    public async Task The_queue_reads_its_conventions_and_their_checks_in_the_same_number_of_queries_however_many_they_are()
    {
        var world = await SchoolWorld.CreateAsync(app);
        await Conventions.SubmittedAsync(app, world, "Un");
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);
        using var counter = new SqlCommandCounter(app);
        await client.GetDocumentAsync(Queue);

        counter.Reset();
        await client.GetDocumentAsync(Queue);
        var forOne = counter.Count;
        foreach (var name in new[] { "Deux", "Trois", "Quatre", "Cinq" }) await Conventions.SubmittedAsync(app, world, name);
        counter.Reset();
        var page = await client.GetDocumentAsync(Queue);
        var forFive = counter.Count;

        Assert.Equal(5, page.QuerySelectorAll("tbody tr[data-agreement]").Length);
        // One of them reads the session's security stamp (OpenSessions: a closed account's session ends at its next request).
        Assert.InRange(forOne, 3, 4);
        Assert.Equal(forOne, forFive);
    }

    [Fact]
    public async Task The_review_page_shows_the_whole_convention_and_every_check()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var agreement = await AgreementFactory.CreateAsync(app, world, AgreementState.Submitted);
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);

        var page = await client.GetDocumentAsync(ReviewUrl(agreement.Id));

        var text = page.Body!.TextContent;
        Assert.Contains(world.Host.Name, text);
        Assert.Contains("Hugo MARTIN", text);
        Assert.Contains("Camille PARENT", text);
        Assert.Contains("Rapport d'étonnement", text);
        Assert.Contains("Total de la semaine", text);
        Assert.Contains("32 h 30", text);
        Assert.Equal(8, page.QuerySelectorAll("tr[data-check]").Length);
        // No referent teacher: a blocking check; the proviseur cannot validate, only refuse.
        Assert.Contains("Pas de professeur référent", page.QuerySelector("tr[data-check='referent']")!.TextContent);
        Assert.Equal("Bloquant", page.QuerySelector("tr[data-check='referent'] .fr-badge")!.TextContent.Trim());
        Assert.Null(page.QuerySelector($"form[action='{ReviewUrl(agreement.Id)}']"));
        Assert.NotNull(page.QuerySelector($"form[action='/conventions/{agreement.Id}/refuser'] textarea[name='Form.Reason']"));
    }

    [Fact]
    public async Task A_convention_whose_referent_has_no_phone_is_not_validated_and_says_why()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var silent = await app.AddAsync(TestData.Staff(world.School.Id, "Muet", phone: null));
        var student = await Conventions.StudentAsync(app, world, "Sansfil");
        var agreement = await AgreementFactory.CreateAsync(app, world.School.Id, student.Id, world.Host.Id, AgreementState.Submitted,
            AgreementFactory.Terms(referentTeacherId: silent.Id));
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);

        var review = await client.GetDocumentAsync(ReviewUrl(agreement.Id));
        using var response = await ValidateAsync(client, agreement);

        var check = review.QuerySelector("tr[data-check='referent']")!.TextContent;
        Assert.Contains("Référent sans téléphone", check);
        Assert.Contains("Le professeur référent n'a pas de numéro de téléphone : renseignez celui de Alex MUET", check);
        Assert.Equal("Bloquant", review.QuerySelector("tr[data-check='referent'] .fr-badge")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var refused = await AppClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Contains("La convention ne peut pas être validée : Le professeur référent n'a pas de numéro de téléphone", refused.Body!.TextContent);
        Assert.Equal(AgreementState.Submitted, (await Conventions.ReloadAsync(app, agreement.Id)).State);
    }

    [Fact]
    public async Task Once_the_referent_has_a_phone_the_same_convention_is_validated()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var referent = await app.AddAsync(TestData.Staff(world.School.Id, "Joignable", phone: null));
        var student = await Conventions.StudentAsync(app, world, "Relie");
        var agreement = await AgreementFactory.CreateAsync(app, world.School.Id, student.Id, world.Host.Id, AgreementState.Submitted,
            AgreementFactory.Terms(referentTeacherId: referent.Id));
        await app.WithDbAsync(async db =>
        {
            var staff = await db.Staff.IgnoreQueryFilters().SingleAsync(s => s.Id == referent.Id);
            staff.UpdateDetails(staff.LastName, staff.FirstName, staff.Function, staff.Email, "06 12 34 56 78");
            await db.SaveChangesAsync();
        });
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);

        using var response = await ValidateAsync(client, agreement);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(AgreementState.Validated, (await Conventions.ReloadAsync(app, agreement.Id)).State);
    }

    [Fact]
    public async Task Bulk_validation_leaves_aside_a_convention_without_referent()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var student = await Conventions.StudentAsync(app, world, "Orphelin");
        var alone = await AgreementFactory.CreateAsync(app, world.School.Id, student.Id, world.Host.Id, AgreementState.Submitted);
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);

        using var response = await client.PostFormAsync(Queue, Queue + "/selection", new()
        {
            ["ids"] = alone.Id.ToString(), [$"versions[{alone.Id}]"] = alone.Version.ToString(),
        });
        var page = await AppClient.ParseAsync(await response.Content.ReadAsStringAsync());

        Assert.Contains("Aucun professeur référent n'est désigné", page.Body!.TextContent);
        Assert.Equal(AgreementState.Submitted, (await Conventions.ReloadAsync(app, alone.Id)).State);
    }

    [Fact]
    public async Task The_proviseur_validates_a_convention_and_its_history_says_who()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var agreement = await Conventions.SubmittedAsync(app, world, "Valide");
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);

        var response = await ValidateAsync(client, agreement);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Queue, response.Headers.Location!.OriginalString);
        var stored = await Conventions.ReloadAsync(app, agreement.Id);
        Assert.Equal(AgreementState.Validated, stored.State);
        var last = stored.Transitions.OrderBy(t => t.At).ThenBy(t => t.Id).Last();
        Assert.Equal((AgreementState.Submitted, AgreementState.Validated), (last.From!.Value, last.To));
        Assert.StartsWith("direction.", last.ByUserName);
        Assert.NotNull(last.ByStaffId);
        var queue = await client.GetDocumentAsync(Queue);
        Assert.Contains("Convention de VALIDE Léa validée.", queue.QuerySelector(".fr-alert--success")!.TextContent);
        Assert.Contains("Aucune convention n'attend votre validation", queue.Body!.TextContent);
    }

    [Fact]
    public async Task Posting_the_validation_twice_validates_once_and_explains_the_second_time()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var agreement = await Conventions.SubmittedAsync(app, world, "Double");
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);
        var token = await client.TokenFromAsync(ReviewUrl(agreement.Id));
        var fields = new Dictionary<string, string?> { ["version"] = agreement.Version.ToString() };

        var first = await client.PostWithTokenAsync(ReviewUrl(agreement.Id), token, fields);
        var second = await client.PostWithTokenAsync(ReviewUrl(agreement.Id), token, fields);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var page = await AppClient.ParseAsync(await second.Content.ReadAsStringAsync());
        Assert.Contains("Cette convention n'est plus en attente de validation : elle est « Validée ».", page.QuerySelector("#decision-errors")!.TextContent);
        var stored = await Conventions.ReloadAsync(app, agreement.Id);
        Assert.Single(stored.Transitions, t => t.To == AgreementState.Validated);
    }

    [Fact]
    public async Task A_page_read_before_a_change_cannot_validate_the_changed_convention()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var agreement = await Conventions.SubmittedAsync(app, world, "Perime");
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);

        var response = await ValidateAsync(client, agreement, version: agreement.Version - 1);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Contains("La convention a été modifiée depuis que vous l'avez ouverte", page.QuerySelector("#decision-errors")!.TextContent);
        Assert.Equal(AgreementState.Submitted, (await Conventions.ReloadAsync(app, agreement.Id)).State);
    }

    [Fact]
    public async Task A_convention_whose_timetable_became_illegal_shows_a_blocking_check_and_cannot_be_validated()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var agreement = await Conventions.SubmittedAsync(app, world, "Horaires");
        await Conventions.MakeScheduleIllegalAsync(app, agreement.Id);
        agreement = await Conventions.ReloadAsync(app, agreement.Id);
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);

        var queue = await client.GetDocumentAsync(Queue);
        Assert.Equal(["Bloquant : Horaires hors limites légales"], Badges(queue.QuerySelector($"tr[data-agreement='{agreement.Id}']")));
        var review = await client.GetDocumentAsync(ReviewUrl(agreement.Id));
        Assert.Contains("mardi : 7 h 30 de présence", review.QuerySelector("tr[data-check='horaires']")!.TextContent);
        Assert.Null(review.QuerySelector($"form[action='{ReviewUrl(agreement.Id)}']"));

        var response = await ValidateAsync(client, agreement);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("La convention ne peut pas être validée : mardi : 7 h 30 de présence", page.QuerySelector("#decision-errors p")!.TextContent);
        Assert.Equal(AgreementState.Submitted, (await Conventions.ReloadAsync(app, agreement.Id)).State);
    }

    [Fact]
    public async Task A_warning_does_not_prevent_the_proviseur_from_validating_one_convention()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var agreement = await Conventions.SubmittedAsync(app, world, "Injoignable");
        await app.WithDbAsync(async db =>
        {
            var tutor = await db.Tutors.IgnoreQueryFilters().SingleAsync(t => t.Id == world.Tutor.Id);
            tutor.UpdateDetails(tutor.LastName, tutor.FirstName, tutor.Function, email: null, phone: null);
            await db.SaveChangesAsync();
        });
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);
        var review = await client.GetDocumentAsync(ReviewUrl(agreement.Id));
        Assert.Equal("Attention", review.QuerySelector("tr[data-check='tuteur'] .fr-badge")!.TextContent.Trim());

        var response = await ValidateAsync(client, agreement);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(AgreementState.Validated, (await Conventions.ReloadAsync(app, agreement.Id)).State);
        var queue = await client.GetDocumentAsync(Queue);
        Assert.Contains("validée malgré 1 point(s) d'attention", queue.QuerySelector(".fr-alert--success")!.TextContent);
    }

    [Fact]
    public async Task Refusing_without_a_reason_is_refused_in_french_and_changes_nothing()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var agreement = await Conventions.SubmittedAsync(app, world, "SansMotif");
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);

        var response = await client.PostFormAsync(ReviewUrl(agreement.Id), $"/conventions/{agreement.Id}/refuser",
            new() { ["Form.Version"] = agreement.Version.ToString(), ["Form.Reason"] = "   " });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Motif du refus : ce champ est obligatoire.", await AppClient.FieldErrorsAsync(response));
        var page = await AppClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal("Motif du refus : ce champ est obligatoire.", page.QuerySelector("#decision-errors a[href='#Form_Reason']")!.TextContent);
        var stored = await Conventions.ReloadAsync(app, agreement.Id);
        Assert.Equal(AgreementState.Submitted, stored.State);
        Assert.Equal(agreement.Version, stored.Version);
    }

    [Fact]
    public async Task Refusing_with_a_reason_makes_the_convention_refused_with_the_reason_in_its_history()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var agreement = await Conventions.SubmittedAsync(app, world, "Refuse");
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);

        var response = await client.PostFormAsync(ReviewUrl(agreement.Id), $"/conventions/{agreement.Id}/refuser",
            new() { ["Form.Version"] = agreement.Version.ToString(), ["Form.Reason"] = "  Le tuteur doit être joignable par téléphone.  " });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await Conventions.ReloadAsync(app, agreement.Id);
        Assert.Equal(AgreementState.Refused, stored.State);
        Assert.Equal("Le tuteur doit être joignable par téléphone.", stored.RefusalReason);
        var last = stored.Transitions.OrderBy(t => t.At).ThenBy(t => t.Id).Last();
        Assert.Equal((AgreementState.Submitted, AgreementState.Refused, "Le tuteur doit être joignable par téléphone."), (last.From!.Value, last.To, last.Comment));
        var page = await client.GetDocumentAsync(ReviewUrl(agreement.Id));
        Assert.Contains("Motif du refus : « Le tuteur doit être joignable par téléphone. »", page.Body!.TextContent);
        Assert.Null(page.QuerySelector($"form[action='/conventions/{agreement.Id}/refuser']"));
    }

    [Theory]
    [InlineData(Roles.ProfesseurPrincipal)]
    [InlineData(Roles.Enseignant)]
    [InlineData(Roles.Secretariat)]
    public async Task Only_the_direction_validates_or_refuses(string role)
    {
        var world = await SchoolWorld.CreateAsync(app);
        var agreement = await Conventions.SubmittedAsync(app, world, "Interdit");
        using var client = await app.SignInAsAsync(role, world.School.Id);
        var token = await client.TokenFromAsync("/mot-de-passe");

        foreach (var (url, fields) in new[]
        {
            (ReviewUrl(agreement.Id), new Dictionary<string, string?> { ["version"] = agreement.Version.ToString() }),
            ($"/conventions/{agreement.Id}/refuser", new Dictionary<string, string?> { ["Form.Version"] = agreement.Version.ToString(), ["Form.Reason"] = "Non." }),
            ("/conventions/a-valider/selection", new Dictionary<string, string?> { ["ids"] = agreement.Id.ToString(), [$"versions[{agreement.Id}]"] = agreement.Version.ToString() }),
        })
        {
            var response = await client.PostWithTokenAsync(url, token, fields);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var location = response.Headers.Location!.OriginalString;
            Assert.Contains("/acces-refuse", location);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(location)).StatusCode);
        }
        Assert.Contains("/acces-refuse", (await client.GetAsync(Queue)).Headers.Location!.OriginalString);
        var stored = await Conventions.ReloadAsync(app, agreement.Id);
        Assert.Equal(AgreementState.Submitted, stored.State);
        Assert.Equal(agreement.Version, stored.Version);
    }

    [Fact]
    public async Task Bulk_validation_validates_those_that_pass_every_check_and_lists_the_others_with_their_reasons()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var good1 = await Conventions.SubmittedAsync(app, world, "Bon");
        var good2 = await Conventions.SubmittedAsync(app, world, "Parfait");
        var illegal = await Conventions.SubmittedAsync(app, world, "Illegal");
        await Conventions.MakeScheduleIllegalAsync(app, illegal.Id);
        var noReferent = await AgreementFactory.CreateAsync(app, world, AgreementState.Submitted);
        var notSelected = await Conventions.SubmittedAsync(app, world, "Oublie");
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);
        var queue = await client.GetDocumentAsync(Queue);
        var token = queue.QuerySelector("form[action='/conventions/a-valider/selection'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var selected = new[] { good1.Id, good2.Id, illegal.Id, noReferent.Id };
        var fields = selected.Select(id => new KeyValuePair<string, string?>("ids", id.ToString()))
            .Concat(queue.QuerySelectorAll("input[name^='versions[']").Select(i => new KeyValuePair<string, string?>(i.GetAttribute("name")!, i.GetAttribute("value"))))
            .ToList();

        var response = await client.PostWithTokenAsync("/conventions/a-valider/selection", token, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var states = await app.WithDbAsync(db => db.Agreements.IgnoreQueryFilters().Where(a => a.SchoolId == world.School.Id).ToDictionaryAsync(a => a.Id, a => a.State));
        Assert.Equal(AgreementState.Validated, states[good1.Id]);
        Assert.Equal(AgreementState.Validated, states[good2.Id]);
        Assert.Equal(AgreementState.Submitted, states[illegal.Id]);
        Assert.Equal(AgreementState.Submitted, states[noReferent.Id]);
        Assert.Equal(AgreementState.Submitted, states[notSelected.Id]);
        var page = await AppClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Contains("2 convention(s) validée(s), 2 laissée(s) de côté.", page.QuerySelector("[role=status]")!.TextContent);
        Assert.Contains("Horaires hors limites légales : mardi : 7 h 30 de présence", page.QuerySelector($"tr[data-agreement='{illegal.Id}']")!.TextContent);
        Assert.Contains("Pas de professeur référent", page.QuerySelector($"tr[data-agreement='{noReferent.Id}']")!.TextContent);
    }

    [Fact]
    public async Task Bulk_validation_leaves_aside_a_convention_changed_since_the_list_was_shown()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var agreement = await Conventions.SubmittedAsync(app, world, "Change");
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);
        var token = await client.TokenFromAsync(Queue);

        var response = await client.PostWithTokenAsync("/conventions/a-valider/selection", token,
            new Dictionary<string, string?> { ["ids"] = agreement.Id.ToString(), [$"versions[{agreement.Id}]"] = (agreement.Version - 1).ToString() });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Contains("modifiée depuis l'affichage de la liste", page.QuerySelector($"tr[data-agreement='{agreement.Id}']")!.TextContent);
        Assert.Equal(AgreementState.Submitted, (await Conventions.ReloadAsync(app, agreement.Id)).State);
    }

    [Fact]
    public async Task An_empty_selection_validates_nothing_and_says_so()
    {
        var world = await SchoolWorld.CreateAsync(app);
        await Conventions.SubmittedAsync(app, world, "Vide");
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);

        var response = await client.PostFormAsync(Queue, "/conventions/a-valider/selection", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var queue = await client.GetDocumentAsync(Queue);
        Assert.Contains("Cochez au moins une convention à valider.", queue.QuerySelector(".fr-alert--error")!.TextContent);
    }
}
