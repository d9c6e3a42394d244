using System.Net;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Features.Placement;

public sealed class DeclarationsTests(TestApp app) : IClassFixture<TestApp>
{
    private static Dictionary<string, string?> Declaration(DeclarationKind kind, string? note, string? returnUrl = null) => new()
    {
        ["Form.Kind"] = kind.ToString(), ["Form.Note"] = note, ["returnUrl"] = returnUrl,
    };

    private Task<int> DeclarationsOfAsync(int studentId) =>
        app.WithDbAsync(db => db.PlacementDeclarations.IgnoreQueryFilters().CountAsync(d => d.StudentId == studentId));

    [Fact]
    public async Task A_principal_teacher_adds_a_search_note_from_the_board_and_comes_back_to_it()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var email = await app.CreateUserAsync(world.School.Id, Roles.ProfesseurPrincipal);
        var staff = await app.WithDbAsync(db => db.Staff.IgnoreQueryFilters().SingleAsync(s => s.Email == email));
        await app.WithDbAsync(async db =>
        {
            var schoolClass = await db.Classes.IgnoreQueryFilters().Include(c => c.PrincipalTeachers).SingleAsync(c => c.Id == world.Class.Id);
            schoolClass.PrincipalTeachers.Add(await db.Staff.IgnoreQueryFilters().SingleAsync(s => s.Id == staff.Id));
            await db.SaveChangesAsync();
        });
        using var client = await app.SignInAsync(email);
        var board = $"/suivi?classe={world.Class.Id}&situation=sans-solution";
        var before = DateTime.UtcNow.AddSeconds(-1);

        var response = await client.PostFormAsync(board, $"/eleves/{world.Student.Id}/situation",
            Declaration(DeclarationKind.Searching, "  A appelé la mairie de Vitry.  ", board));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(board, response.Headers.Location!.OriginalString);
        var declaration = await app.WithDbAsync(db => db.PlacementDeclarations.IgnoreQueryFilters().SingleAsync(d => d.StudentId == world.Student.Id));
        Assert.Equal((DeclarationKind.Searching, "A appelé la mairie de Vitry.", email, staff.Id, world.School.Id),
            (declaration.Kind, declaration.Note, declaration.DeclaredBy, declaration.DeclaredByStaffId, declaration.SchoolId));
        Assert.InRange(declaration.DeclaredAt, before, DateTime.UtcNow.AddSeconds(1));
        var page = await client.GetDocumentAsync(board);
        Assert.Contains($"Note de recherche enregistrée pour {world.Student.FullName}.", page.QuerySelector(".fr-alert--success")!.TextContent);
        Assert.Empty(BoardScenario.Rows(page));
        var searching = BoardScenario.Rows(await client.GetDocumentAsync($"/suivi?classe={world.Class.Id}&situation=en-recherche"));
        Assert.Equal([world.Student.Id], searching.Select(r => r.StudentId));
    }

    [Fact]
    public async Task A_declaration_by_a_principal_teacher_of_another_class_is_refused_and_writes_nothing()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var otherClass = await app.AddAsync(TestData.Class(world.School.Id));
        using var client = await BoardScenario.SignInAsPrincipalOfAsync(app, world.School.Id, otherClass.Id);
        var token = await client.TokenFromAsync("/suivi");

        using var post = await client.PostWithTokenAsync($"/eleves/{world.Student.Id}/situation", token, Declaration(DeclarationKind.Snu, null));
        using var get = await client.GetAsync($"/eleves/{world.Student.Id}/situation");

        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Contains("/acces-refuse", post.Headers.Location!.OriginalString);
        Assert.Contains("/acces-refuse", get.Headers.Location!.OriginalString);
        Assert.Equal(0, await DeclarationsOfAsync(world.Student.Id));
        var details = await client.GetDocumentAsync($"/eleves/{world.Student.Id}");
        Assert.NotNull(details.QuerySelector("#situation"));
        Assert.Null(details.QuerySelector($"form[action='/eleves/{world.Student.Id}/situation']"));
    }

    [Theory]
    [InlineData(Roles.Enseignant)]
    [InlineData(Roles.Cpe)]
    [InlineData(Roles.Administrateur)]
    public async Task Other_roles_may_not_declare(string role)
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(role, world.School.Id);
        var token = await client.TokenFromAsync("/mot-de-passe");

        using var post = await client.PostWithTokenAsync($"/eleves/{world.Student.Id}/situation", token, Declaration(DeclarationKind.Snu, null));

        Assert.Contains("/acces-refuse", post.Headers.Location!.OriginalString);
        Assert.Equal(0, await DeclarationsOfAsync(world.Student.Id));
        var details = await client.GetDocumentAsync($"/eleves/{world.Student.Id}");
        Assert.Contains("Sans solution", details.QuerySelector("#situation + p")!.TextContent);
        Assert.Null(details.QuerySelector($"form[action='/eleves/{world.Student.Id}/situation']"));
    }

    [Fact]
    public async Task A_search_note_without_text_is_refused_in_french_and_the_form_is_shown_again()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        var board = $"/suivi?classe={world.Class.Id}";

        var response = await client.PostFormAsync(board, $"/eleves/{world.Student.Id}/situation", Declaration(DeclarationKind.Searching, "   ", board));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Indiquez où en est la recherche de l'élève (une note datée)."], await AppClient.FieldErrorsAsync(response));
        Assert.Equal(0, await DeclarationsOfAsync(world.Student.Id));
        var page = await AppClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal(board, page.QuerySelector("input[name=returnUrl]")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("#Form_Kind[checked]"));
        Assert.Equal("Le formulaire n'a pas été enregistré", page.QuerySelector("#form-errors h2")!.TextContent.Trim());
    }

    [Fact]
    public async Task An_unknown_kind_is_refused_in_french()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);

        var response = await client.PostFormAsync($"/eleves/{world.Student.Id}/situation", $"/eleves/{world.Student.Id}/situation",
            new() { ["Form.Kind"] = "Vacances", ["Form.Note"] = "Plage" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("La valeur « Vacances » n'est pas valide.", await AppClient.FieldErrorsAsync(response));
        Assert.Equal(0, await DeclarationsOfAsync(world.Student.Id));
    }

    [Fact]
    public async Task An_snu_declaration_changes_the_situation_shown_and_is_in_the_history()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);

        var form = Declaration(DeclarationKind.Snu, "Séjour de cohésion à Brest.");
        form["Form.SnuKind"] = nameof(SnuKind.CohesionStay);
        form["Form.SnuStart"] = world.Year.Week1Start.AddDays(-3).ToString("yyyy-MM-dd");
        form["Form.SnuEnd"] = world.Year.Week2End.ToString("yyyy-MM-dd");
        var response = await client.PostFormAsync($"/eleves/{world.Student.Id}", $"/eleves/{world.Student.Id}/situation", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/eleves/{world.Student.Id}#situation", response.Headers.Location!.OriginalString);
        var details = await client.GetDocumentAsync($"/eleves/{world.Student.Id}");
        Assert.Equal("SNU", details.QuerySelector("#situation + p .fr-badge")!.TextContent.Trim());
        var history = details.QuerySelectorAll("#situation ~ .fr-table tbody tr").Select(tr => tr.Children.Select(c => c.TextContent.Trim()).ToList()).Single();
        Assert.Matches(@"^\d\d/\d\d/\d{4} à \d\dh\d\d$", history[0]);
        Assert.Equal("Direction TEST", history[1]);
        Assert.Equal(["SNU (séjour de cohésion ou mission d'intérêt général)",
            $"Séjour de cohésion, du {world.Year.Week1Start.AddDays(-3):dd/MM/yyyy} au {world.Year.Week2End:dd/MM/yyyy}", "Séjour de cohésion à Brest."], history[2..]);
        var row = BoardScenario.Rows(await client.GetDocumentAsync($"/suivi?classe={world.Class.Id}")).Single();
        Assert.Equal("SNU", row.Situation);
        Assert.NotEqual("—", row.LastChange);
    }

    [Fact]
    public async Task The_history_shows_the_declarations_latest_first_in_paris_time()
    {
        var world = await SchoolWorld.CreateAsync(app);
        await app.WithDbAsync(async db =>
        {
            var student = await db.Students.IgnoreQueryFilters().SingleAsync(s => s.Id == world.Student.Id);
            var by = new Actor("ancien.pp@test.fr");
            db.Add(PlacementDeclaration.Declare(student, DeclarationKind.Searching, "Première piste.", by, new DateTimeOffset(2027, 1, 10, 8, 5, 0, TimeSpan.Zero)));
            db.Add(PlacementDeclaration.Declare(student, DeclarationKind.InSchoolProgramme, null, by, new DateTimeOffset(2027, 5, 20, 22, 30, 0, TimeSpan.Zero)));
            await db.SaveChangesAsync();
        });
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);

        var page = await client.GetDocumentAsync($"/eleves/{world.Student.Id}/situation");

        var rows = page.QuerySelectorAll(".fr-table tbody tr").Select(tr => tr.Children.Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(["21/05/2027 à 00h30", "ancien.pp@test.fr", "Programme au lycée", "semaines 1 et 2", "—"], rows[0]);
        Assert.Equal(["10/01/2027 à 09h05", "ancien.pp@test.fr", "En recherche", "—", "Première piste."], rows[1]);
        Assert.Equal("Programme au lycée", page.QuerySelector(".fr-badge")!.TextContent.Trim());
    }

    [Theory]
    [InlineData(Roles.Secretariat)]
    [InlineData(Roles.ProfesseurPrincipal)]
    public async Task Only_the_direction_exempts_a_student_who_is_not_sthr_and_an_sthr_student_may_opt_out(string role)
    {
        var world = await SchoolWorld.CreateAsync(app);
        var sthr = TestData.Student(world.School.Id, world.Class.Id, "Hôtelier");
        sthr.Sthr();
        sthr = await app.AddAsync(sthr);
        using var client = role == Roles.ProfesseurPrincipal
            ? await BoardScenario.SignInAsPrincipalOfAsync(app, world.School.Id, world.Class.Id)
            : await app.SignInAsAsync(role, world.School.Id);
        var token = await client.TokenFromAsync($"/eleves/{world.Student.Id}/situation");

        using var refused = await client.PostWithTokenAsync($"/eleves/{world.Student.Id}/situation", token, Declaration(DeclarationKind.Exempted, "Raison médicale"));
        var accepted = await client.PostFormAsync($"/eleves/{sthr.Id}", $"/eleves/{sthr.Id}/situation", Declaration(DeclarationKind.Exempted, null));

        Assert.Contains("/acces-refuse", refused.Headers.Location!.OriginalString);
        Assert.Equal(0, await DeclarationsOfAsync(world.Student.Id));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var declaration = await app.WithDbAsync(db => db.PlacementDeclarations.IgnoreQueryFilters().SingleAsync(d => d.StudentId == sthr.Id));
        Assert.Equal(ExemptionGround.SthrOptOut, declaration.Exemption);
        // The form offers the direction's exemption to the direction only.
        var form = await client.GetDocumentAsync($"/eleves/{world.Student.Id}/situation");
        Assert.Null(form.QuerySelector("input[name='Form.Kind'][value='Exempted']"));
    }

    [Fact]
    public async Task The_direction_exempts_a_student_with_a_reason_only()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);
        Assert.NotNull((await client.GetDocumentAsync($"/eleves/{world.Student.Id}/situation")).QuerySelector("input[name='Form.Kind'][value='Exempted']"));

        var refused = await client.PostFormAsync($"/eleves/{world.Student.Id}/situation", $"/eleves/{world.Student.Id}/situation", Declaration(DeclarationKind.Exempted, " "));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(["Une dispense décidée par la direction doit être motivée : indiquez la raison dans la note."], await AppClient.FieldErrorsAsync(refused));
        Assert.Equal(0, await DeclarationsOfAsync(world.Student.Id));

        var accepted = await client.PostFormAsync($"/eleves/{world.Student.Id}/situation", $"/eleves/{world.Student.Id}/situation",
            Declaration(DeclarationKind.Exempted, "Raison médicale documentée (certificat du 3 mai)."));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var declaration = await app.WithDbAsync(db => db.PlacementDeclarations.IgnoreQueryFilters().SingleAsync(d => d.StudentId == world.Student.Id));
        Assert.Equal(ExemptionGround.DirectionDecision, declaration.Exemption);
        var details = await client.GetDocumentAsync($"/eleves/{world.Student.Id}");
        Assert.Equal("Dispensé", details.QuerySelector("#situation + p .fr-badge")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("https://exemple.fr/suivi")]
    [InlineData("//exemple.fr/suivi")]
    public async Task A_return_address_of_another_site_is_ignored(string returnUrl)
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);

        var response = await client.PostFormAsync($"/eleves/{world.Student.Id}", $"/eleves/{world.Student.Id}/situation",
            Declaration(DeclarationKind.Searching, "Erasmus", returnUrl));

        Assert.Equal($"/eleves/{world.Student.Id}#situation", response.Headers.Location!.OriginalString);
        Assert.Equal(1, await DeclarationsOfAsync(world.Student.Id));
    }

    [Fact]
    public async Task Nothing_can_be_declared_for_a_student_who_has_left()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var left = TestData.Student(world.School.Id, world.Class.Id, "Parti");
        left.Leave(new DateOnly(2027, 2, 1));
        left = await app.AddAsync(left);
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);

        var response = await client.PostFormAsync($"/eleves/{world.Student.Id}", $"/eleves/{left.Id}/situation", Declaration(DeclarationKind.Snu, null));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Contains("Cet élève a quitté le lycée : sa situation ne peut plus être modifiée.", page.QuerySelector("main")!.TextContent);
        Assert.Null(page.QuerySelector($"form[action='/eleves/{left.Id}/situation']"));
        Assert.Equal(0, await DeclarationsOfAsync(left.Id));
        var details = await client.GetDocumentAsync($"/eleves/{left.Id}");
        Assert.Null(details.QuerySelector($"form[action='/eleves/{left.Id}/situation']"));
    }
}
