using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using StageSeconde.BrowserTests.Browser;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;
using static Microsoft.Playwright.Assertions;

namespace StageSeconde.BrowserTests.Features.Placement;

[Collection(BrowserCollection.Name)]
public sealed class BoardInBrowserTests(BrowserApp app)
{
    [BrowserFact]
    public async Task A_principal_teacher_filters_students_without_solution_adds_a_note_and_the_student_moves_to_searching()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var schoolClass = await app.AddAsync(TestData.Class(world.School.Id, "2NDE7"));
        var amina = await app.AddAsync(TestData.Student(world.School.Id, schoolClass.Id, "Kouamé", "Amina"));
        await app.AddAsync(TestData.Student(world.School.Id, schoolClass.Id, "Bernard", "Noé"));
        var email = await app.CreateUserAsync(world.School.Id, Roles.ProfesseurPrincipal);
        await app.WithDbAsync(async db =>
        {
            var staff = await db.Staff.IgnoreQueryFilters().SingleAsync(s => s.Email == email);
            var tracked = await db.Classes.IgnoreQueryFilters().Include(c => c.PrincipalTeachers).SingleAsync(c => c.Id == schoolClass.Id);
            tracked.PrincipalTeachers.Add(staff);
            var noe = await db.Students.IgnoreQueryFilters().SingleAsync(s => s.SchoolClassId == schoolClass.Id && s.LastName == "Bernard");
            db.Add(PlacementDeclaration.Declare(noe, new DeclarationRequest(DeclarationKind.Snu, SnuKind: SnuKind.CohesionStay,
                StartsOn: world.Year.Week1Start, EndsOn: world.Year.Week2End), new Actor("secretariat@test.fr"), DateTimeOffset.UtcNow, DeclarationContext.None));
            await db.SaveChangesAsync();
        });
        await using var browser = await app.OpenAsync();
        var page = browser.Page;

        await browser.SignInAsync(email);
        // The board is in the « Élèves » drop-down menu of the header.
        await page.GetByRole(AriaRole.Button, new() { Name = "Élèves", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Suivi des élèves" }).First.ClickAsync();
        await browser.WaitForPathAsync(path => path.StartsWith("/suivi", StringComparison.Ordinal));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Suivi des élèves – classe 2NDE7");
        await Expect(page.Locator(".app-progress label")).ToContainTextAsync("1 sur 2 (50 %)");

        await page.GetByLabel("Situation", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Sans solution (1)" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Afficher" }).ClickAsync();
        await browser.WaitForPathAsync(path => path.Contains("situation=sans-solution", StringComparison.Ordinal));
        var rows = page.Locator("#suivi tbody tr");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First.Locator("th")).ToHaveTextAsync("KOUAMÉ Amina");
        await Expect(rows.First.Locator(".fr-badge").First).ToHaveTextAsync("Sans solution");
        await browser.ShotAsync("board-without-solution");

        await rows.First.GetByText("Ajouter une note").ClickAsync();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Note de recherche pour KOUAMÉ Amina" }).FillAsync("A rendez-vous à la pharmacie du marché mardi.");
        await browser.ShotAsync("board-quick-note");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la note pour KOUAMÉ Amina" }).ClickAsync();

        await Expect(page.Locator(".fr-alert--success")).ToHaveTextAsync("Note de recherche enregistrée pour KOUAMÉ Amina.");
        Assert.Contains("situation=sans-solution", browser.PathAndQuery);
        await Expect(rows).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Link, new() { Name = "1 élève(s) : En recherche" }).ClickAsync();
        await browser.WaitForPathAsync(path => path.Contains("situation=en-recherche", StringComparison.Ordinal));
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First.Locator("th")).ToHaveTextAsync("KOUAMÉ Amina");
        await Expect(rows.First.Locator(".fr-badge").First).ToHaveTextAsync("En recherche");
        await browser.ShotAsync("board-searching");
        Assert.Empty(browser.BrokenResources);

        var note = await app.WithDbAsync(db => db.PlacementDeclarations.IgnoreQueryFilters().SingleAsync(d => d.StudentId == amina.Id));
        Assert.Equal(("A rendez-vous à la pharmacie du marché mardi.", email), (note.Note, note.DeclaredBy));
    }

    [BrowserFact]
    public async Task The_board_has_no_serious_accessibility_violation()
    {
        var world = await SchoolWorld.CreateAsync(app);
        await app.AddAsync(TestData.Student(world.School.Id, world.Class.Id, "Diallo", "Awa"));
        var email = await app.CreateUserAsync(world.School.Id, Roles.Direction);
        await using var browser = await app.OpenAsync(bypassContentSecurityPolicy: true);

        await browser.SignInAsync(email);
        await browser.GotoAsync($"/suivi?classe={world.Class.Id}");
        await browser.Page.Locator("#suivi tbody tr").First.GetByText("Ajouter une note").ClickAsync();

        var serious = (await browser.AxeViolationsAsync()).Where(v => v.IsSeriousOrCritical).ToList();
        Assert.True(serious.Count == 0, string.Join(Environment.NewLine, serious));
    }
}
