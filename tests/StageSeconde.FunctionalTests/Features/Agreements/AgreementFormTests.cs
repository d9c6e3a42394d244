using System.Net;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;
using static StageSeconde.FunctionalTests.Features.Agreements.AgreementPages;

namespace StageSeconde.FunctionalTests.Features.Agreements;

/// <summary>Creating and editing a convention through its form, as a browser does (antiforgery token, every field).</summary>
public sealed class AgreementFormTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Creates_a_draft_with_a_full_timetable_and_shows_it()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        var (token, fields) = await FilledCreateFormAsync(client, world);
        fields["Form.Days[5].Start"] = "09:00";
        fields["Form.Days[5].End"] = "12:00";
        fields["Form.Days[0].Start"] = "";
        fields["Form.Days[0].End"] = "";
        fields["Form.Days[0].BreakStart"] = "";
        fields["Form.Days[0].BreakEnd"] = "";

        var response = await client.PostWithTokenAsync(CreateUrl(world), token, fields);

        var id = AgreementIdOf(response);
        var stored = await StoredAsync(app, id);
        Assert.Equal(AgreementState.Draft, stored.State);
        Assert.Equal(world.Student.Id, stored.StudentId);
        Assert.Equal(world.Tutor.Id, stored.TutorId);
        Assert.Equal(Guid.Parse(fields["Form.RequestId"]!), stored.CreationRequestId);
        Assert.Equal(world.Host.RepresentativeName, stored.RepresentativeName);
        Assert.True(stored.Schedule.Single(d => d.Day == DayOfWeek.Monday).IsDayOff);
        Assert.Equal(new TimeOnly(13, 30), stored.Schedule.Single(d => d.Day == DayOfWeek.Friday).Breaks.Single().End);
        Assert.Equal(new TimeOnly(12, 0), stored.Schedule.Single(d => d.Day == DayOfWeek.Saturday).End);
        Assert.Equal(TargetSkills.All, stored.TargetSkills);

        var details = await client.GetDocumentAsync($"/conventions/{id}");
        var text = details.Body!.TextContent;
        Assert.Contains("Convention créée en brouillon", text);
        Assert.Contains("Contrôles : aucun problème détecté", text);
        Assert.Equal("Brouillon", details.QuerySelector("h1 + p .fr-badge")!.TextContent.Trim());
        var rows = details.QuerySelectorAll("table[aria-labelledby=schedule-title] tbody tr").Select(r => r.TextContent.Trim()).ToList();
        Assert.Contains(rows, r => r.StartsWith("Lundi") && r.Contains("Repos"));
        Assert.Contains(rows, r => r.StartsWith("Mardi") && r.Contains("9 h") && r.Contains("12 h – 13 h 30") && r.Contains("6 h 30"));
        Assert.Contains(rows, r => r.StartsWith("Samedi") && r.Contains("3 h"));
        Assert.Contains("29 h", details.QuerySelector("table[aria-labelledby=schedule-title] tfoot")!.TextContent);
        Assert.Contains("Convention créée.", details.QuerySelector("table[aria-labelledby=history-title]")!.TextContent);
    }

    [Fact]
    public async Task Creates_the_host_and_its_tutor_inline_with_the_convention()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await Placement.BoardScenario.SignInAsPrincipalOfAsync(app, world.School.Id, world.Class.Id);
        var (token, fields) = await FilledCreateFormAsync(client, world);
        var siret = TestData.Siret(810001);
        fields["Form.HostId"] = "";
        fields["Form.TutorId"] = "";
        fields["Form.NewHost.Name"] = "Pharmacie des Lilas";
        fields["Form.NewHost.Kind"] = nameof(HostKind.Company);
        fields["Form.NewHost.Siret"] = siret;
        fields["Form.NewHost.AddressLine"] = "12 rue des Lilas";
        fields["Form.NewHost.PostalCode"] = "94400";
        fields["Form.NewHost.City"] = "Vitry-sur-Seine";
        fields["Form.NewHost.RepresentativeName"] = "Nadia Benali";
        fields["Form.NewHost.RepresentativeFunction"] = "Pharmacienne titulaire";
        fields["Form.NewTutor.LastName"] = "Roux";
        fields["Form.NewTutor.FirstName"] = "Inès";
        fields["Form.NewTutor.Function"] = "Préparatrice";
        fields["Form.NewTutor.Phone"] = "06 12 34 56 78";

        var response = await client.PostWithTokenAsync(CreateUrl(world), token, fields);

        var stored = await StoredAsync(app, AgreementIdOf(response));
        var host = await app.WithDbAsync(db => db.HostOrganisations.IgnoreQueryFilters().Include(h => h.Tutors).SingleAsync(h => h.Siret == siret));
        Assert.Equal(world.School.Id, host.SchoolId);
        Assert.Equal(host.Id, stored.HostOrganisationId);
        var tutor = Assert.Single(host.Tutors);
        Assert.Equal(tutor.Id, stored.TutorId);
        Assert.Equal("0612345678", tutor.Phone);
        Assert.Equal("Nadia Benali", stored.RepresentativeName);
        Assert.Equal("Vitry-sur-Seine", stored.City);
    }

    [Fact]
    public async Task An_invalid_inline_host_and_a_tutor_of_another_host_are_refused_and_everything_typed_is_kept()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var otherHost = await app.AddAsync(TestData.Host(world.School.Id, "Garage Central"));
        var otherTutor = await app.AddAsync(TestData.Tutor(world.School.Id, otherHost.Id));
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        var before = (await app.CountAsync<Agreement>(), await app.CountAsync<HostOrganisation>());

        // Without JavaScript the tutor list is not filtered: a tutor of another host can be sent.
        var (token, fields) = await FilledCreateFormAsync(client, world);
        fields["Form.TutorId"] = otherTutor.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        fields["Form.Remarks"] = "Arrivée à 9 h précises.";
        var wrongTutor = await client.PostWithTokenAsync(CreateUrl(world), token, fields);

        Assert.Equal(HttpStatusCode.OK, wrongTutor.StatusCode);
        Assert.Contains(await AppClient.FieldErrorsAsync(wrongTutor), e => e.Contains("n'est pas tuteur de la structure choisie"));
        var page = await AppClient.ParseAsync(await wrongTutor.Content.ReadAsStringAsync());
        Assert.Equal("Arrivée à 9 h précises.", page.QuerySelector("#Form_Remarks")!.TextContent);
        Assert.Equal("09:00", page.QuerySelector("#Form_Days_3__Start")!.GetAttribute("value"));

        fields["Form.NewHost.Name"] = "Fleuriste Iris";
        fields["Form.NewHost.Siret"] = "12345678901234";
        fields["Form.NewHost.City"] = "Ivry-sur-Seine";
        var badHost = await client.PostWithTokenAsync(CreateUrl(world), token, fields);

        Assert.Equal(HttpStatusCode.OK, badHost.StatusCode);
        var errors = await AppClient.FieldErrorsAsync(badHost);
        Assert.Contains(errors, e => e.StartsWith("Le SIRET doit comporter 14 chiffres valides"));
        Assert.Contains("Adresse du siège : ce champ est obligatoire.", errors);
        Assert.Contains(errors, e => e.StartsWith("Une nouvelle structure n'a pas encore de tuteur"));
        page = await AppClient.ParseAsync(await badHost.Content.ReadAsStringAsync());
        Assert.Equal("Fleuriste Iris", page.QuerySelector("#Form_NewHost_Name")!.GetAttribute("value"));
        Assert.Equal("Ivry-sur-Seine", page.QuerySelector("#Form_NewHost_City")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("details[open] #new-host"));
        Assert.Equal(before, (await app.CountAsync<Agreement>(), await app.CountAsync<HostOrganisation>()));
    }

    [Fact]
    public async Task An_archived_host_or_referent_cannot_be_chosen_but_stays_on_the_convention_that_has_it()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var agreement = await AgreementFactory.CreateAsync(app, world, terms: AgreementFactory.Terms(referentTeacherId: world.Staff.Id));
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);
        await client.PostFormAsync($"/structures/{world.Host.Id}", $"/structures/{world.Host.Id}/archiver", new() { ["archived"] = "true", ["version"] = await ArchiveVersionAsync(client, $"/structures/{world.Host.Id}") });
        await client.PostFormAsync($"/personnels/{world.Staff.Id}", $"/personnels/{world.Staff.Id}/archiver", new() { ["archived"] = "true", ["version"] = await ArchiveVersionAsync(client, $"/personnels/{world.Staff.Id}") });
        Assert.True(await app.WithDbAsync(db => db.HostOrganisations.IgnoreQueryFilters().Where(h => h.Id == world.Host.Id).Select(h => h.IsArchived).SingleAsync()));
        Assert.True(await app.WithDbAsync(db => db.Staff.IgnoreQueryFilters().Where(s => s.Id == world.Staff.Id).Select(s => s.IsArchived).SingleAsync()));

        var (token, fields) = await FilledCreateFormAsync(client, world);
        fields["Form.ReferentTeacherId"] = world.Staff.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var created = await client.PostWithTokenAsync(CreateUrl(world), token, fields);

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var errors = await AppClient.FieldErrorsAsync(created);
        Assert.Contains($"La structure d'accueil « {world.Host.Name} » est archivée : choisissez-en une autre.", errors);
        Assert.Contains("Ce professeur n'est plus dans la liste des personnels : choisissez-en un autre.", errors);
        Assert.Equal(1, await app.WithDbAsync(db => db.Agreements.IgnoreQueryFilters().CountAsync(a => a.StudentId == world.Student.Id)));

        var url = $"/conventions/{agreement.Id}/modifier";
        var page = await client.GetDocumentAsync(url);
        var edit = FieldsOf(page);
        edit["Form.Remarks"] = "Arrivée à 9 h précises.";
        var edited = await client.PostWithTokenAsync(url, TokenOf(page), edit);

        Assert.Equal(agreement.Id, AgreementIdOf(edited));
        var stored = await StoredAsync(app, agreement.Id);
        Assert.Equal((world.Host.Id, (int?)world.Staff.Id, "Arrivée à 9 h précises."), (stored.HostOrganisationId, stored.ReferentTeacherId, stored.Remarks));
    }

    [Fact]
    public async Task A_siret_already_in_the_school_is_refused_for_an_inline_host()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        var (token, fields) = await FilledCreateFormAsync(client, world);
        fields["Form.NewHost.Name"] = "Doublon";
        fields["Form.NewHost.Siret"] = world.Host.Siret;
        fields["Form.NewHost.AddressLine"] = "1 rue Neuve";
        fields["Form.NewHost.PostalCode"] = "94000";
        fields["Form.NewHost.City"] = "Créteil";
        fields["Form.NewHost.RepresentativeName"] = "Jean Neuf";
        fields["Form.NewHost.RepresentativeFunction"] = "Gérant";
        fields["Form.NewTutor.LastName"] = "Neuf";
        fields["Form.NewTutor.FirstName"] = "Léo";
        fields["Form.NewTutor.Function"] = "Vendeur";
        fields["Form.NewTutor.Email"] = "leo@neuf.fr";

        var response = await client.PostWithTokenAsync(CreateUrl(world), token, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"Ce SIRET est déjà celui de « {world.Host.Name} » : choisissez cette structure dans la liste.", await AppClient.FieldErrorsAsync(response));
        Assert.Equal(0, await app.WithDbAsync(db => db.Agreements.IgnoreQueryFilters().CountAsync(a => a.StudentId == world.Student.Id)));
    }

    [Fact]
    public async Task The_same_creation_form_posted_twice_creates_one_convention()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        var (token, fields) = await FilledCreateFormAsync(client, world);

        var first = await client.PostWithTokenAsync(CreateUrl(world), token, fields);
        var second = await client.PostWithTokenAsync(CreateUrl(world), token, fields);

        var id = AgreementIdOf(first);
        Assert.Equal(id, AgreementIdOf(second));
        Assert.Equal(1, await app.WithDbAsync(db => db.Agreements.IgnoreQueryFilters().CountAsync(a => a.StudentId == world.Student.Id)));
        Assert.Contains("la convention n'a été créée qu'une fois", await FollowAsync(client, second));
    }

    [Fact]
    public async Task An_empty_request_id_is_treated_as_a_new_request_not_an_error()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        var (token, fields) = await FilledCreateFormAsync(client, world);
        fields["Form.RequestId"] = Guid.Empty.ToString();

        var response = await client.PostWithTokenAsync(CreateUrl(world), token, fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        AgreementIdOf(response);
        Assert.Equal(1, await app.WithDbAsync(db => db.Agreements.IgnoreQueryFilters().CountAsync(a => a.StudentId == world.Student.Id)));
    }

    [Fact]
    public async Task Two_creation_forms_shown_separately_create_two_conventions()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        var (token1, week1) = await FilledCreateFormAsync(client, world);
        var (token2, week2) = await FilledCreateFormAsync(client, world);
        week1["Form.Period"] = nameof(PeriodOption.Week1);
        week2["Form.Period"] = nameof(PeriodOption.Week2);

        Assert.NotEqual(week1["Form.RequestId"], week2["Form.RequestId"]);
        Assert.NotEqual(AgreementIdOf(await client.PostWithTokenAsync(CreateUrl(world), token1, week1)),
            AgreementIdOf(await client.PostWithTokenAsync(CreateUrl(world), token2, week2)));
    }

    [Fact]
    public async Task The_weekday_shortcut_fills_monday_to_friday()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        var (token, fields) = await FilledCreateFormAsync(client, world);
        SetDays(fields, [0, 1, 2, 3, 4], ("", "", "", ""));
        fields["Form.EveryDay.Start"] = "08:30";
        fields["Form.EveryDay.End"] = "16:00";
        fields["Form.EveryDay.BreakStart"] = "12:00";
        fields["Form.EveryDay.BreakEnd"] = "13:00";
        fields["Form.ApplyToWeekdays"] = "true";

        var stored = await StoredAsync(app, AgreementIdOf(await client.PostWithTokenAsync(CreateUrl(world), token, fields)));

        Assert.All(stored.Schedule.Where(d => d.Day != DayOfWeek.Saturday), d => Assert.Equal((new TimeOnly(8, 30), new TimeOnly(16, 0)), (d.Start!.Value, d.End!.Value)));
        Assert.True(stored.Schedule.Single(d => d.Day == DayOfWeek.Saturday).IsDayOff);
    }

    [Fact]
    public async Task Editing_a_signed_convention_requires_a_reason_then_sends_it_back_to_validation_without_its_signatures()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var agreement = await AgreementFactory.CreateAsync(app, world, AgreementState.Signed);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        var url = $"/conventions/{agreement.Id}/modifier";
        var page = await client.GetDocumentAsync(url);
        Assert.Contains("la modifier la renvoie à la validation", page.QuerySelector(".fr-alert--warning")!.TextContent);
        Assert.Contains("4 signature(s) déjà recueillie(s) seront effacées", page.QuerySelector(".fr-alert--warning")!.TextContent);
        var fields = FieldsOf(page);
        fields["Form.Days[1].End"] = "16:30";

        var withoutReason = await client.PostWithTokenAsync(url, TokenOf(page), fields);

        Assert.Equal(HttpStatusCode.OK, withoutReason.StatusCode);
        Assert.Contains(await AppClient.FieldErrorsAsync(withoutReason), e => e.StartsWith("Indiquez le motif de la modification"));
        Assert.Equal(AgreementState.Signed, (await StoredAsync(app, agreement.Id)).State);

        fields["Form.Reason"] = "Le mardi, la boulangerie ferme plus tôt.";
        var withReason = await client.PostWithTokenAsync(url, TokenOf(page), fields);

        Assert.Equal(HttpStatusCode.Redirect, withReason.StatusCode);
        var stored = await StoredAsync(app, agreement.Id);
        Assert.Equal(AgreementState.Submitted, stored.State);
        Assert.Empty(stored.Signatures);
        Assert.Equal(new TimeOnly(16, 30), stored.Schedule.Single(d => d.Day == DayOfWeek.Tuesday).End);
        var last = stored.Transitions.OrderBy(t => t.Id).Last();
        Assert.Equal((AgreementState.Signed, AgreementState.Submitted), (last.From!.Value, last.To));
        Assert.Contains("Le mardi, la boulangerie ferme plus tôt.", last.Comment);
        Assert.Contains("doit être validée de nouveau", await FollowAsync(client, withReason));
    }

    [Fact]
    public async Task A_concurrent_edit_is_refused_keeps_the_input_and_writes_nothing()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var agreement = await AgreementFactory.CreateAsync(app, world);
        using var first = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        using var second = await Placement.BoardScenario.SignInAsPrincipalOfAsync(app, world.School.Id, world.Class.Id);
        var url = $"/conventions/{agreement.Id}/modifier";
        var page1 = await first.GetDocumentAsync(url);
        var page2 = await second.GetDocumentAsync(url);
        var fields1 = FieldsOf(page1);
        var fields2 = FieldsOf(page2);
        fields1["Form.Remarks"] = "Remarque du secrétariat.";
        fields2["Form.Remarks"] = "Remarque du professeur principal.";
        fields2["Form.HostId"] = "";
        fields2["Form.NewHost.Name"] = "Librairie du Port";
        fields2["Form.NewHost.Siret"] = TestData.Siret(820002);
        fields2["Form.NewHost.AddressLine"] = "4 quai du Port";
        fields2["Form.NewHost.PostalCode"] = "94200";
        fields2["Form.NewHost.City"] = "Ivry-sur-Seine";
        fields2["Form.NewHost.RepresentativeName"] = "Marc Livre";
        fields2["Form.NewHost.RepresentativeFunction"] = "Libraire";
        fields2["Form.NewTutor.LastName"] = "Livre";
        fields2["Form.NewTutor.FirstName"] = "Marc";
        fields2["Form.NewTutor.Function"] = "Libraire";
        fields2["Form.NewTutor.Email"] = "marc@librairie.fr";
        var hostsBefore = await app.CountAsync<HostOrganisation>();

        var ok = await first.PostWithTokenAsync(url, TokenOf(page1), fields1);
        var conflict = await second.PostWithTokenAsync(url, TokenOf(page2), fields2);

        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var page = await AppClient.ParseAsync(await conflict.Content.ReadAsStringAsync());
        Assert.Contains("Quelqu'un d'autre a modifié cette fiche", page.QuerySelector("#form-errors")!.TextContent);
        Assert.Equal("Remarque du professeur principal.", page.QuerySelector("#Form_Remarks")!.TextContent);
        Assert.Equal("Librairie du Port", page.QuerySelector("#Form_NewHost_Name")!.GetAttribute("value"));
        Assert.Equal("2", page.QuerySelector("input[name='Form.Version']")!.GetAttribute("value"));
        var stored = await StoredAsync(app, agreement.Id);
        Assert.Equal("Remarque du secrétariat.", stored.Remarks);
        Assert.Equal(world.Host.Id, stored.HostOrganisationId);
        Assert.Equal(hostsBefore, await app.CountAsync<HostOrganisation>());
    }

    [Theory]
    [InlineData(Roles.Enseignant)]
    [InlineData(Roles.Cpe)]
    public async Task A_teacher_or_a_cpe_reads_conventions_but_cannot_create_or_edit_one(string role)
    {
        var world = await SchoolWorld.CreateAsync(app);
        var agreement = await AgreementFactory.CreateAsync(app, world);
        using var client = await app.SignInAsAsync(role, world.School.Id);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/conventions")).StatusCode);
        var details = await client.GetDocumentAsync($"/conventions/{agreement.Id}");
        Assert.Null(details.QuerySelector($"a[href='/conventions/{agreement.Id}/modifier']"));
        foreach (var url in new[] { CreateUrl(world), "/conventions/groupe", $"/conventions/{agreement.Id}/modifier", $"/conventions/{agreement.Id}/annuler" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/acces-refuse", response.Headers.Location!.ToString());
        }
        var token = await client.TokenFromAsync("/mot-de-passe");
        var post = await client.PostWithTokenAsync(CreateUrl(world), token, []);
        Assert.Contains("/acces-refuse", post.Headers.Location!.ToString());
        Assert.Equal(1, await app.WithDbAsync(db => db.Agreements.IgnoreQueryFilters().CountAsync(a => a.StudentId == world.Student.Id)));
    }

    [Fact]
    public async Task The_student_page_lists_the_student_conventions_and_offers_a_new_one()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var agreement = await AgreementFactory.CreateAsync(app, world, AgreementState.Submitted);
        using var client = await Placement.BoardScenario.SignInAsPrincipalOfAsync(app, world.School.Id, world.Class.Id);

        var page = await client.GetDocumentAsync($"/eleves/{world.Student.Id}");

        var section = page.QuerySelector("section[aria-labelledby=conventions-title]")!;
        Assert.NotNull(section.QuerySelector($"a[href='/conventions/{agreement.Id}']"));
        Assert.Equal("Soumise", section.QuerySelector(".fr-badge")!.TextContent.Trim());
        Assert.NotNull(section.QuerySelector($"a[href='/conventions/nouvelle?eleve={world.Student.Id}']"));
    }

    /// <summary>The version the archive button of a record's page posts (archiving checks it like an edit).</summary>
    private static async Task<string?> ArchiveVersionAsync(AppClient client, string pageUrl) =>
        (await client.GetDocumentAsync(pageUrl)).QuerySelector("form[action$='/archiver'] input[name=version]")?.GetAttribute("value");
}
