using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Domain.Programme;

namespace StageSeconde.FunctionalTests.Features.Staff;

public sealed class StaffTests(TestApp app) : IClassFixture<TestApp>
{
    private static Dictionary<string, string?> ValidForm(string email, string lastName = "Dupré", int version = 0) => new()
    {
        ["Form.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Form.LastName"] = lastName, ["Form.FirstName"] = "Élise",
        ["Form.Function"] = "Professeure de SVT", ["Form.Email"] = email, ["Form.Phone"] = "+33 6 11 22 33 44",
        ["Form.AvailableDuringPeriod"] = "false",
    };

    private Task<StaffMember> LoadAsync(int id) => app.WithDbAsync(db => db.Staff.IgnoreQueryFilters().SingleAsync(s => s.Id == id));

    private static IReadOnlyList<string> Names(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("tbody td:first-child a").Select(a => a.TextContent.Trim()).ToList();

    private Task<StaffMember> StaffOfAsync(string email) =>
        app.WithDbAsync(db => db.Staff.IgnoreQueryFilters().SingleAsync(s => s.Email == email));

    [Fact]
    public async Task The_secretariat_creates_a_staff_member_with_normalised_email_and_phone()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        var create = await client.GetDocumentAsync("/personnels/nouveau");
        Assert.True(create.QuerySelector("#Form_AvailableDuringPeriod")!.HasAttribute("checked"));
        Assert.Null(create.QuerySelector("#Form_BusyAsExaminer"));

        var response = await client.PostFormAsync("/personnels/nouveau", "/personnels/nouveau", ValidForm(" Elise.Dupre@AC-Creteil.fr "));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var staff = await StaffOfAsync("elise.dupre@ac-creteil.fr");
        Assert.Equal(world.School.Id, staff.SchoolId);
        Assert.Equal("0611223344", staff.Phone);
        Assert.Equal("dupre elise", staff.SearchKey);
        Assert.False(staff.AvailableDuringPeriod);
        var details = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Equal("Élise DUPRÉ", details.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Indisponible pendant la période", details.Body!.TextContent);
    }

    [Fact]
    public async Task Missing_and_invalid_fields_are_refused_in_french_and_nothing_is_written()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);
        var before = await app.CountAsync<StaffMember>();
        var form = ValidForm("pas-une-adresse");
        form["Form.LastName"] = "";
        form["Form.Phone"] = "12 34";

        var response = await client.PostFormAsync("/personnels/nouveau", "/personnels/nouveau", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = await AppClient.FieldErrorsAsync(response);
        Assert.Contains("Nom : ce champ est obligatoire.", errors);
        Assert.Contains(errors, e => e.StartsWith("Adresse électronique invalide"));
        Assert.Contains(errors, e => e.StartsWith("Numéro de téléphone invalide"));
        Assert.Equal(before, await app.CountAsync<StaffMember>());
        var page = await AppClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal("Professeure de SVT", page.QuerySelector("#Form_Function")!.GetAttribute("value"));
        Assert.False(page.QuerySelector("#Form_AvailableDuringPeriod")!.HasAttribute("checked"));

        form = ValidForm("");
        var noEmail = await client.PostFormAsync("/personnels/nouveau", "/personnels/nouveau", form);
        Assert.Contains("Adresse électronique : ce champ est obligatoire.", await AppClient.FieldErrorsAsync(noEmail));
        Assert.Equal(before, await app.CountAsync<StaffMember>());
    }

    [Fact]
    public async Task An_email_already_used_in_the_school_links_to_the_existing_member()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        var before = await app.CountAsync<StaffMember>();

        var response = await client.PostFormAsync("/personnels/nouveau", "/personnels/nouveau", ValidForm(world.Staff.Email.ToUpperInvariant()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.NotNull(page.QuerySelector($".fr-alert a[href='/personnels/{world.Staff.Id}']"));
        Assert.Contains($"Cette adresse est déjà celle de {world.Staff.FullName}.", await AppClient.FieldErrorsAsync(response));
        Assert.Equal(before, await app.CountAsync<StaffMember>());
    }

    [Fact]
    public async Task The_same_email_may_exist_in_another_school()
    {
        var other = await SchoolWorld.CreateAsync(app);
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Administrateur, world.School.Id);

        var response = await client.PostFormAsync("/personnels/nouveau", "/personnels/nouveau", ValidForm(other.Staff.Email));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task The_list_searches_by_name_prefix_and_filters_availability_and_examiners()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var durand = TestData.Staff(world.School.Id, "Durand");
        durand.UpdateDetails(durand.LastName, "Éric", durand.Function, durand.Email, durand.Phone);
        await app.AddAsync(durand);
        // Convoked as examiner on a day of the observation period (a convocation before it does not count).
        await app.AddAsync(new ExaminerDuty(world.School.Id, durand.Id, world.Year.ObservationStart.AddDays(1), DayPart.Morning, null));
        var dupont = TestData.Staff(world.School.Id, "Dupont");
        dupont.UpdateAvailability(availableDuringPeriod: false);
        await app.AddAsync(dupont);
        await app.AddAsync(new ExaminerDuty(world.School.Id, dupont.Id, world.Year.ObservationStart.AddDays(-14), DayPart.Morning, null));
        using var client = await app.SignInAsAsync(Roles.Enseignant, world.School.Id);

        Assert.Equal(["Alex DUPONT", "Éric DURAND"], Names(await client.GetDocumentAsync("/personnels?q=du")));
        Assert.Equal(["Éric DURAND"], Names(await client.GetDocumentAsync("/personnels?q=eric")));
        Assert.Equal(["Éric DURAND"], Names(await client.GetDocumentAsync("/personnels?q=du&examiner=true")));
        Assert.Equal(["Alex DUPONT"], Names(await client.GetDocumentAsync("/personnels?q=du&available=false")));
        Assert.Equal(["Alex DUPONT"], Names(await client.GetDocumentAsync("/personnels?q=du&examiner=false")));
        Assert.Equal(["Éric DURAND", "Alex DUPONT"], Names(await client.GetDocumentAsync("/personnels?q=du&sort=-name")));
        var none = await client.GetDocumentAsync("/personnels?q=zzz");
        Assert.Contains("Aucun personnel ne correspond", none.Body!.TextContent);
    }

    [Fact]
    public async Task The_list_shows_each_account_and_its_roles_in_french()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var email = await app.CreateUserAsync(world.School.Id, Roles.Cpe);
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            await users.AddToRoleAsync((await users.FindByEmailAsync(email))!, Roles.Direction);
        }
        var withAccount = await StaffOfAsync(email);
        using var client = await app.SignInAsAsync(Roles.Administrateur, world.School.Id);

        var page = await client.GetDocumentAsync("/personnels");

        string AccountOf(int id) => page.QuerySelectorAll("tbody tr")
            .Single(r => r.QuerySelector($"a[href='/personnels/{id}']") is not null).Children[5].TextContent.Trim();
        Assert.Equal("Direction, CPE", AccountOf(withAccount.Id));
        Assert.Equal("Aucun compte", AccountOf(world.Staff.Id));
    }

    [Fact]
    public async Task The_details_show_the_classes_and_the_account_link_only_to_the_administrateur()
    {
        var world = await SchoolWorld.CreateAsync(app);
        await app.WithDbAsync(async db =>
        {
            var schoolClass = await db.Classes.IgnoreQueryFilters().Include(c => c.PrincipalTeachers).SingleAsync(c => c.Id == world.Class.Id);
            schoolClass.PrincipalTeachers.Add(await db.Staff.IgnoreQueryFilters().SingleAsync(s => s.Id == world.Staff.Id));
            await db.SaveChangesAsync();
        });
        using var admin = await app.SignInAsAsync(Roles.Administrateur, world.School.Id);
        using var secretariat = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        var url = $"/personnels/{world.Staff.Id}";

        var asAdmin = await admin.GetDocumentAsync(url);
        var asSecretariat = await secretariat.GetDocumentAsync(url);

        Assert.NotNull(asAdmin.QuerySelector($"a[href='/classes/{world.Class.Id}']"));
        Assert.Equal("Compte de connexion", asAdmin.QuerySelector($"a[href='/comptes/personnel/{world.Staff.Id}']")!.TextContent.Trim());
        Assert.NotNull(asSecretariat.QuerySelector($"a[href='/classes/{world.Class.Id}']"));
        Assert.Null(asSecretariat.QuerySelector($"a[href='/comptes/personnel/{world.Staff.Id}']"));
    }

    [Fact]
    public async Task A_member_with_an_account_cannot_be_deleted_but_can_be_archived()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var member = await StaffOfAsync(await app.CreateUserAsync(world.School.Id, Roles.Enseignant));
        using var client = await app.SignInAsAsync(Roles.Administrateur, world.School.Id);
        var url = $"/personnels/{member.Id}/supprimer";

        var explanation = await client.GetDocumentAsync(url);
        Assert.Contains("ne peut pas être supprimé", explanation.QuerySelector("h1")!.TextContent);
        Assert.Contains("compte de connexion", explanation.QuerySelector(".fr-alert")!.TextContent);
        Assert.Null(explanation.QuerySelector($"form[action='{url}']"));

        var refused = await client.PostFormAsync(url, url, []);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.Staff.IgnoreQueryFilters().AnyAsync(s => s.Id == member.Id)));

        var version = explanation.QuerySelector("form[action$='/archiver'] input[name=version]")!.GetAttribute("value");
        var archived = await client.PostFormAsync(url, $"/personnels/{member.Id}/archiver", new() { ["archived"] = "true", ["version"] = version });
        Assert.Equal(HttpStatusCode.Redirect, archived.StatusCode);
        Assert.True((await LoadAsync(member.Id)).IsArchived);
        Assert.DoesNotContain(member.FullName, Names(await client.GetDocumentAsync("/personnels")));
        Assert.Contains(member.FullName, Names(await client.GetDocumentAsync("/personnels?archived=true")));
    }

    [Fact]
    public async Task A_principal_teacher_cannot_be_deleted()
    {
        var world = await SchoolWorld.CreateAsync(app);
        await app.WithDbAsync(async db =>
        {
            var schoolClass = await db.Classes.IgnoreQueryFilters().Include(c => c.PrincipalTeachers).SingleAsync(c => c.Id == world.Class.Id);
            schoolClass.PrincipalTeachers.Add(await db.Staff.IgnoreQueryFilters().SingleAsync(s => s.Id == world.Staff.Id));
            await db.SaveChangesAsync();
        });
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        var url = $"/personnels/{world.Staff.Id}/supprimer";

        var explanation = await client.GetDocumentAsync(url);
        Assert.Contains($"professeur principal de 1 classe(s) : {world.Class.Code}", explanation.QuerySelector(".fr-alert")!.TextContent);
        var refused = await client.PostFormAsync(url, url, []);

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.Staff.IgnoreQueryFilters().AnyAsync(s => s.Id == world.Staff.Id)));
    }

    [Fact]
    public async Task An_unreferenced_member_is_deleted_after_confirmation()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        var url = $"/personnels/{world.Staff.Id}/supprimer";

        var confirm = await client.GetDocumentAsync(url);
        Assert.Contains("Cette action est irréversible", confirm.Body!.TextContent);
        var response = await client.PostFormAsync(url, url, []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Staff.IgnoreQueryFilters().AnyAsync(s => s.Id == world.Staff.Id)));
    }

    [Fact]
    public async Task A_cpe_reads_staff_but_cannot_edit_them()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Cpe, world.School.Id);
        var url = $"/personnels/{world.Staff.Id}";

        var details = await client.GetDocumentAsync(url);
        Assert.Null(details.QuerySelector($"a[href='{url}/modifier']"));
        var edit = await client.GetAsync($"{url}/modifier");
        Assert.Contains("/acces-refuse", edit.Headers.Location!.ToString());
        var post = await client.PostFormAsync(url, $"{url}/modifier", ValidForm(world.Staff.Email, "Pirate", 1));
        Assert.Contains("/acces-refuse", post.Headers.Location!.ToString());
        Assert.Equal(world.Staff.LastName, (await LoadAsync(world.Staff.Id)).LastName);
    }

    [Fact]
    public async Task A_second_edit_based_on_an_old_version_is_refused_and_keeps_the_input()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var first = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        using var second = await app.SignInAsAsync(Roles.Direction, world.School.Id);
        var url = $"/personnels/{world.Staff.Id}/modifier";
        var token1 = await first.TokenFromAsync(url);
        var token2 = await second.TokenFromAsync(url);

        var ok = await first.PostWithTokenAsync(url, token1, ValidForm(world.Staff.Email, "Premier", 1));
        var conflict = await second.PostWithTokenAsync(url, token2, ValidForm(world.Staff.Email, "Second", 1));

        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var page = await AppClient.ParseAsync(await conflict.Content.ReadAsStringAsync());
        Assert.Contains("Quelqu'un d'autre a modifié cette fiche", page.QuerySelector("#form-errors")!.TextContent);
        Assert.Equal("Second", page.QuerySelector("#Form_LastName")!.GetAttribute("value"));
        Assert.Equal("Premier", (await LoadAsync(world.Staff.Id)).LastName);

        // Saving again from the re-displayed form is a deliberate overwrite.
        var again = ValidForm(world.Staff.Email, "Second", int.Parse(page.QuerySelector("input[name='Form.Version']")!.GetAttribute("value")!, System.Globalization.CultureInfo.InvariantCulture));
        var overwrite = await second.PostWithTokenAsync(url, token2, again);
        Assert.Equal(HttpStatusCode.Redirect, overwrite.StatusCode);
        Assert.Equal("Second", (await LoadAsync(world.Staff.Id)).LastName);
    }

    [Fact]
    public async Task A_member_of_another_school_is_not_found()
    {
        var other = await SchoolWorld.CreateAsync(app);
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Administrateur, world.School.Id);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/personnels/{other.Staff.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/personnels/{other.Staff.Id}/modifier")).StatusCode);
        var token = await client.TokenFromAsync("/personnels");
        var delete = await client.PostWithTokenAsync($"/personnels/{other.Staff.Id}/supprimer", token, []);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
    }
}
