using System.Net;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.Placement;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.FunctionalTests.Features.Placement;

public sealed class BoardTests(TestApp app) : IClassFixture<TestApp>
{
    private static IReadOnlyList<string> PickerCodes(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("select#classe option").Select(o => o.TextContent.Trim()).ToList();

    [Fact]
    public async Task A_principal_teacher_sees_only_their_classes_and_is_refused_another_class()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var mine1 = await app.AddAsync(TestData.Class(world.School.Id, "2NDE21"));
        var mine2 = await app.AddAsync(TestData.Class(world.School.Id, "2NDE20"));
        var colleague = await app.AddAsync(TestData.Class(world.School.Id, "2NDE22"));
        await app.AddAsync(TestData.Student(world.School.Id, colleague.Id, "Voisin"));
        using var client = await BoardScenario.SignInAsPrincipalOfAsync(app, world.School.Id, mine1.Id, mine2.Id);

        var page = await client.GetDocumentAsync("/suivi");

        Assert.Equal(["2NDE20", "2NDE21"], PickerCodes(page));
        Assert.Contains("classe 2NDE20", page.QuerySelector("h1")!.TextContent);
        var other = await client.GetDocumentAsync($"/suivi?classe={mine1.Id}");
        Assert.Contains("classe 2NDE21", other.QuerySelector("h1")!.TextContent);
        foreach (var url in new[] { $"/suivi?classe={colleague.Id}", $"/suivi/export.csv?classe={colleague.Id}", $"/suivi/export.xlsx?classe={colleague.Id}", $"/suivi/liste.pdf?classe={colleague.Id}" })
        {
            using var refused = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.Contains("/acces-refuse", refused.Headers.Location!.OriginalString);
        }
    }

    [Fact]
    public async Task A_principal_teacher_without_class_is_told_who_assigns_classes()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.ProfesseurPrincipal, world.School.Id);

        var page = await client.GetDocumentAsync("/suivi");

        Assert.Empty(page.QuerySelectorAll("#suivi tbody tr"));
        Assert.Contains("par la Direction ou le secrétariat", page.QuerySelector(".fr-callout")!.TextContent);
    }

    [Theory]
    [InlineData(Roles.Direction)]
    [InlineData(Roles.Secretariat)]
    public async Task The_direction_and_the_secretariat_pick_any_class_of_the_school(string role)
    {
        var world = await SchoolWorld.CreateAsync(app);
        var a = await app.AddAsync(TestData.Class(world.School.Id, "2NDE31"));
        var b = await app.AddAsync(TestData.Class(world.School.Id, "2NDE32"));
        await app.AddAsync(TestData.Student(world.School.Id, b.Id, "Lambert"));
        var other = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(role, world.School.Id);

        var page = await client.GetDocumentAsync($"/suivi?classe={b.Id}");

        Assert.Equal(new[] { world.Class.Code, a.Code, b.Code }.Order(StringComparer.Ordinal), PickerCodes(page));
        Assert.DoesNotContain(other.Class.Code, PickerCodes(page));
        Assert.Equal("selected", page.QuerySelector($"select#classe option[value='{b.Id}']")!.GetAttribute("selected"));
        Assert.Equal(["LAMBERT Léa"], BoardScenario.Rows(page).Select(r => r.Name));
    }

    [Fact]
    public async Task The_counts_of_the_summary_equal_the_rows_under_each_filter()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var scenario = await BoardScenario.CreateAsync(app, world, "2NDE40");
        using var client = await BoardScenario.SignInAsPrincipalOfAsync(app, world.School.Id, scenario.Class.Id);
        var all = await client.GetDocumentAsync($"/suivi?classe={scenario.Class.Id}");

        var slugs = Enum.GetValues<Situation>().Select(BoardFilter.SlugOf).Append(BoardFilter.NeedsActionSlug).ToList();
        foreach (var slug in slugs)
        {
            var page = await client.GetDocumentAsync($"/suivi?classe={scenario.Class.Id}&situation={slug}");
            var rows = BoardScenario.Rows(page);
            Assert.True(rows.Count == BoardScenario.SummaryCount(all, slug), $"« {slug} » : {rows.Count} ligne(s), {BoardScenario.SummaryCount(all, slug)} annoncée(s)");
            Assert.Equal(rows.Count, BoardScenario.SummaryCount(page, slug));
            if (slug != BoardFilter.NeedsActionSlug)
                Assert.All(rows, r => Assert.Equal(BoardFilter.Parse(slug).Situation!.Value.Label(), r.Situation));
        }

        Assert.Equal(11, BoardScenario.Rows(all).Count);
        Assert.Equal(11, BoardScenario.SummaryCount(all, "tous"));
        Assert.Equal(3, BoardScenario.SummaryCount(all, "sans-solution"));
        Assert.Equal(5, BoardScenario.SummaryCount(all, BoardFilter.NeedsActionSlug));
        Assert.DoesNotContain(BoardScenario.Rows(all), r => r.Name.StartsWith("PARTI", StringComparison.Ordinal));
        var rowsBySituation = BoardScenario.Rows(all).ToDictionary(r => r.StudentId, r => r.Situation);
        foreach (var (key, situation) in BoardScenario.Expected)
            Assert.True(rowsBySituation[scenario.Students[key].Id] == situation.Label(), $"{key} : {rowsBySituation[scenario.Students[key].Id]} au lieu de {situation.Label()}");
        Assert.Contains("6 sur 11 (54 %)", all.QuerySelector(".app-progress label")!.TextContent);
        Assert.Equal("6", all.QuerySelector(".app-progress progress")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Students_needing_action_come_first_then_by_name()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var scenario = await BoardScenario.CreateAsync(app, world, "2NDE41");
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);

        var rows = BoardScenario.Rows(await client.GetDocumentAsync($"/suivi?classe={scenario.Class.Id}"));

        Assert.Equal(
            ["ABADIE Éloïse", "MARTIN Léa", "ZOLA Léa", "YILMAZ Léa", "DUPRÉ Léa", "BERNARD Léa"],
            rows.Take(6).Select(r => r.Name));
        Assert.Equal(["Sans solution", "Sans solution", "Sans solution", "Partiellement couvert", "En recherche", "Convention en cours"],
            rows.Take(6).Select(r => r.Situation));
        var settled = rows.Skip(6).Select(r => r.Name).ToList();
        Assert.Equal(settled.Order(StringComparer.Ordinal), settled);
    }

    [Fact]
    public async Task A_row_shows_the_host_the_weeks_covered_the_referent_teacher_and_the_last_change()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var scenario = await BoardScenario.CreateAsync(app, world, "2NDE42");
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);

        var rows = BoardScenario.Rows(await client.GetDocumentAsync($"/suivi?classe={scenario.Class.Id}")).ToDictionary(r => r.StudentId);

        var week1 = rows[scenario.Students["Week1"].Id];
        Assert.Equal(world.Host.Name, week1.Hosts);
        Assert.Equal("S1 : Convention en cours | S2 : Rien", week1.Weeks);
        Assert.Equal(PersonName.FirstLast(world.Staff.FirstName, world.Staff.LastName), week1.Referent);
        Assert.Matches(@"^\d\d/\d\d/\d{4} à \d\dh\d\d$", week1.LastChange);
        Assert.Equal("S1 : Convention signée | S2 : Convention signée", rows[scenario.Students["Signed"].Id].Weeks);
        Assert.Equal("S1 : SNU | S2 : SNU", rows[scenario.Students["Snu"].Id].Weeks);
        var nothing = rows[scenario.Students["Nothing"].Id];
        Assert.Equal(("—", "S1 : Rien | S2 : Rien", "—", "—"), (nothing.Hosts, nothing.Weeks, nothing.Referent, nothing.LastChange));
        Assert.Equal("—", rows[scenario.Students["Cancelled"].Id].Hosts);
    }
}
