using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;
using static StageSeconde.FunctionalTests.Features.Agreements.AgreementPages;

namespace StageSeconde.FunctionalTests.Features.Agreements;

/// <summary>The list of conventions, its CSV export, and group hosting.</summary>
public sealed class AgreementListTests(TestApp app) : IClassFixture<TestApp>
{
    private static List<string> Students(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("tbody tr td:first-child a").Select(a => a.ChildNodes.First().TextContent.Trim()).ToList();

    [Fact]
    public async Task The_list_filters_by_state_class_host_and_student_name_and_the_csv_holds_the_same_rows()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var zoe = await app.AddAsync(TestData.Student(world.School.Id, world.Class.Id, "Zidane", "Zoé"));
        var otherClass = await app.AddAsync(TestData.Class(world.School.Id));
        var eli = await app.AddAsync(TestData.Student(world.School.Id, otherClass.Id, "Aubert", "Élie"));
        var garage = await app.AddAsync(TestData.Host(world.School.Id, "Garage « Central »; Ivry"));
        await app.AddAsync(TestData.Tutor(world.School.Id, garage.Id));
        await AgreementFactory.CreateAsync(app, world);
        await AgreementFactory.CreateAsync(app, world.School.Id, zoe.Id, garage.Id, AgreementState.Submitted);
        await AgreementFactory.CreateAsync(app, world.School.Id, eli.Id, world.Host.Id, AgreementState.Submitted);
        using var client = await app.SignInAsAsync(Roles.Cpe, world.School.Id);

        var all = await client.GetDocumentAsync("/conventions?sort=name");
        Assert.Equal(["AUBERT Élie", world.Student.FullName, "ZIDANE Zoé"], Students(all));
        Assert.Equal(["Soumise", "Brouillon", "Soumise"], all.QuerySelectorAll("tbody .fr-badge").Select(b => b.TextContent.Trim()));

        Assert.Equal(["AUBERT Élie", "ZIDANE Zoé"], Students(await client.GetDocumentAsync("/conventions?state=Submitted&sort=name")));
        Assert.Equal([world.Student.FullName, "ZIDANE Zoé"], Students(await client.GetDocumentAsync($"/conventions?classe={world.Class.Id}&sort=name")));
        Assert.Equal(["ZIDANE Zoé"], Students(await client.GetDocumentAsync($"/conventions?hostId={garage.Id}")));
        Assert.Equal(["ZIDANE Zoé"], Students(await client.GetDocumentAsync("/conventions?q=zid")));
        Assert.Equal(["AUBERT Élie"], Students(await client.GetDocumentAsync("/conventions?q=elie")));
        Assert.Contains("Aucune convention ne correspond", (await client.GetDocumentAsync("/conventions?q=xyz")).Body!.TextContent);

        var filtered = await client.GetDocumentAsync("/conventions?state=Submitted&sort=name");
        var exportLink = filtered.QuerySelector("a[href^='/conventions/export.csv']")!.GetAttribute("href")!;
        var response = await client.GetAsync(exportLink);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Élève;Classe;Structure d'accueil;Période;Du;Au;État;Professeur référent;Dernière modification", lines[0]);
        Assert.Equal(Students(filtered), lines.Skip(1).Select(l => l.Split(';')[0]));
        Assert.StartsWith($"ZIDANE Zoé;{world.Class.Code};\"Garage « Central »; Ivry\";Deux semaines;14/06/2027;25/06/2027;Soumise;;", lines[2]);
    }

    [Fact]
    public async Task An_empty_list_says_so_and_offers_the_first_convention()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);

        var page = await client.GetDocumentAsync("/conventions");

        Assert.Contains("Aucune convention n'est encore enregistrée.", page.QuerySelector(".fr-callout")!.TextContent);
        Assert.NotNull(page.QuerySelector(".fr-callout a[href='/conventions/nouvelle']"));
    }

    [Fact]
    public async Task Group_hosting_creates_one_draft_per_student_and_skips_the_student_already_placed_then()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var zoe = await app.AddAsync(TestData.Student(world.School.Id, world.Class.Id, "Zidane", "Zoé"));
        var eli = await app.AddAsync(TestData.Student(world.School.Id, world.Class.Id, "Aubert", "Élie"));
        var placed = await AgreementFactory.CreateAsync(app, world.School.Id, zoe.Id, world.Host.Id, AgreementState.Submitted);
        var museum = await app.AddAsync(TestData.Host(world.School.Id, "Musée de la Résistance"));
        var guide = await app.AddAsync(TestData.Tutor(world.School.Id, museum.Id));
        using var client = await Placement.BoardScenario.SignInAsPrincipalOfAsync(app, world.School.Id, world.Class.Id);
        var url = $"/conventions/groupe?classe={world.Class.Id}";
        var page = await client.GetDocumentAsync(url);
        Assert.Equal(3, page.QuerySelectorAll("input[name=eleves]").Length);
        var fields = FieldsOf(page).Where(f => f.Key != "eleves").ToList();
        var form = fields.ToDictionary(f => f.Key, f => f.Value);
        form["Form.HostId"] = museum.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        form["Form.TutorId"] = guide.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        SetDays(form, [0, 1, 2, 3, 4], LawfulDay);
        form["Form.PlannedActivities"] = "Visite des collections, accueil des publics, atelier de médiation.";
        var posted = form.ToList();
        foreach (var student in new[] { world.Student.Id, zoe.Id, eli.Id })
            posted.Add(new("eleves", student.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var token = TokenOf(page);

        var response = await client.PostWithTokenAsync(url, token, posted);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await AppClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal(["AUBERT Élie", world.Student.FullName], result.QuerySelectorAll("#created a").Select(a => a.TextContent.Trim()));
        var skipped = result.QuerySelector("#skipped")!.TextContent;
        Assert.Contains("ZIDANE Zoé", skipped);
        Assert.Contains("ne peuvent pas se chevaucher", skipped);
        var atMuseum = await app.WithDbAsync(db => db.Agreements.IgnoreQueryFilters().Where(a => a.HostOrganisationId == museum.Id).ToListAsync());
        Assert.Equal(2, atMuseum.Count);
        Assert.All(atMuseum, a => Assert.Equal((AgreementState.Draft, guide.Id), (a.State, a.TutorId)));
        Assert.Equal(1, await app.WithDbAsync(db => db.Agreements.IgnoreQueryFilters().CountAsync(a => a.StudentId == zoe.Id)));
        Assert.Equal(AgreementState.Submitted, (await StoredAsync(app, placed.Id)).State);

        var resent = await client.PostWithTokenAsync(url, token, posted);

        Assert.Equal(HttpStatusCode.Redirect, resent.StatusCode);
        Assert.Equal($"/conventions?classe={world.Class.Id}", resent.Headers.Location!.OriginalString);
        Assert.Equal(2, await app.WithDbAsync(db => db.Agreements.IgnoreQueryFilters().CountAsync(a => a.HostOrganisationId == museum.Id)));
    }

    [Fact]
    public async Task Group_hosting_needs_at_least_one_student()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        var url = $"/conventions/groupe?classe={world.Class.Id}";
        var page = await client.GetDocumentAsync(url);
        var form = FieldsOf(page);
        form.Remove("eleves");
        form["Form.HostId"] = world.Host.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        form["Form.TutorId"] = world.Tutor.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var response = await client.PostWithTokenAsync(url, TokenOf(page), form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Élèves : cochez au moins un élève.", await AppClient.FieldErrorsAsync(response));
        Assert.Equal(0, await app.WithDbAsync(db => db.Agreements.IgnoreQueryFilters().CountAsync(a => a.SchoolId == world.School.Id)));
    }
}
