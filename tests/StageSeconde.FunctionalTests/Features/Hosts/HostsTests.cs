using System.Net;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Features.Hosts;

public sealed class HostsTests(TestApp app) : IClassFixture<TestApp>
{
    private static Dictionary<string, string?> ValidForm(string siret, string name = "Mairie de Vitry") => new()
    {
        ["Form.Version"] = "0", ["Form.Name"] = name, ["Form.Kind"] = nameof(HostKind.LocalAuthority), ["Form.Siret"] = siret,
        ["Form.AddressLine"] = "2 avenue Youri-Gagarine", ["Form.PostalCode"] = "94400", ["Form.City"] = "Vitry-sur-Seine",
        ["Form.RepresentativeName"] = "Pierre Gosnat", ["Form.RepresentativeFunction"] = "Maire", ["Form.Email"] = "mairie@vitry.fr",
        ["Form.Phone"] = "+33 1 46 82 80 00", ["Form.Insurer"] = "SMACL", ["Form.InsurancePolicyNumber"] = "A-42",
    };

    [Fact]
    public async Task The_secretariat_creates_a_host_with_normalised_siret_and_phone()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        var siret = TestData.Siret(700001);
        var spaced = $"{siret[..3]} {siret[3..6]} {siret[6..9]} {siret[9..]}";

        var response = await client.PostFormAsync("/structures/nouvelle", "/structures/nouvelle", ValidForm(spaced));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var host = await app.WithDbAsync(db => db.HostOrganisations.IgnoreQueryFilters().SingleAsync(h => h.Siret == siret));
        Assert.Equal(world.School.Id, host.SchoolId);
        Assert.Equal("0146828000", host.Phone);
        Assert.Equal("mairie de vitry vitry sur seine", host.SearchKey);
        var details = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Mairie de Vitry", details.QuerySelector("h1")!.TextContent);
        Assert.Contains("Structure « Mairie de Vitry » créée", details.Body!.TextContent);
    }

    [Fact]
    public async Task A_broken_siret_and_missing_fields_are_refused_in_french_and_nothing_is_written()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);
        var before = await app.CountAsync<HostOrganisation>();
        var form = ValidForm("12345678901234");
        form["Form.Name"] = "";
        form["Form.PostalCode"] = "9440";
        form["Form.Kind"] = "Banane";

        var response = await client.PostFormAsync("/structures/nouvelle", "/structures/nouvelle", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = await AppClient.FieldErrorsAsync(response);
        Assert.Contains(errors, e => e.StartsWith("Le SIRET doit comporter 14 chiffres valides"));
        Assert.Contains("Nom de la structure : ce champ est obligatoire.", errors);
        Assert.Contains("Le code postal comporte 5 chiffres.", errors);
        Assert.Contains(errors, e => e.Contains("Banane"));
        Assert.Equal(before, await app.CountAsync<HostOrganisation>());
        var page = await AppClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal("Vitry-sur-Seine", page.QuerySelector("#Form_City")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_siret_already_used_in_the_school_links_to_the_existing_record()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);

        var response = await client.PostFormAsync("/structures/nouvelle", "/structures/nouvelle", ValidForm(world.Host.Siret, "Doublon"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.NotNull(page.QuerySelector($"a[href='/structures/{world.Host.Id}']"));
        Assert.Contains($"Ce SIRET est déjà celui de « {world.Host.Name} ».", await AppClient.FieldErrorsAsync(response));
    }

    [Fact]
    public async Task The_same_siret_may_exist_in_another_school()
    {
        var other = await SchoolWorld.CreateAsync(app);
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);

        var response = await client.PostFormAsync("/structures/nouvelle", "/structures/nouvelle", ValidForm(other.Host.Siret));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task A_second_edit_based_on_an_old_version_is_refused_and_keeps_the_input()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var first = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        using var second = await app.SignInAsAsync(Roles.Direction, world.School.Id);
        var editUrl = $"/structures/{world.Host.Id}/modifier";
        var token1 = await first.TokenFromAsync(editUrl);
        var token2 = await second.TokenFromAsync(editUrl);
        var form1 = ValidForm(world.Host.Siret, "Nom du premier");
        form1["Form.Version"] = "1";
        var form2 = ValidForm(world.Host.Siret, "Nom du second");
        form2["Form.Version"] = "1";

        var ok = await first.PostWithTokenAsync(editUrl, token1, form1);
        var conflict = await second.PostWithTokenAsync(editUrl, token2, form2);

        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var page = await AppClient.ParseAsync(await conflict.Content.ReadAsStringAsync());
        Assert.Contains("Quelqu'un d'autre a modifié cette fiche", page.QuerySelector("#form-errors")!.TextContent);
        Assert.Equal("Nom du second", page.QuerySelector("#Form_Name")!.GetAttribute("value"));
        // The re-displayed form carries the stored version: saving again is a deliberate overwrite.
        Assert.Equal("2", page.QuerySelector("input[name='Form.Version']")!.GetAttribute("value"));
        form2["Form.Version"] = "2";
        var overwrite = await second.PostWithTokenAsync(editUrl, token2, form2);
        Assert.Equal(HttpStatusCode.Redirect, overwrite.StatusCode);
        var saved = await app.WithDbAsync(db => db.HostOrganisations.IgnoreQueryFilters().SingleAsync(h => h.Id == world.Host.Id));
        Assert.Equal("Nom du second", saved.Name);
        Assert.Equal(3, saved.Version);
    }

    [Fact]
    public async Task The_list_searches_by_name_prefix_without_accents_and_by_siret()
    {
        var world = await SchoolWorld.CreateAsync(app);
        await app.AddAsync(TestData.Host(world.School.Id, "Éditions Gallimard"));
        await app.AddAsync(TestData.Host(world.School.Id, "Garage Renault"));
        using var client = await app.SignInAsAsync(Roles.Enseignant, world.School.Id);

        var byName = await client.GetDocumentAsync("/structures?q=edit");
        var names = byName.QuerySelectorAll("tbody td:first-child a").Select(a => a.TextContent).ToList();
        Assert.Equal(["Éditions Gallimard"], names);

        var bySiret = await client.GetDocumentAsync($"/structures?q={world.Host.Siret}");
        Assert.Equal([world.Host.Name], bySiret.QuerySelectorAll("tbody td:first-child a").Select(a => a.TextContent));

        var none = await client.GetDocumentAsync("/structures?q=zzz");
        Assert.Contains("Aucune structure ne correspond", none.Body!.TextContent);
    }

    [Fact]
    public async Task A_teacher_reads_hosts_but_cannot_create_one()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Enseignant, world.School.Id);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/structures/{world.Host.Id}")).StatusCode);
        var create = await client.GetAsync("/structures/nouvelle");
        Assert.Equal(HttpStatusCode.Redirect, create.StatusCode);
        Assert.Contains("/acces-refuse", create.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Deleting_a_host_asks_for_confirmation_then_removes_it_with_its_tutors()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);

        var confirm = await client.GetDocumentAsync($"/structures/{world.Host.Id}/supprimer");
        Assert.Contains("Cette action est irréversible", confirm.Body!.TextContent);
        var response = await client.PostFormAsync($"/structures/{world.Host.Id}/supprimer", $"/structures/{world.Host.Id}/supprimer", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.HostOrganisations.IgnoreQueryFilters().AnyAsync(h => h.Id == world.Host.Id)));
        Assert.False(await app.WithDbAsync(db => db.Tutors.IgnoreQueryFilters().AnyAsync(t => t.Id == world.Tutor.Id)));
    }

    [Fact]
    public async Task A_tutor_must_be_reachable()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.ProfesseurPrincipal, world.School.Id);
        var url = $"/structures/{world.Host.Id}/tuteurs/nouveau";

        var refused = await client.PostFormAsync(url, url, new() { ["Form.LastName"] = "Dupont", ["Form.FirstName"] = "Lise", ["Form.Function"] = "Cheffe de rayon" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(await AppClient.FieldErrorsAsync(refused), e => e.StartsWith("Le tuteur doit être joignable"));

        var ok = await client.PostFormAsync(url, url, new() { ["Form.LastName"] = "Dupont", ["Form.FirstName"] = "Lise", ["Form.Function"] = "Cheffe de rayon", ["Form.Phone"] = "06 01 02 03 04" });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var tutor = await app.WithDbAsync(db => db.Tutors.IgnoreQueryFilters().SingleAsync(t => t.HostOrganisationId == world.Host.Id && t.LastName == "Dupont"));
        Assert.Equal("0601020304", tutor.Phone);
    }

    [Fact]
    public async Task Names_are_upper_cased_with_their_accents()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var tutor = TestData.Tutor(world.School.Id, world.Host.Id);
        tutor.UpdateDetails("Lefèvre-Aït", tutor.FirstName, tutor.Function, tutor.Email, tutor.Phone);
        await app.AddAsync(tutor);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);

        var page = await client.GetDocumentAsync($"/structures/{world.Host.Id}");

        Assert.Contains("Hugo LEFÈVRE-AÏT", page.QuerySelector("tbody")!.TextContent);
    }

    [Fact]
    public async Task Archiving_checks_the_version_the_page_showed_and_refuses_a_stale_one()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        var details = $"/structures/{world.Host.Id}";
        var shown = (await client.GetDocumentAsync(details)).QuerySelector("form[action$='/archiver'] input[name=version]")!.GetAttribute("value");

        var archived = await client.PostFormAsync(details, $"{details}/archiver", new() { ["archived"] = "true", ["version"] = shown });
        Assert.Equal(HttpStatusCode.Redirect, archived.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.HostOrganisations.IgnoreQueryFilters().Where(h => h.Id == world.Host.Id).Select(h => h.IsArchived).SingleAsync()));

        // A second tab still showing the old version cannot restore it behind the first one's back.
        var stale = await client.PostFormAsync(details, $"{details}/archiver", new() { ["archived"] = "false", ["version"] = shown });
        Assert.Equal(HttpStatusCode.Redirect, stale.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.HostOrganisations.IgnoreQueryFilters().Where(h => h.Id == world.Host.Id).Select(h => h.IsArchived).SingleAsync()));
        var page = await client.GetDocumentAsync(details);
        Assert.Contains("modifiée par ailleurs", page.QuerySelector(".fr-alert--error")!.TextContent);
    }
}
