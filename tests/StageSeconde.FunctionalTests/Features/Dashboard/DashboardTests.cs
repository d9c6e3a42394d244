using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure;

namespace StageSeconde.FunctionalTests.Features.Dashboard;

public sealed class DashboardTests(TestAppWithoutBackgroundWork app) : IClassFixture<TestAppWithoutBackgroundWork>
{
    private static string Figure(IDocument page, string id) => page.QuerySelector($"#{id} [data-valeur]")!.TextContent.Trim();

    /// <summary>
    /// Four present students: one signed for both weeks, one in SNU, one with a submitted week-1 convention (partially covered),
    /// one with nothing; plus a student who left and another school's student, who do not count.
    /// </summary>
    private async Task<(SchoolWorld World, Student Nothing)> FourStudentsAsync()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var snu = await app.AddAsync(TestData.Student(world.School.Id, world.Class.Id, "Sénac", "Inès"));
        var partial = await app.AddAsync(TestData.Student(world.School.Id, world.Class.Id, "Partiel", "Hugo"));
        var nothing = await app.AddAsync(TestData.Student(world.School.Id, world.Class.Id, "Zéro", "Lina"));
        var left = TestData.Student(world.School.Id, world.Class.Id, "Parti", "Noé");
        left.Leave(new DateOnly(2026, 10, 1));
        await app.AddAsync(left);
        var other = await SchoolWorld.CreateAsync(app);

        await AgreementFactory.CreateAsync(app, world, AgreementState.Signed);
        await AgreementFactory.CreateAsync(app, world.School.Id, partial.Id, world.Host.Id, AgreementState.Submitted, AgreementFactory.Terms(PeriodOption.Week1));
        await AgreementFactory.CreateAsync(app, other, AgreementState.Validated);
        await app.WithDbAsync(async db =>
        {
            var student = await db.Students.IgnoreQueryFilters().SingleAsync(s => s.Id == snu.Id);
            db.Add(PlacementDeclaration.Declare(student, new DeclarationRequest(DeclarationKind.Snu, SnuKind: SnuKind.CohesionStay, StartsOn: new DateOnly(2027, 6, 14), EndsOn: new DateOnly(2027, 6, 25)), new Actor("pp@test.fr"), DateTimeOffset.UtcNow, DeclarationContext.None));
            await db.SaveChangesAsync();
        });
        return (world, nothing);
    }

    [Fact]
    public async Task Shows_the_placement_rate_the_weeks_covered_and_the_conventions_waiting()
    {
        var (world, _) = await FourStudentsAsync();
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);

        var page = await client.GetDocumentAsync("/tableau-de-bord");

        Assert.Equal("50\u00A0%", Figure(page, "chiffre-solution"));
        Assert.Contains("2 élève(s) sur 4 présent(s)", page.QuerySelector("#chiffre-solution")!.TextContent);
        Assert.Equal("2", Figure(page, "chiffre-semaine-1"));
        Assert.Contains("50\u00A0% des élèves présents", page.QuerySelector("#chiffre-semaine-1")!.TextContent);
        Assert.Equal("1", Figure(page, "chiffre-semaine-2"));
        Assert.Equal("1", Figure(page, "chiffre-a-valider"));
        Assert.Equal("/conventions/a-valider", page.QuerySelector("#chiffre-a-valider a")!.GetAttribute("href"));
        Assert.Equal("0", Figure(page, "chiffre-signatures"));
    }

    [Fact]
    public async Task Lists_the_students_without_a_solution_most_urgent_first_with_links_to_their_page()
    {
        var (world, nothing) = await FourStudentsAsync();
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);

        var page = await client.GetDocumentAsync("/tableau-de-bord");

        var section = page.QuerySelector("#sans-solution")!;
        Assert.Equal("2", section.QuerySelector("h2 [data-valeur]")!.TextContent.Trim());
        var items = section.QuerySelectorAll("li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(2, items.Count);
        Assert.StartsWith("ZÉRO Lina", items[0]);
        Assert.Contains("Sans solution", items[0]);
        Assert.StartsWith("PARTIEL Hugo", items[1]);
        Assert.Contains("Partiellement couvert", items[1]);
        Assert.Equal($"/eleves/{nothing.Id}", section.QuerySelector("li a")!.GetAttribute("href"));
        Assert.NotNull(section.QuerySelector("a[href='/suivi']"));
        Assert.DoesNotContain("PARTI Noé", page.Body!.TextContent);
    }

    [Fact]
    public async Task The_class_table_gives_each_class_its_rate_and_a_link_to_its_board()
    {
        var (world, _) = await FourStudentsAsync();
        await app.AddAsync(TestData.Class(world.School.Id, "2NDEZ"));
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);

        var page = await client.GetDocumentAsync("/tableau-de-bord");

        var rows = page.QuerySelectorAll("#par-classe tbody tr").ToList();
        Assert.Equal(2, rows.Count);
        var cells = rows.Single(r => r.QuerySelector("th")!.TextContent == world.Class.Code).QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["4", "2", "50\u00A0%", "2"], cells.Take(4));
        Assert.NotNull(rows.Single(r => r.QuerySelector("th")!.TextContent == world.Class.Code).QuerySelector($"a[href='/suivi?classe={world.Class.Id}']"));
        var emptyCells = rows.Single(r => r.QuerySelector("th")!.TextContent == "2NDEZ").QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["0", "0", "—", "0"], emptyCells.Take(4));
        Assert.Equal(["4", "2", "50\u00A0%", "2"], page.QuerySelectorAll("#par-classe tfoot td").Select(c => c.TextContent.Trim()).Take(4));
    }

    [Fact]
    public async Task Opening_the_dashboard_records_todays_snapshot_once_and_draws_the_trend()
    {
        var (world, _) = await FourStudentsAsync();
        var today = TimeProvider.System.TodayInParis();
        await app.WithDbAsync(async db =>
        {
            db.Add(PlacementSnapshot.Take(world.School.Id, today.AddDays(-2), new PlacementTotals(4, 0, 0, 0, 0, 0)));
            db.Add(PlacementSnapshot.Take(world.School.Id, today.AddDays(-1), new PlacementTotals(4, 1, 1, 1, 1, 0)));
            await db.SaveChangesAsync();
        });
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);

        var page = await client.GetDocumentAsync("/tableau-de-bord");
        await client.GetDocumentAsync("/tableau-de-bord");

        var snapshots = await app.WithDbAsync(db => db.PlacementSnapshots.IgnoreQueryFilters()
            .Where(s => s.SchoolId == world.School.Id).OrderBy(s => s.Day).ToListAsync());
        Assert.Equal(3, snapshots.Count);
        var recorded = snapshots[^1];
        Assert.Equal((today, 4, 2, 2, 1, 1), (recorded.Day, recorded.PresentStudents, recorded.WithSolution, recorded.Week1Covered, recorded.Week2Covered, recorded.Signed));

        var svg = page.QuerySelector("#graphique-evolution svg")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal("Évolution du placement des élèves", page.GetElementById(svg.GetAttribute("aria-labelledby")!)!.TextContent);
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Contains("de 0\u00A0% à 50\u00A0%", svg.QuerySelector("desc")!.TextContent);
        Assert.Equal(3, svg.QuerySelectorAll("path[data-series]").Length);
        var dataRows = page.QuerySelectorAll("#donnees-evolution tbody tr").ToList();
        Assert.Equal(3, dataRows.Count);
        Assert.Equal(today.FormatFrench(), dataRows[0].QuerySelector("th")!.TextContent);
        Assert.Equal("2 (50\u00A0%)", dataRows[0].QuerySelectorAll("td")[1].TextContent);
    }

    [Fact]
    public async Task Todays_point_follows_the_current_figures_while_the_stored_snapshot_keeps_the_first_of_the_day()
    {
        var (world, _) = await FourStudentsAsync();
        var today = TimeProvider.System.TodayInParis();
        await app.AddAsync(PlacementSnapshot.Take(world.School.Id, today, new PlacementTotals(4, 1, 1, 1, 1, 0)));
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);

        var page = await client.GetDocumentAsync("/tableau-de-bord");

        var todayRow = page.QuerySelectorAll("#donnees-evolution tbody tr").Single();
        Assert.Equal("2 (50\u00A0%)", todayRow.QuerySelectorAll("td")[1].TextContent);
        var stored = await app.WithDbAsync(db => db.PlacementSnapshots.IgnoreQueryFilters().SingleAsync(s => s.SchoolId == world.School.Id));
        Assert.Equal(1, stored.WithSolution);
    }

    [Fact]
    public async Task Snapshots_of_another_school_are_not_drawn()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var other = await SchoolWorld.CreateAsync(app);
        var today = TimeProvider.System.TodayInParis();
        await app.AddAsync(PlacementSnapshot.Take(other.School.Id, today.AddDays(-1), new PlacementTotals(300, 17, 0, 0, 0, 0)));
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);

        var page = await client.GetDocumentAsync("/tableau-de-bord");

        var dataRows = page.QuerySelectorAll("#donnees-evolution tbody tr").ToList();
        Assert.Single(dataRows);
        Assert.DoesNotContain("300", page.QuerySelector("#donnees-evolution")!.TextContent);
    }

    [Fact]
    public async Task Only_the_direction_sees_the_dashboard()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var teacher = await app.SignInAsAsync(Roles.ProfesseurPrincipal, world.School.Id);

        var response = await teacher.GetAsync("/tableau-de-bord");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/acces-refuse", response.Headers.Location!.ToString());
        Assert.Equal(0, await app.WithDbAsync(db => db.PlacementSnapshots.IgnoreQueryFilters().CountAsync(s => s.SchoolId == world.School.Id)));
    }
}
