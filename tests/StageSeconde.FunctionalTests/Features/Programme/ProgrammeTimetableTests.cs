using System.Net;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Domain.Programme;

namespace StageSeconde.FunctionalTests.Features.Programme;

public sealed class ProgrammeTimetableTests(TestApp app) : IClassFixture<TestApp>
{
    private const string Groups = "/programme/groupes";
    private const string Timetable = "/programme/emploi-du-temps";

    private static string Slot(int id) => $"{Timetable}/creneaux/{id}";

    private async Task<(SchoolWorld World, AppClient Client)> GeneratedAsync(int pupils = 20, int supervisors = 4)
    {
        var world = await SchoolWorld.CreateAsync(app);
        await ProgrammeSetup.CatalogueAsync(app, world, supervisors);
        await ProgrammeSetup.EnrolledAsync(app, world, pupils, "2NDE1");
        var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);
        await client.PostFormAsync(Groups, $"{Groups}/former", []);
        var generated = await client.PostFormAsync(Timetable, $"{Timetable}/generer", []);
        Assert.Equal(HttpStatusCode.Redirect, generated.StatusCode);
        return (world, client);
    }

    [Fact]
    public async Task Groups_are_built_within_the_size_limit_with_every_pupil()
    {
        var world = await SchoolWorld.CreateAsync(app);
        await ProgrammeSetup.CatalogueAsync(app, world);
        var both = await ProgrammeSetup.EnrolledAsync(app, world, 20, "2NDE2");
        var week2 = await ProgrammeSetup.EnrolledAsync(app, world, 3, "2NDE3", 2);
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);

        var response = await client.PostFormAsync(Groups, $"{Groups}/former", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var groups = await ProgrammeSetup.GroupsAsync(app, world);
        Assert.Equal(3, groups.Count);
        Assert.All(groups, g => Assert.InRange(g.Members.Count, 1, 15));
        Assert.Equal(both.Select(s => s.Id).Order(), groups.Where(g => g.InWeek1 && g.InWeek2).SelectMany(g => g.Members).Select(m => m.StudentId).Order());
        Assert.Equal(week2.Select(s => s.Id).Order(), groups.Single(g => !g.InWeek1).Members.Select(m => m.StudentId).Order());
        var page = await client.GetDocumentAsync(Groups);
        Assert.Equal("15", page.QuerySelector("[data-max-size]")!.GetAttribute("data-max-size"));
        Assert.Contains("Amphithéâtre, 40 places", page.QuerySelector("[data-max-size]")!.TextContent);
        Assert.Contains("2NDE2", page.QuerySelector($"tr[data-student='{both[0].Id}']")!.TextContent);
    }

    [Fact]
    public async Task A_pupil_moves_to_another_group_of_the_same_weeks_only()
    {
        var world = await SchoolWorld.CreateAsync(app);
        await ProgrammeSetup.CatalogueAsync(app, world);
        var pupils = await ProgrammeSetup.EnrolledAsync(app, world, 20, "2NDE4");
        var alone = await ProgrammeSetup.EnrolledAsync(app, world, 1, "2NDE5", 1);
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);
        await client.PostFormAsync(Groups, $"{Groups}/former", []);
        var groups = await ProgrammeSetup.GroupsAsync(app, world);
        var (from, to) = (groups[0], groups[1]);
        var week1Only = groups.Single(g => !g.InWeek2);
        var pupil = from.Members[0].StudentId;

        var moved = await client.PostFormAsync(Groups, $"{Groups}/{from.Id}/deplacer", new() { ["studentId"] = pupil.ToString(), ["toGroupId"] = to.Id.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Contains((await ProgrammeSetup.GroupsAsync(app, world)).Single(g => g.Id == to.Id).Members, m => m.StudentId == pupil);

        await client.PostFormAsync(Groups, $"{Groups}/{to.Id}/deplacer", new() { ["studentId"] = pupil.ToString(), ["toGroupId"] = week1Only.Id.ToString() });
        Assert.Contains("mêmes semaines", (await client.GetDocumentAsync(Groups)).QuerySelector(".fr-alert--error")!.TextContent);
        Assert.Contains((await ProgrammeSetup.GroupsAsync(app, world)).Single(g => g.Id == to.Id).Members, m => m.StudentId == pupil);
        Assert.Equal(21, pupils.Count + alone.Count);
    }

    [Fact]
    public async Task Generation_saves_a_timetable_without_conflict_shown_as_a_grid()
    {
        var (world, client) = await GeneratedAsync();
        using var _ = client;

        var slots = await ProgrammeSetup.SlotsAsync(app, world);
        var groups = await ProgrammeSetup.GroupsAsync(app, world);
        Assert.Equal(groups.Count * 20, slots.Count);
        Assert.Empty(await ProgrammeSetup.ConflictsAsync(app, world));

        var page = await client.GetDocumentAsync($"{Timetable}?semaine=2");
        var table = page.QuerySelector(".app-timetable table")!;
        Assert.Contains("Semaine 2", table.QuerySelector("caption")!.TextContent);
        Assert.Equal(groups.Count + 1, table.QuerySelectorAll("thead th[scope=col]").Length);
        Assert.Equal(10, table.QuerySelectorAll("tbody th[scope=row]").Length);
        Assert.Contains("Enquête métier", table.TextContent);
        Assert.Null(page.QuerySelector("#conflicts"));
    }

    [Fact]
    public async Task An_infeasible_input_is_explained_in_french_and_nothing_is_saved()
    {
        var world = await SchoolWorld.CreateAsync(app);
        await ProgrammeSetup.CatalogueAsync(app, world, supervisors: 1);
        await ProgrammeSetup.EnrolledAsync(app, world, 20, "2NDE6");
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);
        await client.PostFormAsync(Groups, $"{Groups}/former", []);

        var response = await client.PostFormAsync(Timetable, $"{Timetable}/generer", []);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(await response.Content.ReadAsStringAsync());
        var problems = page.QuerySelector("#generation-problems")!;
        Assert.Contains("Rien n'a été enregistré", problems.TextContent);
        Assert.Contains("lundi", problems.QuerySelector("li")!.TextContent);
        Assert.Empty(await ProgrammeSetup.SlotsAsync(app, world));
    }

    [Fact]
    public async Task A_hand_move_that_creates_a_conflict_is_refused_and_shown()
    {
        var (world, client) = await GeneratedAsync();
        using var _ = client;
        var slots = await ProgrammeSetup.SlotsAsync(app, world);
        var morning = slots.First(s => !s.Afternoon);
        var target = $"{morning.Date:yyyy-MM-dd}-pm";

        var response = await client.PostFormAsync(Slot(morning.Id), $"{Slot(morning.Id)}/deplacer", new() { ["version"] = morning.Version.ToString(), ["halfDay"] = target });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Contains("a 2 activités", page.QuerySelector("#refused")!.TextContent);
        var after = (await ProgrammeSetup.SlotsAsync(app, world)).Single(s => s.Id == morning.Id);
        Assert.False(after.Afternoon);
        Assert.Empty(await ProgrammeSetup.ConflictsAsync(app, world));
    }

    [Fact]
    public async Task A_swap_inside_a_group_is_saved_when_it_creates_no_conflict()
    {
        var (world, client) = await GeneratedAsync(pupils: 10);
        using var _ = client;
        var slots = await ProgrammeSetup.SlotsAsync(app, world);
        var monday = slots.Where(s => s.Date == slots[0].Date).OrderBy(s => s.Afternoon).ToList();
        var (a, b) = (monday[0], monday[1]);

        var response = await client.PostFormAsync(Slot(a.Id), $"{Slot(a.Id)}/echanger", new() { ["version"] = a.Version.ToString(), ["otherId"] = b.Id.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await ProgrammeSetup.SlotsAsync(app, world);
        Assert.True(after.Single(s => s.Id == a.Id).Afternoon);
        Assert.False(after.Single(s => s.Id == b.Id).Afternoon);
        Assert.Empty(await ProgrammeSetup.ConflictsAsync(app, world));
    }

    [Fact]
    public async Task A_locked_slot_is_kept_when_the_timetable_is_generated_again()
    {
        var (world, client) = await GeneratedAsync();
        using var _ = client;
        var slots = await ProgrammeSetup.SlotsAsync(app, world);
        var chosen = slots[7];
        var others = slots.Where(s => s.Id != chosen.Id).Select(s => s.Id).ToList();

        var locked = await client.PostFormAsync(Slot(chosen.Id), $"{Slot(chosen.Id)}/verrouiller", new() { ["version"] = chosen.Version.ToString(), ["locked"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, locked.StatusCode);
        await client.PostFormAsync(Timetable, $"{Timetable}/generer", []);

        var after = await ProgrammeSetup.SlotsAsync(app, world);
        var kept = after.Single(s => s.Id == chosen.Id);
        Assert.True(kept.IsLocked);
        Assert.Equal((chosen.Date, chosen.Afternoon, chosen.ActivityId, chosen.RoomId, chosen.SupervisorId), (kept.Date, kept.Afternoon, kept.ActivityId, kept.RoomId, kept.SupervisorId));
        Assert.DoesNotContain(after, s => others.Contains(s.Id));
        Assert.Equal(slots.Count, after.Count);
        Assert.Empty(await ProgrammeSetup.ConflictsAsync(app, world));
    }

    [Fact]
    public async Task Unknown_or_foreign_ids_are_not_found_and_change_nothing()
    {
        var (world, client) = await GeneratedAsync(pupils: 10);
        using var _ = client;
        var (other, otherClient) = await GeneratedAsync(pupils: 10);
        using var __ = otherClient;
        var slot = (await ProgrammeSetup.SlotsAsync(app, world))[0];
        var foreign = (await ProgrammeSetup.SlotsAsync(app, other))[0];
        var foreignGroup = (await ProgrammeSetup.GroupsAsync(app, other))[0];
        var foreignActivity = foreign.ActivityId;
        var form = Slot(slot.Id);
        string V(ProgrammeSlot s) => s.Version.ToString();

        var attempts = new (string Url, Dictionary<string, string?> Fields)[]
        {
            ($"{Slot(foreign.Id)}/deplacer", new() { ["version"] = V(foreign), ["halfDay"] = $"{foreign.Date:yyyy-MM-dd}-pm" }),
            ($"{Slot(foreign.Id)}/verrouiller", new() { ["version"] = V(foreign), ["locked"] = "true" }),
            ($"{form}/echanger", new() { ["version"] = V(slot), ["otherId"] = foreign.Id.ToString() }),
            ($"{form}/modifier", new() { ["version"] = V(slot), ["activityId"] = "999999", ["supervisorId"] = slot.SupervisorId.ToString(), ["roomId"] = slot.RoomId?.ToString() }),
            ($"{form}/modifier", new() { ["version"] = V(slot), ["activityId"] = foreignActivity.ToString(), ["supervisorId"] = slot.SupervisorId.ToString(), ["roomId"] = slot.RoomId?.ToString() }),
            ($"{form}/deplacer", new() { ["version"] = V(slot), ["halfDay"] = "2031-01-01-am" }),
            ($"{Groups}/{foreignGroup.Id}/renommer", new() { ["name"] = "Pris" }),
        };
        foreach (var (url, fields) in attempts)
        {
            var response = await client.PostFormAsync(Timetable, url, fields);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url} : {(int)response.StatusCode}");
        }
        Assert.Equal(slot.ActivityId, (await ProgrammeSetup.SlotsAsync(app, world))[0].ActivityId);
        Assert.False((await ProgrammeSetup.SlotsAsync(app, other)).Single(s => s.Id == foreign.Id).IsLocked);
        Assert.Equal(foreignGroup.Name, (await ProgrammeSetup.GroupsAsync(app, other))[0].Name);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Slot(foreign.Id))).StatusCode);
    }

    [Fact]
    public async Task Staff_who_only_view_the_programme_see_the_grid_without_actions()
    {
        var (world, client) = await GeneratedAsync(pupils: 10);
        using var _ = client;
        using var teacher = await app.SignInAsAsync(Roles.Enseignant, world.School.Id);

        var page = await teacher.GetDocumentAsync(Timetable);

        Assert.NotNull(page.QuerySelector(".app-timetable table"));
        Assert.Empty(page.QuerySelectorAll("form[action*='generer'], a[href*='creneaux']"));
        var slot = (await ProgrammeSetup.SlotsAsync(app, world))[0];
        var refused = await teacher.GetAsync(Slot(slot.Id));
        Assert.Contains("/acces-refuse", refused.Headers.Location!.ToString());
    }
}
