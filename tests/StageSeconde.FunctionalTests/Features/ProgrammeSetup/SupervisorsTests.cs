using System.Net;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Domain.Programme;

namespace StageSeconde.FunctionalTests.Features.ProgrammeSetup;

public sealed class SupervisorsTests(TestApp app) : IClassFixture<TestApp>
{
    private Task<ProgrammeSupervisor?> SupervisorOfAsync(int staffId) =>
        app.WithDbAsync(db => db.ProgrammeSupervisors.IgnoreQueryFilters().Include(s => s.Unavailabilities).FirstOrDefaultAsync(s => s.StaffMemberId == staffId));

    [Fact]
    public async Task A_staff_member_found_by_name_becomes_a_supervisor_with_the_kind_guessed_from_the_function()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var librarian = TestData.Staff(world.School.Id, "Dupré");
        librarian.UpdateDetails(librarian.LastName, "Catherine", "Professeure documentaliste", librarian.Email, librarian.Phone);
        await app.AddAsync(librarian);
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);

        var search = await client.GetDocumentAsync("/programme/surveillants?q=dupr");
        var option = search.QuerySelector($"#kind-add-{librarian.Id} option[selected]");
        Assert.Equal(nameof(SupervisorKind.Librarian), option!.GetAttribute("value"));

        var added = await client.PostFormAsync("/programme/surveillants", "/programme/surveillants/ajouter",
            new() { ["staffId"] = librarian.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["kind"] = nameof(SupervisorKind.Librarian) });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var supervisor = await SupervisorOfAsync(librarian.Id);
        Assert.Equal((world.Year.Id, SupervisorKind.Librarian), (supervisor!.SchoolYearId, supervisor.Kind));
        var page = await client.GetDocumentAsync("/programme/surveillants");
        Assert.Contains("20 / 20 demi-journées", page.QuerySelector("#liste + div tbody, section[aria-labelledby=liste] tbody")!.TextContent);
        // The coverage table: one professeur documentaliste every half-day.
        var coverage = page.QuerySelectorAll("section[aria-labelledby=couverture] tbody tr");
        Assert.Equal(20, coverage.Length);
        Assert.All(coverage, row => Assert.Equal("1", row.QuerySelectorAll("td").Last().TextContent.Trim()));
        // Not offered twice.
        var again = await client.GetDocumentAsync("/programme/surveillants?q=dupr");
        Assert.Null(again.QuerySelector($"#kind-add-{librarian.Id}"));
    }

    [Fact]
    public async Task The_availability_grid_is_saved_and_shows_the_convocations_as_taken()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var teacher = await app.AddAsync(TestData.Staff(world.School.Id, "Lefèvre"));
        var monday = world.Year.Week1Start;
        var tuesday = monday.AddDays(1);
        await app.AddAsync(new ExaminerDuty(world.School.Id, teacher.Id, tuesday, DayPart.WholeDay, "Oral de français, lycée Voltaire"));
        var supervisor = await app.AddAsync(new ProgrammeSupervisor(world.Year.Id, teacher.Id, SupervisorKind.Teacher) { SchoolId = world.School.Id });
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);
        var url = $"/programme/surveillants/{supervisor.Id}/disponibilites";

        var grid = await client.GetDocumentAsync(url);
        Assert.Equal(2, grid.QuerySelectorAll("fieldset.app-availability-week").Length);
        Assert.Equal(18, grid.QuerySelectorAll("input[type=checkbox][name=available][checked]").Length);
        Assert.Null(grid.QuerySelector($"#h-{tuesday:yyyy-MM-dd}-am"));
        Assert.Contains("Oral de français, lycée Voltaire", grid.Body!.TextContent);
        Assert.StartsWith("Semaine 1 : du lundi", grid.QuerySelector("fieldset.app-availability-week legend")!.TextContent.Trim());

        // Everything checked but Monday afternoon; a forged key for the convocation's half-day changes nothing.
        var available = grid.QuerySelectorAll("input[name=available]").Select(i => i.GetAttribute("value")!)
            .Where(k => k != $"{monday:yyyy-MM-dd}-pm").Append($"{tuesday:yyyy-MM-dd}-am")
            .Select(k => new KeyValuePair<string, string?>("available", k)).ToList();
        var saved = await client.PostWithTokenAsync(url, await client.TokenFromAsync(url), available);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await SupervisorOfAsync(teacher.Id);
        Assert.Equal([(monday, true)], stored!.Unavailabilities.Select(u => (u.Date, u.Afternoon)));
        var list = await client.GetDocumentAsync("/programme/surveillants");
        Assert.Contains("17 / 20 demi-journées", list.Body!.TextContent);
        Assert.Contains("Convocation : 2 demi-journée(s)", list.Body.TextContent);

        // Saved again with one more half-day off: the grid replaces what was there.
        var fewer = available.Where(k => k.Value != $"{monday:yyyy-MM-dd}-am").ToList();
        await client.PostWithTokenAsync(url, await client.TokenFromAsync(url), fewer);
        stored = await SupervisorOfAsync(teacher.Id);
        Assert.Equal([(monday, false), (monday, true)], stored!.Unavailabilities.Select(u => (u.Date, u.Afternoon)).OrderBy(u => u.Afternoon));
    }
}
