using System.Net;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Features.Classes;

public sealed class ClassesTests(TestApp app) : IClassFixture<TestApp>
{
    private static List<KeyValuePair<string, string?>> Form(string? code, string? label = "Seconde générale et technologique", int version = 0, params int[] principalTeacherIds)
    {
        var fields = new List<KeyValuePair<string, string?>>
        {
            new("Form.Version", version.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Form.Code", code), new("Form.Label", label),
        };
        fields.AddRange(principalTeacherIds.Select(id => new KeyValuePair<string, string?>("Form.PrincipalTeacherIds", id.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        return fields;
    }

    private static async Task<HttpResponseMessage> PostAsync(AppClient client, string url, List<KeyValuePair<string, string?>> fields) =>
        await client.PostWithTokenAsync(url, await client.TokenFromAsync(url), fields);

    private Task AssignPrincipalAsync(int classId, int staffId) => app.WithDbAsync(async db =>
    {
        var schoolClass = await db.Classes.IgnoreQueryFilters().Include(c => c.PrincipalTeachers).SingleAsync(c => c.Id == classId);
        schoolClass.PrincipalTeachers.Add(await db.Staff.IgnoreQueryFilters().SingleAsync(s => s.Id == staffId));
        await db.SaveChangesAsync();
    });

    private Task<SchoolClass> LoadAsync(int classId) =>
        app.WithDbAsync(db => db.Classes.IgnoreQueryFilters().Include(c => c.PrincipalTeachers).SingleAsync(c => c.Id == classId));

    private static IReadOnlyList<string> Codes(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("tbody td:first-child a").Select(a => a.TextContent.Trim()).ToList();

    [Fact]
    public async Task The_secretariat_creates_a_class_with_an_upper_cased_code_and_its_principal_teachers()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);

        var response = await PostAsync(client, "/classes/nouvelle", Form(" 2nde 7 ", principalTeacherIds: world.Staff.Id));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var created = await app.WithDbAsync(db => db.Classes.IgnoreQueryFilters().Include(c => c.PrincipalTeachers).SingleAsync(c => c.SchoolId == world.School.Id && c.Code == "2NDE 7"));
        Assert.Equal([world.Staff.Id], created.PrincipalTeachers.Select(s => s.Id));
        var details = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Classe 2NDE 7", details.QuerySelector("h1")!.TextContent);
        Assert.Contains("Classe 2NDE 7 créée.", details.Body!.TextContent);
        Assert.NotNull(details.QuerySelector($"a[href='/personnels/{world.Staff.Id}']"));
    }

    [Fact]
    public async Task A_missing_code_is_refused_in_french_and_nothing_is_written()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);
        var before = await app.CountAsync<SchoolClass>();

        var response = await PostAsync(client, "/classes/nouvelle", Form("  ", "Seconde européenne", principalTeacherIds: world.Staff.Id));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Code de la division : ce champ est obligatoire.", await AppClient.FieldErrorsAsync(response));
        Assert.Equal(before, await app.CountAsync<SchoolClass>());
        var page = await AppClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal("Seconde européenne", page.QuerySelector("#Form_Label")!.GetAttribute("value"));
        Assert.True(page.QuerySelector($"#Form_PrincipalTeacherIds_{world.Staff.Id}")!.HasAttribute("checked"));
    }

    [Fact]
    public async Task A_principal_teacher_of_another_school_is_refused()
    {
        var other = await SchoolWorld.CreateAsync(app);
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        var before = await app.CountAsync<SchoolClass>();

        var response = await PostAsync(client, "/classes/nouvelle", Form("2NDE9", principalTeacherIds: other.Staff.Id));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(await AppClient.FieldErrorsAsync(response), e => e.StartsWith("Un des personnels cochés n'existe plus"));
        Assert.Equal(before, await app.CountAsync<SchoolClass>());
    }

    [Fact]
    public async Task A_code_already_used_in_the_school_links_to_the_existing_class()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        var before = await app.CountAsync<SchoolClass>();

        var response = await PostAsync(client, "/classes/nouvelle", Form(world.Class.Code.ToLowerInvariant()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.NotNull(page.QuerySelector($".fr-alert a[href='/classes/{world.Class.Id}']"));
        Assert.Contains($"Le code « {world.Class.Code} » est déjà celui d'une classe de l'établissement.", await AppClient.FieldErrorsAsync(response));
        Assert.Equal(before, await app.CountAsync<SchoolClass>());
    }

    [Fact]
    public async Task The_same_code_may_exist_in_another_school()
    {
        var other = await SchoolWorld.CreateAsync(app);
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);

        var response = await PostAsync(client, "/classes/nouvelle", Form(other.Class.Code));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task Mine_shows_only_the_classes_of_the_signed_in_principal_teacher()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var email = await app.CreateUserAsync(world.School.Id, Roles.ProfesseurPrincipal);
        var staff = await app.WithDbAsync(db => db.Staff.IgnoreQueryFilters().SingleAsync(s => s.Email == email));
        var mine = await app.AddAsync(TestData.Class(world.School.Id, "2NDE10"));
        var colleague = await app.AddAsync(TestData.Class(world.School.Id, "2NDE11"));
        await AssignPrincipalAsync(mine.Id, staff.Id);
        await AssignPrincipalAsync(colleague.Id, world.Staff.Id);
        using var client = await app.SignInAsync(email);

        var home = await client.GetAsync("/");
        Assert.Equal("/suivi", home.Headers.Location!.OriginalString);
        var page = await client.GetDocumentAsync("/classes?mine=true");

        Assert.Equal("Mes classes", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(["2NDE10"], Codes(page));
        var all = await client.GetDocumentAsync("/classes");
        Assert.Equal(new[] { "2NDE10", "2NDE11", world.Class.Code }.Order(), Codes(all).Order());
    }

    [Fact]
    public async Task A_principal_teacher_without_class_gets_a_page_explaining_who_assigns_classes()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.ProfesseurPrincipal, world.School.Id);

        var page = await client.GetDocumentAsync("/classes?mine=true");

        Assert.Equal("Mes classes", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Empty(page.QuerySelectorAll("tbody tr"));
        Assert.Contains("par la Direction ou le secrétariat", page.QuerySelector(".fr-callout")!.TextContent);
    }

    [Fact]
    public async Task The_list_searches_by_code_prefix_and_counts_only_present_students()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var a = await app.AddAsync(TestData.Class(world.School.Id, "2GT-A"));
        await app.AddAsync(TestData.Class(world.School.Id, "2GT-B"));
        await app.AddAsync(TestData.Student(world.School.Id, a.Id));
        await app.AddAsync(TestData.Student(world.School.Id, a.Id));
        var left = TestData.Student(world.School.Id, a.Id);
        left.Leave(new DateOnly(2027, 1, 15));
        await app.AddAsync(left);
        await AssignPrincipalAsync(a.Id, world.Staff.Id);
        using var client = await app.SignInAsAsync(Roles.Enseignant, world.School.Id);

        var page = await client.GetDocumentAsync("/classes?q=2gt&sort=-code");

        Assert.Equal(["2GT-B", "2GT-A"], Codes(page));
        var rowA = page.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("a")!.TextContent == "2GT-A");
        Assert.Equal("2", rowA.Children[2].TextContent.Trim());
        Assert.Equal(world.Staff.FullName, rowA.Children[3].TextContent.Trim());
        var none = await client.GetDocumentAsync("/classes?q=1G");
        Assert.Contains("Aucune classe ne correspond", none.Body!.TextContent);
    }

    [Fact]
    public async Task The_details_list_the_students_by_name_with_a_link_and_the_sthr_badge()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var zoe = await app.AddAsync(TestData.Student(world.School.Id, world.Class.Id, "Zidane", "Zoé", new DateOnly(2011, 5, 2)));
        var sthr = TestData.Student(world.School.Id, world.Class.Id, "Aubert", "Élie");
        sthr.Sthr();
        await app.AddAsync(sthr);
        using var client = await app.SignInAsAsync(Roles.Cpe, world.School.Id);

        var page = await client.GetDocumentAsync($"/classes/{world.Class.Id}");

        var rows = page.QuerySelectorAll("tbody tr").ToList();
        // Sorted as a French reader expects: « Élève » between « Aubert » and « Zidane ».
        Assert.Equal(["AUBERT Élie", world.Student.FullName, "ZIDANE Zoé"], rows.Select(r => r.QuerySelector("td a")!.TextContent));
        var aubert = rows.Single(r => r.TextContent.Contains("AUBERT Élie"));
        Assert.Contains("STHR", aubert.QuerySelector(".fr-badge")!.TextContent);
        var zidane = rows.Single(r => r.TextContent.Contains("ZIDANE Zoé"));
        Assert.Equal($"/eleves/{zoe.Id}", zidane.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("02/05/2011", zidane.TextContent);
        Assert.Null(zidane.QuerySelector(".fr-badge"));
    }

    [Fact]
    public async Task Editing_replaces_the_principal_teachers()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var newcomer = await app.AddAsync(TestData.Staff(world.School.Id, "Nouveau"));
        await AssignPrincipalAsync(world.Class.Id, world.Staff.Id);
        using var client = await app.SignInAsAsync(Roles.Administrateur, world.School.Id);
        var url = $"/classes/{world.Class.Id}/modifier";
        var edit = await client.GetDocumentAsync(url);
        Assert.True(edit.QuerySelector($"#Form_PrincipalTeacherIds_{world.Staff.Id}")!.HasAttribute("checked"));
        var version = int.Parse(edit.QuerySelector("input[name='Form.Version']")!.GetAttribute("value")!, System.Globalization.CultureInfo.InvariantCulture);

        var response = await PostAsync(client, url, Form(world.Class.Code, "Seconde 1", version, newcomer.Id));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await LoadAsync(world.Class.Id);
        Assert.Equal([newcomer.Id], saved.PrincipalTeachers.Select(s => s.Id));
        Assert.Equal("Seconde 1", saved.Label);
        Assert.Equal(version + 1, saved.Version);
    }

    [Fact]
    public async Task A_second_edit_based_on_an_old_version_is_refused_and_keeps_the_input()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var other = await app.AddAsync(TestData.Staff(world.School.Id, "Autre"));
        using var first = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        using var second = await app.SignInAsAsync(Roles.Direction, world.School.Id);
        var url = $"/classes/{world.Class.Id}/modifier";
        var token1 = await first.TokenFromAsync(url);
        var token2 = await second.TokenFromAsync(url);

        // Both only change the professeurs principaux: a change of the join table alone is checked too.
        var ok = await first.PostWithTokenAsync(url, token1, Form(world.Class.Code, world.Class.Label, 1, world.Staff.Id));
        var conflict = await second.PostWithTokenAsync(url, token2, Form(world.Class.Code, world.Class.Label, 1, other.Id));

        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var page = await AppClient.ParseAsync(await conflict.Content.ReadAsStringAsync());
        Assert.Contains("Quelqu'un d'autre a modifié cette fiche", page.QuerySelector("#form-errors")!.TextContent);
        Assert.True(page.QuerySelector($"#Form_PrincipalTeacherIds_{other.Id}")!.HasAttribute("checked"));
        Assert.False(page.QuerySelector($"#Form_PrincipalTeacherIds_{world.Staff.Id}")!.HasAttribute("checked"));
        Assert.Equal("2", page.QuerySelector("input[name='Form.Version']")!.GetAttribute("value"));
        Assert.Equal([world.Staff.Id], (await LoadAsync(world.Class.Id)).PrincipalTeachers.Select(s => s.Id));
    }

    [Fact]
    public async Task A_concurrent_edit_of_the_label_keeps_the_typed_label()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var first = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        using var second = await app.SignInAsAsync(Roles.Administrateur, world.School.Id);
        var url = $"/classes/{world.Class.Id}/modifier";
        var token1 = await first.TokenFromAsync(url);
        var token2 = await second.TokenFromAsync(url);

        var ok = await first.PostWithTokenAsync(url, token1, Form(world.Class.Code, "Libellé du premier", 1));
        var conflict = await second.PostWithTokenAsync(url, token2, Form(world.Class.Code, "Libellé du second", 1));

        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var page = await AppClient.ParseAsync(await conflict.Content.ReadAsStringAsync());
        Assert.Equal("Libellé du second", page.QuerySelector("#Form_Label")!.GetAttribute("value"));
        Assert.Equal("Libellé du premier", (await LoadAsync(world.Class.Id)).Label);
    }

    [Fact]
    public async Task A_class_with_students_cannot_be_deleted_but_can_be_archived()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        var url = $"/classes/{world.Class.Id}/supprimer";

        var explanation = await client.GetDocumentAsync(url);
        Assert.Contains("ne peut pas être supprimée", explanation.QuerySelector("h1")!.TextContent);
        Assert.Null(explanation.QuerySelector($"form[action='{url}']"));
        Assert.NotNull(explanation.QuerySelector($"form[action='/classes/{world.Class.Id}/archiver']"));

        var refused = await client.PostFormAsync(url, url, []);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.Classes.IgnoreQueryFilters().AnyAsync(c => c.Id == world.Class.Id)));

        var version = explanation.QuerySelector("form[action$='/archiver'] input[name=version]")!.GetAttribute("value");
        var archived = await client.PostFormAsync(url, $"/classes/{world.Class.Id}/archiver", new() { ["archived"] = "true", ["version"] = version });
        Assert.Equal(HttpStatusCode.Redirect, archived.StatusCode);
        Assert.True((await LoadAsync(world.Class.Id)).IsArchived);
        Assert.Empty(Codes(await client.GetDocumentAsync("/classes")));
        Assert.Equal([world.Class.Code], Codes(await client.GetDocumentAsync("/classes?archived=true")));
    }

    [Fact]
    public async Task An_empty_class_is_deleted_after_confirmation_with_its_principal_teacher_links()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var empty = await app.AddAsync(TestData.Class(world.School.Id, "2NDE12"));
        await AssignPrincipalAsync(empty.Id, world.Staff.Id);
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);
        var url = $"/classes/{empty.Id}/supprimer";

        var confirm = await client.GetDocumentAsync(url);
        Assert.Contains("Cette action est irréversible", confirm.Body!.TextContent);
        var response = await client.PostFormAsync(url, url, []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Classes.IgnoreQueryFilters().AnyAsync(c => c.Id == empty.Id)));
        Assert.True(await app.WithDbAsync(db => db.Staff.IgnoreQueryFilters().AnyAsync(s => s.Id == world.Staff.Id)));
    }

    [Fact]
    public async Task A_cpe_reads_classes_but_cannot_edit_them()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Cpe, world.School.Id);

        var details = await client.GetDocumentAsync($"/classes/{world.Class.Id}");
        Assert.Null(details.QuerySelector($"a[href='/classes/{world.Class.Id}/modifier']"));
        var create = await client.GetAsync("/classes/nouvelle");
        Assert.Equal(HttpStatusCode.Redirect, create.StatusCode);
        Assert.Contains("/acces-refuse", create.Headers.Location!.ToString());
        var token = await client.TokenFromAsync($"/classes/{world.Class.Id}");
        var edit = await client.PostWithTokenAsync($"/classes/{world.Class.Id}/modifier", token, Form("PIRATE", version: 1));
        Assert.Contains("/acces-refuse", edit.Headers.Location!.ToString());
        Assert.Equal(world.Class.Code, (await LoadAsync(world.Class.Id)).Code);
    }

    [Fact]
    public async Task A_class_of_another_school_is_not_found()
    {
        var other = await SchoolWorld.CreateAsync(app);
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/classes/{other.Class.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/classes/{other.Class.Id}/modifier")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/classes/{other.Class.Id}/supprimer")).StatusCode);
    }
}
