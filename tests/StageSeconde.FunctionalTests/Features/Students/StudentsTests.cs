using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Features.Students;

public sealed class StudentsTests(TestApp app) : IClassFixture<TestApp>
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.ToParis());

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Every test gets INEs of its own: the table is shared by the tests of the class.</summary>
    private static string NewIne() => $"{Random.Shared.NextInt64(1_000_000_000L, 9_999_999_999L)}K";

    private static Dictionary<string, string?> ValidForm(int classId, string? ine = null, string lastName = "Lefèvre", string firstName = "Zoé") => new()
    {
        ["Form.Version"] = "0", ["Form.Ine"] = ine ?? NewIne(), ["Form.LastName"] = lastName, ["Form.FirstName"] = firstName,
        ["Form.BirthDate"] = Iso(Today.AddYears(-15)), ["Form.SchoolClassId"] = classId.ToString(CultureInfo.InvariantCulture),
        ["Form.AddressLine"] = "12 rue Danton", ["Form.PostalCode"] = "94200", ["Form.City"] = "Ivry-sur-Seine",
        ["Form.Email"] = "zoe.lefevre@example.fr", ["Form.Phone"] = "06 12 34 56 78", ["Form.IsSthr"] = "false",
    };

    private static List<string> Names(IDocument list) =>
        list.QuerySelectorAll("tbody td:first-child a").Select(a => a.TextContent.Trim()).ToList();

    [Fact]
    public async Task The_secretariat_creates_a_student_with_normalised_ine_and_phone()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        var form = ValidForm(world.Class.Id, ine: " 1234567890a ");
        form["Form.Phone"] = "+33 6 12 34 56 78";
        form["Form.IsSthr"] = "true";

        var response = await client.PostFormAsync("/eleves/nouveau", "/eleves/nouveau", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var student = await app.WithDbAsync(db => db.Students.IgnoreQueryFilters().SingleAsync(s => s.SchoolId == world.School.Id && s.LastName == "Lefèvre"));
        Assert.Equal("1234567890A", student.Ine);
        Assert.Equal("0612345678", student.Phone);
        Assert.Equal("lefevre zoe", student.SearchKey);
        Assert.Equal(world.Class.Id, student.SchoolClassId);
        Assert.True(student.IsSthr);
        Assert.Null(student.LeftOn);
        var details = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("LEFÈVRE Zoé", details.QuerySelector("h1")!.TextContent);
        Assert.Contains("Élève LEFÈVRE Zoé enregistré(e)", details.Body!.TextContent);
        Assert.Contains("06 12 34 56 78", details.Body!.TextContent);
        Assert.Contains("Dernière modification le", details.Body!.TextContent);
    }

    [Fact]
    public async Task Missing_and_broken_fields_are_refused_in_french_and_nothing_is_written()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);
        var before = await app.CountAsync<Student>();
        var form = ValidForm(world.Class.Id, ine: "12345ABCDEF");
        form["Form.LastName"] = " ";
        form["Form.Phone"] = "06 12 34";
        form["Form.PostalCode"] = "9420";
        form["Form.Email"] = "zoe.lefevre@";

        var response = await client.PostFormAsync("/eleves/nouveau", "/eleves/nouveau", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = await AppClient.FieldErrorsAsync(response);
        Assert.Contains(errors, e => e.StartsWith("L'INE comporte 11 caractères"));
        Assert.Contains("Nom : ce champ est obligatoire.", errors);
        Assert.Contains(errors, e => e.StartsWith("Numéro de téléphone invalide"));
        Assert.Contains("Le code postal comporte 5 chiffres.", errors);
        Assert.Contains(errors, e => e.StartsWith("Adresse électronique invalide"));
        Assert.Equal(before, await app.CountAsync<Student>());
        var page = await AppClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal("Ivry-sur-Seine", page.QuerySelector("#Form_City")!.GetAttribute("value"));
        Assert.Equal(world.Class.Id.ToString(CultureInfo.InvariantCulture), page.QuerySelector("#Form_SchoolClassId option[selected]")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("#form-errors a[href='#Form_Ine']"));
    }

    [Fact]
    public async Task A_missing_birth_date_and_class_are_refused()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        var before = await app.CountAsync<Student>();
        var form = ValidForm(world.Class.Id);
        form["Form.BirthDate"] = "";
        form["Form.SchoolClassId"] = "";

        var response = await client.PostFormAsync("/eleves/nouveau", "/eleves/nouveau", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = await AppClient.FieldErrorsAsync(response);
        Assert.Contains("Date de naissance : ce champ est obligatoire.", errors);
        Assert.Contains("Classe : choisissez une classe.", errors);
        Assert.Equal(before, await app.CountAsync<Student>());
    }

    public static TheoryData<string> ImplausibleBirthDates() => new()
    {
        "1990-05-01",
        Iso(Today.AddYears(-1)),
        Iso(Today.AddYears(-12)),
        Iso(Today.AddYears(-25)),
    };

    [Theory]
    [MemberData(nameof(ImplausibleBirthDates))]
    public async Task An_implausible_birth_date_for_a_seconde_student_is_refused(string birthDate)
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        var before = await app.CountAsync<Student>();
        var form = ValidForm(world.Class.Id);
        form["Form.BirthDate"] = birthDate;

        var response = await client.PostFormAsync("/eleves/nouveau", "/eleves/nouveau", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(await AppClient.FieldErrorsAsync(response), e => e.StartsWith("Date de naissance peu plausible pour un élève de seconde"));
        Assert.Equal(before, await app.CountAsync<Student>());
    }

    [Fact]
    public async Task A_class_that_is_not_one_of_the_school_is_refused()
    {
        var other = await SchoolWorld.CreateAsync(app);
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        var before = await app.CountAsync<Student>();

        foreach (var classId in new[] { other.Class.Id, 987654 })
        {
            var response = await client.PostFormAsync("/eleves/nouveau", "/eleves/nouveau", ValidForm(classId));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(await AppClient.FieldErrorsAsync(response), e => e.StartsWith("Cette classe n'existe pas dans votre établissement"));
        }
        Assert.Equal(before, await app.CountAsync<Student>());
        var page = await client.GetDocumentAsync("/eleves/nouveau");
        var offered = page.QuerySelectorAll("#Form_SchoolClassId option").Select(o => o.TextContent).ToList();
        Assert.Contains(world.Class.Code, offered);
        Assert.DoesNotContain(other.Class.Code, offered);
    }

    [Fact]
    public async Task An_ine_already_used_in_the_school_links_to_the_student_who_has_it()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        var before = await app.CountAsync<Student>();

        var response = await client.PostFormAsync("/eleves/nouveau", "/eleves/nouveau", ValidForm(world.Class.Id, ine: world.Student.Ine!.ToLowerInvariant()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.NotNull(page.QuerySelector($".fr-alert--info a[href='/eleves/{world.Student.Id}']"));
        Assert.Contains($"Cet INE est déjà celui de l'élève {world.Student.FullName}.", await AppClient.FieldErrorsAsync(response));
        Assert.Equal(before, await app.CountAsync<Student>());
    }

    [Fact]
    public async Task The_same_ine_may_exist_in_another_school_and_a_student_keeps_their_own_ine_on_edit()
    {
        var other = await SchoolWorld.CreateAsync(app);
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);

        var created = await client.PostFormAsync("/eleves/nouveau", "/eleves/nouveau", ValidForm(world.Class.Id, ine: other.Student.Ine));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var editUrl = $"/eleves/{world.Student.Id}/modifier";
        var form = ValidForm(world.Class.Id, ine: world.Student.Ine, lastName: "Nouveau-Nom");
        form["Form.Version"] = "1";
        var edited = await client.PostFormAsync(editUrl, editUrl, form);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        var saved = await app.WithDbAsync(db => db.Students.IgnoreQueryFilters().SingleAsync(s => s.Id == world.Student.Id));
        Assert.Equal("Nouveau-Nom", saved.LastName);
        Assert.Equal(2, saved.Version);
    }

    [Fact]
    public async Task A_second_edit_based_on_an_old_version_is_refused_and_keeps_the_input()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var first = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        using var second = await app.SignInAsAsync(Roles.Direction, world.School.Id);
        var editUrl = $"/eleves/{world.Student.Id}/modifier";
        var token1 = await first.TokenFromAsync(editUrl);
        var token2 = await second.TokenFromAsync(editUrl);
        var form1 = ValidForm(world.Class.Id, ine: world.Student.Ine, firstName: "Prénom du premier");
        form1["Form.Version"] = "1";
        var form2 = ValidForm(world.Class.Id, ine: world.Student.Ine, firstName: "Prénom du second");
        form2["Form.Version"] = "1";

        var ok = await first.PostWithTokenAsync(editUrl, token1, form1);
        var conflict = await second.PostWithTokenAsync(editUrl, token2, form2);

        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var page = await AppClient.ParseAsync(await conflict.Content.ReadAsStringAsync());
        Assert.Contains("Quelqu'un d'autre a modifié cette fiche", page.QuerySelector("#form-errors")!.TextContent);
        Assert.Equal("Prénom du second", page.QuerySelector("#Form_FirstName")!.GetAttribute("value"));
        var saved = await app.WithDbAsync(db => db.Students.IgnoreQueryFilters().SingleAsync(s => s.Id == world.Student.Id));
        Assert.Equal("Prénom du premier", saved.FirstName);
    }

    [Fact]
    public async Task The_list_searches_by_name_prefix_without_accents_and_by_exact_ine()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var lefevre = await app.AddAsync(TestData.Student(world.School.Id, world.Class.Id, "Lefèvre", "Zoé"));
        await app.AddAsync(TestData.Student(world.School.Id, world.Class.Id, "Lefebvre", "Marc"));
        await app.AddAsync(TestData.Student(world.School.Id, world.Class.Id, "Martin", "Éloïse"));
        using var client = await app.SignInAsAsync(Roles.Enseignant, world.School.Id);

        Assert.Equal(["LEFEBVRE Marc", "LEFÈVRE Zoé"], Names(await client.GetDocumentAsync("/eleves?q=LEFE")));
        Assert.Equal(["LEFÈVRE Zoé"], Names(await client.GetDocumentAsync("/eleves?q=lefev")));
        Assert.Equal(["MARTIN Éloïse"], Names(await client.GetDocumentAsync("/eleves?q=eloise")));
        Assert.Equal(["LEFÈVRE Zoé"], Names(await client.GetDocumentAsync($"/eleves?q={lefevre.Ine!.ToLowerInvariant()}")));

        var none = await client.GetDocumentAsync("/eleves?q=zzz");
        Assert.Empty(Names(none));
        Assert.Contains("Aucun élève ne correspond à cette recherche.", none.Body!.TextContent);
    }

    [Fact]
    public async Task The_list_filters_by_class_and_by_sthr()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var other = await app.AddAsync(TestData.Class(world.School.Id));
        await app.AddAsync(TestData.Student(world.School.Id, other.Id, "Bernard", "Inès"));
        var sthr = TestData.Student(world.School.Id, other.Id, "Petit", "Noah");
        sthr.Sthr();
        await app.AddAsync(sthr);
        using var client = await app.SignInAsAsync(Roles.Cpe, world.School.Id);

        var byClass = await client.GetDocumentAsync($"/eleves?classe={other.Id}");
        Assert.Equal(["BERNARD Inès", "PETIT Noah"], Names(byClass));
        Assert.Equal(other.Id.ToString(CultureInfo.InvariantCulture), byClass.QuerySelector("#classe option[selected]")!.GetAttribute("value"));
        Assert.Equal([world.Student.FullName], Names(await client.GetDocumentAsync($"/eleves?classe={world.Class.Id}")));
        Assert.Equal(["PETIT Noah"], Names(await client.GetDocumentAsync("/eleves?sthr=true")));
        Assert.DoesNotContain("PETIT Noah", Names(await client.GetDocumentAsync("/eleves?sthr=false")));
    }

    [Fact]
    public async Task The_list_sorts_by_name_class_and_birth_date_both_ways()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var classA = await app.AddAsync(TestData.Class(world.School.Id, "2NDE-A" + world.School.Id));
        var classB = await app.AddAsync(TestData.Class(world.School.Id, "2NDE-B" + world.School.Id));
        await app.AddAsync(TestData.Student(world.School.Id, classB.Id, "Aubert", "Jade", new DateOnly(2011, 6, 1)));
        await app.AddAsync(TestData.Student(world.School.Id, classA.Id, "Colin", "Tom", new DateOnly(2010, 1, 15)));
        await app.AddAsync(TestData.Student(world.School.Id, classA.Id, "Barre", "Lina", new DateOnly(2011, 12, 24)));
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);

        async Task<List<string>> Sorted(string sort) =>
            Names(await client.GetDocumentAsync($"/eleves?sort={sort}")).Where(n => n != world.Student.FullName).ToList();

        Assert.Equal(["AUBERT Jade", "BARRE Lina", "COLIN Tom"], await Sorted("name"));
        Assert.Equal(["COLIN Tom", "BARRE Lina", "AUBERT Jade"], await Sorted("-name"));
        Assert.Equal(["BARRE Lina", "COLIN Tom", "AUBERT Jade"], await Sorted("class"));
        Assert.Equal(["AUBERT Jade", "BARRE Lina", "COLIN Tom"], await Sorted("-class"));
        Assert.Equal(["COLIN Tom", "AUBERT Jade", "BARRE Lina"], await Sorted("birth"));
        Assert.Equal(["BARRE Lina", "AUBERT Jade", "COLIN Tom"], await Sorted("-birth"));
        var page = await client.GetDocumentAsync("/eleves?sort=-birth");
        Assert.Equal("descending", page.QuerySelectorAll("th[aria-sort]").Single(th => th.TextContent.Contains("Date de naissance")).GetAttribute("aria-sort"));
    }

    [Fact]
    public async Task The_list_shows_fifty_students_a_page()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var big = await app.AddAsync(TestData.Class(world.School.Id));
        await app.WithDbAsync(async db =>
        {
            for (var i = 0; i < 60; i++) db.Students.Add(TestData.Student(world.School.Id, big.Id, $"Nom{i:00}", "Sam"));
            await db.SaveChangesAsync();
        });
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);

        var first = await client.GetDocumentAsync($"/eleves?classe={big.Id}");
        var second = await client.GetDocumentAsync($"/eleves?classe={big.Id}&page=2");

        Assert.Equal(50, Names(first).Count);
        Assert.Contains("60 élève(s) — lignes 1 à 50", first.QuerySelector(".app-count")!.TextContent);
        Assert.NotNull(first.QuerySelector($".fr-pagination a[href*='page=2'][href*='classe={big.Id}']"));
        Assert.Equal(10, Names(second).Count);
        Assert.Equal("NOM50 Sam", Names(second)[0]);
        Assert.Equal("2", second.QuerySelector(".fr-pagination [aria-current=page]")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_cpe_or_a_teacher_reads_students_but_cannot_change_them()
    {
        var world = await SchoolWorld.CreateAsync(app);
        foreach (var role in new[] { Roles.Cpe, Roles.Enseignant })
        {
            using var client = await app.SignInAsAsync(role, world.School.Id);

            var list = await client.GetDocumentAsync("/eleves");
            Assert.Contains(world.Student.FullName, Names(list));
            Assert.Null(list.QuerySelector("a[href='/eleves/nouveau']"));
            var details = await client.GetDocumentAsync($"/eleves/{world.Student.Id}");
            Assert.Null(details.QuerySelector($"a[href='/eleves/{world.Student.Id}/modifier']"));
            Assert.Null(details.QuerySelector("form[action$='/depart']"));

            foreach (var url in new[] { "/eleves/nouveau", $"/eleves/{world.Student.Id}/modifier", $"/eleves/{world.Student.Id}/supprimer", $"/eleves/{world.Student.Id}/responsables/nouveau" })
            {
                var response = await client.GetAsync(url);
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.Contains("/acces-refuse", response.Headers.Location!.ToString());
            }
            var post = await client.PostFormAsync($"/eleves/{world.Student.Id}", $"/eleves/{world.Student.Id}/depart", new() { ["left"] = "true" });
            Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
            Assert.Contains("/acces-refuse", post.Headers.Location!.ToString());
        }
        Assert.Null(await app.WithDbAsync(db => db.Students.IgnoreQueryFilters().Where(s => s.Id == world.Student.Id).Select(s => s.LeftOn).SingleAsync()));
    }

    [Fact]
    public async Task A_student_of_another_school_is_not_found()
    {
        var other = await SchoolWorld.CreateAsync(app);
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);

        Assert.DoesNotContain(other.Student.FullName, Names(await client.GetDocumentAsync("/eleves")));
        foreach (var url in new[] { $"/eleves/{other.Student.Id}", $"/eleves/{other.Student.Id}/modifier", $"/eleves/{other.Student.Id}/supprimer", $"/eleves/responsables/{other.Guardian.Id}/modifier" })
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
        var post = await client.PostFormAsync("/eleves", $"/eleves/{other.Student.Id}/supprimer", []);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.Students.IgnoreQueryFilters().AnyAsync(s => s.Id == other.Student.Id)));
    }

    [Fact]
    public async Task A_student_marked_as_left_leaves_the_default_list_and_can_come_back()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        var detailsUrl = $"/eleves/{world.Student.Id}";

        var left = await client.PostFormAsync(detailsUrl, $"{detailsUrl}/depart", new() { ["left"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, left.StatusCode);
        var leftOn = await app.WithDbAsync(db => db.Students.IgnoreQueryFilters().Where(s => s.Id == world.Student.Id).Select(s => s.LeftOn).SingleAsync());
        Assert.NotNull(leftOn);
        Assert.InRange(leftOn.Value.DayNumber, Today.DayNumber - 1, Today.DayNumber + 1);
        var present = await client.GetDocumentAsync("/eleves");
        Assert.Empty(Names(present));
        Assert.Contains("Aucun élève présent n'est enregistré.", present.Body!.TextContent);
        var gone = await client.GetDocumentAsync("/eleves?left=true");
        Assert.Equal([world.Student.FullName], Names(gone));
        Assert.Contains("Parti(e) le", gone.QuerySelector("tbody")!.TextContent);
        var details = await client.GetDocumentAsync(detailsUrl);
        Assert.Equal("Réintégrer", details.QuerySelector("form[action$='/depart'] button")!.TextContent.Trim());

        var back = await client.PostFormAsync(detailsUrl, $"{detailsUrl}/depart", new() { ["left"] = "false" });

        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.Equal([world.Student.FullName], Names(await client.GetDocumentAsync("/eleves")));
        Assert.Empty(Names(await client.GetDocumentAsync("/eleves?left=true")));
    }

    [Fact]
    public async Task Deleting_a_student_asks_for_confirmation_then_removes_them_with_their_guardians()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Administrateur, world.School.Id);
        var url = $"/eleves/{world.Student.Id}/supprimer";

        var confirm = await client.GetDocumentAsync(url);
        Assert.Contains("Cette action est irréversible", confirm.Body!.TextContent);
        Assert.Contains("marquez-le plutôt comme parti(e)", confirm.Body!.TextContent);
        var response = await client.PostFormAsync(url, url, []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Students.IgnoreQueryFilters().AnyAsync(s => s.Id == world.Student.Id)));
        Assert.False(await app.WithDbAsync(db => db.Guardians.IgnoreQueryFilters().AnyAsync(g => g.Id == world.Guardian.Id)));
    }
}
