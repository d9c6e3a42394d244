using System.Net;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Domain.Programme;
using StageSeconde.Web.Features.ProgrammeSetup;

namespace StageSeconde.FunctionalTests.Features.ProgrammeSetup;

public sealed class ActivityCatalogueTests(TestApp app) : IClassFixture<TestApp>
{
    private Task<List<ProgrammeActivity>> ActivitiesAsync(int schoolId) =>
        app.WithDbAsync(db => db.ProgrammeActivities.IgnoreQueryFilters().Where(a => a.SchoolId == schoolId).ToListAsync());

    private static Dictionary<string, string?> ValidForm(int version = 0) => new()
    {
        ["Form.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Form.Name"] = "Visite du musée des métiers",
        ["Form.Theme"] = nameof(ProgrammeTheme.DiscoverSectors), ["Form.Description"] = "Une matinée au musée.", ["Form.Link"] = "https://www.onisep.fr",
        ["Form.LengthInHalfDays"] = "1", ["Form.RoomKind"] = nameof(RoomKind.Outside), ["Form.MaxGroupSize"] = "15",
        ["Form.SupervisorKind"] = nameof(SupervisorKind.Teacher), ["Form.IsOuting"] = "true",
    };

    [Fact]
    public async Task An_empty_catalogue_offers_the_academie_list_which_is_loaded_once()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);

        var empty = await client.GetDocumentAsync("/programme/activites");
        Assert.Contains("Le catalogue est vide", empty.Body!.TextContent);

        var load = await client.PostFormAsync("/programme/activites", "/programme/activites/liste-academique", []);
        Assert.Equal(HttpStatusCode.Redirect, load.StatusCode);
        var activities = await ActivitiesAsync(world.School.Id);
        Assert.Equal(AcademyCatalogue.Entries.Count, activities.Count);
        Assert.Contains(activities, a => a.Name == "Fiche métier" && a.RoomKind == RoomKind.Cdi && a.SupervisorKind == SupervisorKind.Librarian);

        var page = await client.GetDocumentAsync("/programme/activites");
        Assert.Equal(["Enquête métier", "Découvrir les secteurs et les métiers", "Rencontrer des professionnels", "Se connaître"],
            page.QuerySelectorAll("section h2").Select(h => h.FirstChild!.TextContent.Trim()));
        Assert.Contains("Visite d'entreprise", page.Body!.TextContent);
        Assert.NotNull(page.QuerySelector("a[href='https://oniseptv.onisep.fr']"));

        // Taking the list again adds nothing (the button is not even offered any more).
        Assert.DoesNotContain("Reprendre la liste académique", page.Body.TextContent);
        await client.PostFormAsync("/programme/activites", "/programme/activites/liste-academique", []);
        Assert.Equal(AcademyCatalogue.Entries.Count, (await ActivitiesAsync(world.School.Id)).Count);
    }

    [Fact]
    public async Task Bad_input_is_refused_in_french_and_nothing_is_written()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);
        var form = ValidForm();
        form["Form.Name"] = " ";
        form["Form.MaxGroupSize"] = "0";
        form["Form.Theme"] = "";

        var response = await client.PostFormAsync("/programme/activites/nouvelle", "/programme/activites/nouvelle", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = await AppClient.FieldErrorsAsync(response);
        Assert.Contains("Nom de l'activité : ce champ est obligatoire.", errors);
        Assert.Contains("Thème : choisissez une valeur.", errors);
        Assert.Contains("La taille maximale d'un groupe est comprise entre 1 et 200 élèves.", errors);

        // What only the entity knows: an outing takes place outside, a link is a web address.
        form = ValidForm();
        form["Form.RoomKind"] = nameof(RoomKind.Classroom);
        var outing = await client.PostFormAsync("/programme/activites/nouvelle", "/programme/activites/nouvelle", form);
        Assert.Equal(["Une sortie a lieu hors du lycée : choisissez « Extérieur » comme lieu."], await AppClient.FieldErrorsAsync(outing));
        form = ValidForm();
        form["Form.Link"] = "onisep.fr";
        var link = await client.PostFormAsync("/programme/activites/nouvelle", "/programme/activites/nouvelle", form);
        var page = await AppClient.ParseAsync(await link.Content.ReadAsStringAsync());
        Assert.Equal("Le lien doit être une adresse web complète, commençant par https://.", page.QuerySelector("#Form_Link-messages .fr-message--error")!.TextContent.Trim());

        Assert.Empty(await ActivitiesAsync(world.School.Id));
    }

    [Fact]
    public async Task An_activity_is_created_edited_archived_and_restored()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);

        var created = await client.PostFormAsync("/programme/activites/nouvelle", "/programme/activites/nouvelle", ValidForm());
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var activity = Assert.Single(await ActivitiesAsync(world.School.Id));
        Assert.True(activity.IsOuting);

        var form = ValidForm(activity.Version);
        form["Form.Name"] = "Visite du musée de l'industrie";
        form["Form.LengthInHalfDays"] = "2";
        var edited = await client.PostFormAsync($"/programme/activites/{activity.Id}/modifier", $"/programme/activites/{activity.Id}/modifier", form);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        activity = Assert.Single(await ActivitiesAsync(world.School.Id));
        Assert.Equal(("Visite du musée de l'industrie", 2), (activity.Name, activity.LengthInHalfDays));

        var token = await client.TokenFromAsync("/programme/activites");
        await client.PostWithTokenAsync($"/programme/activites/{activity.Id}/archiver", token, new Dictionary<string, string?> { ["archived"] = "true", ["version"] = activity.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        activity = Assert.Single(await ActivitiesAsync(world.School.Id));
        Assert.True(activity.IsArchived);
        var list = await client.GetDocumentAsync("/programme/activites");
        Assert.Null(list.QuerySelector("tbody"));
        Assert.Contains("Voir aussi les activités archivées (1)", list.Body!.TextContent);

        await client.PostWithTokenAsync($"/programme/activites/{activity.Id}/archiver", token, new Dictionary<string, string?> { ["archived"] = "false", ["version"] = activity.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.False(Assert.Single(await ActivitiesAsync(world.School.Id)).IsArchived);
    }

    [Fact]
    public async Task Rooms_are_created_with_kind_and_capacity_and_bad_input_is_refused()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);
        Dictionary<string, string?> Room(string name, string kind, string capacity) =>
            new() { ["Form.Version"] = "0", ["Form.Name"] = name, ["Form.Kind"] = kind, ["Form.Capacity"] = capacity };

        var bad = await client.PostFormAsync("/programme/salles/nouvelle", "/programme/salles/nouvelle", Room("", nameof(RoomKind.Outside), "0"));
        var errors = await AppClient.FieldErrorsAsync(bad);
        Assert.Contains("Nom de la salle : ce champ est obligatoire.", errors);
        Assert.Contains("Type de salle inconnu.", errors);
        Assert.Contains("La capacité d'une salle est comprise entre 1 et 500 places.", errors);

        var good = await client.PostFormAsync("/programme/salles/nouvelle", "/programme/salles/nouvelle", Room("Salle informatique B12", nameof(RoomKind.ComputerRoom), "18"));
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var duplicate = await client.PostFormAsync("/programme/salles/nouvelle", "/programme/salles/nouvelle", Room("salle informatique b12", nameof(RoomKind.Classroom), "30"));
        Assert.Contains("Une salle porte déjà ce nom.", await AppClient.FieldErrorsAsync(duplicate));

        var rooms = await app.WithDbAsync(db => db.ProgrammeRooms.IgnoreQueryFilters().Where(r => r.SchoolId == world.School.Id).ToListAsync());
        var room = Assert.Single(rooms);
        Assert.Equal(("Salle informatique B12", RoomKind.ComputerRoom, 18), (room.Name, room.Kind, room.Capacity));
        var page = await client.GetDocumentAsync("/programme/salles");
        Assert.Contains("Salle informatique", page.QuerySelector("tbody")!.TextContent);
    }

    [Theory]
    [InlineData(Roles.Secretariat)]
    [InlineData(Roles.Cpe)]
    [InlineData(Roles.Enseignant)]
    public async Task Only_the_direction_manages_the_programme(string role)
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(role, world.School.Id);

        foreach (var url in new[] { "/programme/activites", "/programme/salles", "/programme/surveillants" })
        {
            using var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/acces-refuse", response.Headers.Location!.ToString());
        }
    }
}
