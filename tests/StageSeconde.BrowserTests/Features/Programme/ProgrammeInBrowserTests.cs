using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using StageSeconde.BrowserTests.Browser;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Domain.Programme;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace StageSeconde.BrowserTests.Features.Programme;

[Collection(BrowserCollection.Name)]
public sealed class ProgrammeInBrowserTests(BrowserApp app, ITestOutputHelper output)
{
    private async Task AssertNoSeriousViolationAsync(BrowserSession browser)
    {
        Assert.Empty(browser.BrokenResources);
        var violations = await browser.AxeViolationsAsync();
        foreach (var violation in violations) output.WriteLine(violation.ToString());
        var serious = violations.Where(v => v.IsSeriousOrCritical).ToList();
        Assert.True(serious.Count == 0, $"axe-core sur {browser.PathAndQuery} :{Environment.NewLine}{string.Join(Environment.NewLine, serious)}");
    }

    /// <summary>One activity per theme, five rooms, four supervisors, and 24 pupils of two classes without any solution.</summary>
    private async Task SeedAsync(SchoolWorld world)
    {
        var school = world.School.Id;
        await app.WithDbAsync(async db =>
        {
            db.AddRange(
                new ProgrammeActivity("Enquête métier", ProgrammeTheme.JobInquiry, null, null, 1, RoomKind.Classroom, 15, SupervisorKind.Any, false) { SchoolId = school },
                new ProgrammeActivity("Portraits de pros (ONISEP)", ProgrammeTheme.DiscoverSectors, null, null, 1, RoomKind.ComputerRoom, 15, SupervisorKind.Any, false) { SchoolId = school },
                new ProgrammeActivity("Rencontre d'un ambassadeur de lycée professionnel", ProgrammeTheme.MeetProfessionals, null, null, 1, RoomKind.Hall, 30, SupervisorKind.Any, false) { SchoolId = school },
                new ProgrammeActivity("Se connaître, valoriser ses expériences", ProgrammeTheme.KnowOneself, null, null, 1, RoomKind.Cdi, 20, SupervisorKind.Any, false) { SchoolId = school },
                new ProgrammeRoom("Salle 101", RoomKind.Classroom, 30) { SchoolId = school },
                new ProgrammeRoom("Salle 102", RoomKind.Classroom, 30) { SchoolId = school },
                new ProgrammeRoom("Salle informatique B12", RoomKind.ComputerRoom, 30) { SchoolId = school },
                new ProgrammeRoom("Amphithéâtre", RoomKind.Hall, 40) { SchoolId = school },
                new ProgrammeRoom("CDI", RoomKind.Cdi, 30) { SchoolId = school });
            string[] names = ["Martin", "Bernard", "Petit", "Durand"];
            foreach (var name in names)
            {
                var staff = TestData.Staff(school, name);
                db.Staff.Add(staff);
                await db.SaveChangesAsync();
                db.Add(new ProgrammeSupervisor(world.Year.Id, staff.Id, SupervisorKind.Teacher) { SchoolId = school });
            }
            await db.SaveChangesAsync();
        });
        var other = await app.AddAsync(TestData.Class(school, "2NDE9"));
        string[] lastNames = ["Arnaud", "Benoit", "Caron", "Dupuis", "Etienne", "Fabre", "Garnier", "Hubert", "Izard", "Joly", "Klein", "Lemoine"];
        foreach (var (lastName, i) in lastNames.Select((n, i) => (n, i)))
        {
            await app.AddAsync(TestData.Student(school, world.Class.Id, lastName, "Inès"));
            await app.AddAsync(TestData.Student(school, other.Id, lastName + "-" + i, "Noah"));
        }
    }

    [BrowserFact]
    public async Task The_direction_proposes_the_pupils_forms_the_groups_and_generates_a_readable_timetable()
    {
        var world = await SchoolWorld.CreateAsync(app);
        await SeedAsync(world);
        var email = await app.CreateUserAsync(world.School.Id, Roles.Direction);
        await using var browser = await app.OpenAsync(bypassContentSecurityPolicy: true);
        var page = browser.Page;
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();

        await browser.SignInAsync(email);
        await browser.GotoAsync("/programme/eleves");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Élèves du programme au lycée");
        await AssertNoSeriousViolationAsync(browser);
        await page.GetByRole(AriaRole.Link, new() { Name = "Proposer les élèves" }).ClickAsync();

        await browser.WaitForPathAsync(path => path == "/programme/eleves/proposer");
        await Expect(page.Locator("tbody tr[data-student]")).ToHaveCountAsync(25);
        await browser.ShotAsync("programme-proposal");
        await AssertNoSeriousViolationAsync(browser);
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirmer l'inscription" }).ClickAsync();

        await browser.WaitForPathAsync(path => path == "/programme/eleves");
        await Expect(page.Locator(".fr-alert--success")).ToContainTextAsync("25 élève(s) inscrit(s)");
        await page.GetByRole(AriaRole.Link, new() { Name = "Voir les groupes" }).ClickAsync();

        await browser.WaitForPathAsync(path => path == "/programme/groupes");
        await page.GetByRole(AriaRole.Button, new() { Name = "Former les groupes" }).ClickAsync();
        await browser.WaitForPathAsync(path => path == "/programme/groupes");
        await Expect(page.Locator(".fr-alert--success")).ToContainTextAsync("2 groupe(s) formé(s) de 15 élèves au plus");
        await Expect(page.Locator("section[data-group]")).ToHaveCountAsync(2);
        await browser.ShotAsync("programme-groups");
        await AssertNoSeriousViolationAsync(browser);

        await browser.GotoAsync("/programme/emploi-du-temps");
        await page.GetByRole(AriaRole.Button, new() { Name = "Générer l'emploi du temps" }).ClickAsync();
        await browser.WaitForPathAsync(path => path == "/programme/emploi-du-temps");
        await Expect(page.Locator(".fr-alert--success")).ToContainTextAsync("sans conflit");
        var grid = page.GetByRole(AriaRole.Table, new() { Name = "Semaine 1 : activité, salle et surveillant de chaque groupe, par demi-journée" });
        await Expect(grid.Locator("tbody tr")).ToHaveCountAsync(10);
        await Expect(grid).ToContainTextAsync("Enquête métier");
        // Readable at 1280 px: the grid fits the page, no horizontal scrolling.
        var widths = await page.EvaluateAsync<int[]>("() => { const w = document.querySelector('.app-timetable'); return [w.scrollWidth, w.clientWidth]; }");
        Assert.True(widths[0] <= widths[1], $"La grille déborde : {widths[0]} px pour {widths[1]} px.");
        await browser.ShotAsync("programme-timetable");
        await AssertNoSeriousViolationAsync(browser);

        await page.GetByRole(AriaRole.Link, new() { Name = "Semaine 2" }).ClickAsync();
        await browser.WaitForPathAsync(path => path == "/programme/emploi-du-temps?semaine=2");
        await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Semaine 2");
        var slots = await app.WithDbAsync(db => db.ProgrammeSlots.IgnoreQueryFilters().CountAsync(s => s.SchoolYearId == world.Year.Id));
        Assert.Equal(40, slots);
    }
}
