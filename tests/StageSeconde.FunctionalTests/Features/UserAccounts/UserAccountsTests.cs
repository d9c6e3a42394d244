using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Features.UserAccounts;

public sealed class UserAccountsTests(TestApp app) : IClassFixture<TestApp>
{
    private const string NewPassword = "Nouveau-Compte-2027!";

    [Fact]
    public async Task The_administrator_creates_an_account_with_roles_and_gets_a_set_password_link()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var (admin, _) = await SignInAsAdminAsync(world.School.Id);
        var url = $"/comptes/personnel/{world.Staff.Id}";
        Assert.NotNull((await admin.GetDocumentAsync(url)).QuerySelector($"form[action='{url}/creer']"));

        var response = await admin.PostWithTokenAsync($"{url}/creer", await admin.TokenFromAsync(url), RolesForm(Roles.Direction, Roles.Cpe));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var link = await SetPasswordLinkAsync(response);
        Assert.StartsWith("http://localhost/definir-mot-de-passe?userId=", link);
        var page = await AppClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Contains("Valable 3 jours", page.QuerySelector("#set-password-link")!.TextContent);
        Assert.Contains("Aucun envoi de courriel n'est configuré", page.QuerySelector("#set-password-link")!.TextContent);

        var user = await UserOfStaffAsync(world.Staff.Id);
        Assert.Equal(world.Staff.Email, user.Email);
        Assert.Equal(world.Staff.Email, user.UserName);
        Assert.Equal($"Alex {world.Staff.LastName.ToUpperInvariant()}", user.DisplayName);
        Assert.Equal(world.School.Id, user.SchoolId);
        Assert.Null(user.PasswordHash);
        Assert.Equal([Roles.Cpe, Roles.Direction], (await RolesOfAsync(user)).Order());
        Assert.Contains($"userId={user.Id}", link);
    }

    [Fact]
    public async Task Changing_the_roles_of_an_account_waiting_for_its_password_keeps_the_link_valid()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var (admin, _) = await SignInAsAdminAsync(world.School.Id);
        var link = await CreateAccountAsync(admin, world.Staff.Id, Roles.Enseignant);
        var url = $"/comptes/personnel/{world.Staff.Id}";
        var page = await admin.GetDocumentAsync(url);
        var form = RolesForm(Roles.Enseignant, Roles.ProfesseurPrincipal);
        form.Add(new("Form.Stamp", page.QuerySelector("input[name='Form.Stamp']")!.GetAttribute("value")));
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostWithTokenAsync($"{url}/roles", await admin.TokenFromAsync(url), form)).StatusCode);

        using var newcomer = app.AnonymousClient();
        var response = await SetPasswordAsync(newcomer, link, NewPassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task A_staff_member_whose_address_has_an_apostrophe_and_an_accent_gets_an_account()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var (admin, _) = await SignInAsAdminAsync(world.School.Id);
        var staff = TestData.Staff(world.School.Id, "d'Arc");
        staff.UpdateDetails(staff.LastName, staff.FirstName, staff.Function, "jeanne.d'arc-hélène@ac-creteil.fr", staff.Phone);
        await app.AddAsync(staff);

        var link = await CreateAccountAsync(admin, staff.Id, Roles.Enseignant);
        using var newcomer = app.AnonymousClient();
        Assert.Equal(HttpStatusCode.Redirect, (await SetPasswordAsync(newcomer, link, NewPassword)).StatusCode);

        using var signedIn = await app.SignInAsync(staff.Email, NewPassword);
        Assert.Equal(HttpStatusCode.OK, (await signedIn.GetAsync("/eleves")).StatusCode);
    }

    [Fact]
    public async Task Following_the_link_sets_a_password_and_the_new_user_lands_on_the_home_of_its_role()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var (admin, _) = await SignInAsAdminAsync(world.School.Id);
        var link = await CreateAccountAsync(admin, world.Staff.Id, Roles.Direction, Roles.Enseignant);
        using var newcomer = app.AnonymousClient();

        var response = await SetPasswordAsync(newcomer, link, NewPassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/connexion", response.Headers.Location!.OriginalString);
        using var signedIn = await app.SignInAsync(world.Staff.Email, NewPassword);
        var home = await signedIn.GetAsync("/");
        Assert.Equal("/tableau-de-bord", home.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await signedIn.GetAsync("/tableau-de-bord")).StatusCode);

        // The link served once: it no longer works.
        var again = await SetPasswordAsync(app.AnonymousClient(), link, "Encore-Un-Autre-2027!");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains(await AppClient.FieldErrorsAsync(again), e => e.Contains("Ce lien n'est plus valable"));
    }

    [Fact]
    public async Task A_weak_password_is_refused_in_french_and_the_link_still_works()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var (admin, _) = await SignInAsAdminAsync(world.School.Id);
        var link = await CreateAccountAsync(admin, world.Staff.Id, Roles.Secretariat);
        using var newcomer = app.AnonymousClient();

        var weak = await SetPasswordAsync(newcomer, link, "motdepasse");

        Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
        var errors = await AppClient.FieldErrorsAsync(weak);
        Assert.Contains("Le mot de passe doit contenir au moins 12 caractères.", errors);
        Assert.Contains("Le mot de passe doit contenir au moins une majuscule.", errors);
        Assert.Null((await UserOfStaffAsync(world.Staff.Id)).PasswordHash);
        Assert.Equal(HttpStatusCode.Redirect, (await SetPasswordAsync(newcomer, link, NewPassword)).StatusCode);
    }

    [Fact]
    public async Task A_tampered_token_is_refused_in_french()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var (admin, _) = await SignInAsAdminAsync(world.School.Id);
        var link = await CreateAccountAsync(admin, world.Staff.Id, Roles.Cpe);
        var at = link.IndexOf("token=", StringComparison.Ordinal) + "token=".Length + 20;
        var tampered = link[..at] + (link[at] == 'A' ? 'B' : 'A') + link[(at + 1)..];
        using var intruder = app.AnonymousClient();

        var response = await SetPasswordAsync(intruder, tampered, NewPassword);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Ce lien n'est plus valable : demandez-en un nouveau à l'administrateur.", await AppClient.FieldErrorsAsync(response));
        Assert.Null((await UserOfStaffAsync(world.Staff.Id)).PasswordHash);
    }

    [Fact]
    public async Task An_account_needs_at_least_one_school_role()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var (admin, _) = await SignInAsAdminAsync(world.School.Id);
        var url = $"/comptes/personnel/{world.Staff.Id}";

        var none = await admin.PostWithTokenAsync($"{url}/creer", await admin.TokenFromAsync(url), RolesForm());
        var academie = await admin.PostWithTokenAsync($"{url}/creer", await admin.TokenFromAsync(url), RolesForm(Roles.Academie));

        Assert.Equal(HttpStatusCode.OK, none.StatusCode);
        Assert.Contains("Cochez au moins un rôle.", await AppClient.FieldErrorsAsync(none));
        Assert.Contains("Un des rôles cochés n'existe pas dans un établissement.", await AppClient.FieldErrorsAsync(academie));
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.StaffMemberId == world.Staff.Id)));
    }

    [Fact]
    public async Task The_administrator_changes_the_roles_of_an_account()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var (admin, _) = await SignInAsAdminAsync(world.School.Id);
        var email = await app.CreateUserAsync(world.School.Id, Roles.Secretariat);
        var staffId = await StaffIdOfAsync(email);
        var url = $"/comptes/personnel/{staffId}";
        var page = await admin.GetDocumentAsync(url);
        var stamp = page.QuerySelector("input[name='Form.Stamp']")!.GetAttribute("value");
        Assert.NotNull(page.QuerySelector($"#Form_Roles_{Roles.Secretariat}[checked]"));

        var form = RolesForm(Roles.Direction, Roles.Enseignant);
        form.Add(new("Form.Stamp", stamp));
        var response = await admin.PostWithTokenAsync($"{url}/roles", await admin.TokenFromAsync(url), form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var user = await UserOfStaffAsync(staffId);
        Assert.Equal([Roles.Direction, Roles.Enseignant], (await RolesOfAsync(user)).Order());
        var after = await admin.GetDocumentAsync(url);
        Assert.Contains("prochaine connexion", after.QuerySelector(".fr-alert--success")!.TextContent);

        // The user's next sign-in carries the new roles.
        using var client = await app.SignInAsync(email);
        Assert.Equal("/tableau-de-bord", (await client.GetAsync("/")).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_roles_form_based_on_an_old_state_of_the_account_is_refused()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var (admin, _) = await SignInAsAdminAsync(world.School.Id);
        var email = await app.CreateUserAsync(world.School.Id, Roles.Secretariat);
        var staffId = await StaffIdOfAsync(email);
        var url = $"/comptes/personnel/{staffId}";
        var form = RolesForm(Roles.Cpe);
        form.Add(new("Form.Stamp", "une-version-ancienne"));

        var response = await admin.PostWithTokenAsync($"{url}/roles", await admin.TokenFromAsync(url), form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Contains("Ce compte a été modifié par ailleurs", page.QuerySelector("#form-errors")!.TextContent);
        Assert.NotNull(page.QuerySelector($"#Form_Roles_{Roles.Cpe}[checked]"));
        Assert.Equal([Roles.Secretariat], await RolesOfAsync(await UserOfStaffAsync(staffId)));
    }

    [Fact]
    public async Task An_administrator_cannot_remove_their_own_administrator_role_nor_deactivate_themselves()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var (admin, myStaffId) = await SignInAsAdminAsync(world.School.Id);
        var url = $"/comptes/personnel/{myStaffId}";
        var stamp = (await admin.GetDocumentAsync(url)).QuerySelector("input[name='Form.Stamp']")!.GetAttribute("value");
        var form = RolesForm(Roles.Direction);
        form.Add(new("Form.Stamp", stamp));

        var demotion = await admin.PostWithTokenAsync($"{url}/roles", await admin.TokenFromAsync(url), form);

        Assert.Equal(HttpStatusCode.OK, demotion.StatusCode);
        Assert.Contains(await AppClient.FieldErrorsAsync(demotion), e => e.StartsWith("Vous ne pouvez pas retirer votre propre rôle d'administrateur"));
        Assert.Equal([Roles.Administrateur], await RolesOfAsync(await UserOfStaffAsync(myStaffId)));

        var deactivation = await admin.PostWithTokenAsync($"{url}/desactiver", await admin.TokenFromAsync(url), []);

        Assert.Equal(HttpStatusCode.Redirect, deactivation.StatusCode);
        Assert.Null((await UserOfStaffAsync(myStaffId)).LockoutEnd);
        var page = await admin.GetDocumentAsync(url);
        Assert.Contains("Vous ne pouvez pas désactiver votre propre compte", page.QuerySelector(".fr-alert--error")!.TextContent);
        Assert.Null(page.QuerySelector($"a[href='{url}/desactiver']"));
    }

    [Fact]
    public async Task A_deactivated_account_cannot_sign_in_until_it_is_reactivated()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var (admin, _) = await SignInAsAdminAsync(world.School.Id);
        var email = await app.CreateUserAsync(world.School.Id, Roles.Enseignant);
        var url = $"/comptes/personnel/{await StaffIdOfAsync(email)}";

        var confirmation = await admin.GetDocumentAsync($"{url}/desactiver");
        Assert.Contains("ne pourra plus se connecter", confirmation.Body!.TextContent);
        var deactivated = await admin.PostFormAsync($"{url}/desactiver", $"{url}/desactiver", []);

        Assert.Equal(HttpStatusCode.Redirect, deactivated.StatusCode);
        using var refused = app.AnonymousClient();
        var signIn = await refused.PostFormAsync("/connexion", "/connexion", new() { ["Email"] = email, ["Password"] = TestApp.Password });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Contains(StageSeconde.Web.Features.SignIn.SignInController.RefusedMessage, await AppClient.FieldErrorsAsync(signIn));
        Assert.Null(signIn.Headers.Location);
        var list = await admin.GetDocumentAsync("/comptes?q=" + Uri.EscapeDataString(email));
        Assert.Contains("Désactivé", list.QuerySelector("tbody")!.TextContent);

        var reactivated = await admin.PostFormAsync(url, $"{url}/reactiver", []);

        Assert.Equal(HttpStatusCode.Redirect, reactivated.StatusCode);
        using var back = await app.SignInAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await back.GetAsync("/structures")).StatusCode);
    }

    [Fact]
    public async Task The_administrator_unblocks_an_account_locked_by_wrong_passwords()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var (admin, _) = await SignInAsAdminAsync(world.School.Id);
        var email = await app.CreateUserAsync(world.School.Id, Roles.Cpe);
        var url = $"/comptes/personnel/{await StaffIdOfAsync(email)}";
        using (var guesser = app.AnonymousClient())
        {
            for (var i = 0; i < 5; i++)
                await guesser.PostFormAsync("/connexion", "/connexion", new() { ["Email"] = email, ["Password"] = "mauvais" });
        }
        var page = await admin.GetDocumentAsync(url);
        Assert.Contains("Bloqué", page.QuerySelector("main")!.TextContent);

        var unlocked = await admin.PostWithTokenAsync($"{url}/deverrouiller", page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!, []);

        Assert.Equal(HttpStatusCode.Redirect, unlocked.StatusCode);
        using var client = await app.SignInAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/structures")).StatusCode);
    }

    [Fact]
    public async Task A_new_link_lets_a_user_who_forgot_their_password_choose_another()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var (admin, _) = await SignInAsAdminAsync(world.School.Id);
        var email = await app.CreateUserAsync(world.School.Id, Roles.ProfesseurPrincipal);
        var url = $"/comptes/personnel/{await StaffIdOfAsync(email)}";

        var response = await admin.PostFormAsync(url, $"{url}/lien", []);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, "La page qui montre le lien ne doit pas être mise en cache.");
        var link = await SetPasswordLinkAsync(response);
        Assert.Equal(HttpStatusCode.Redirect, (await SetPasswordAsync(app.AnonymousClient(), link, NewPassword)).StatusCode);
        using var client = await app.SignInAsync(email, NewPassword);
        Assert.Equal("/suivi", (await client.GetAsync("/")).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_list_shows_only_the_accounts_of_the_school_with_their_roles_and_searches_them()
    {
        var other = await SchoolWorld.CreateAsync(app);
        var otherEmail = await app.CreateUserAsync(other.School.Id, Roles.Direction);
        var world = await SchoolWorld.CreateAsync(app);
        var (admin, _) = await SignInAsAdminAsync(world.School.Id);
        var cpe = await app.CreateUserAsync(world.School.Id, Roles.Cpe);
        await app.CreateUserAsync(world.School.Id, Roles.Secretariat);

        var all = await admin.GetDocumentAsync("/comptes");
        var emails = all.QuerySelectorAll("tbody tr td:nth-child(2)").Select(td => td.TextContent).ToList();
        Assert.Equal(3, emails.Count);
        Assert.Contains(cpe, emails);
        Assert.DoesNotContain(otherEmail, emails);
        Assert.Contains("CPE", all.QuerySelector("tbody")!.TextContent);
        Assert.Contains("Administrateur", all.QuerySelector("tbody")!.TextContent);

        var byRole = await admin.GetDocumentAsync($"/comptes?role={Roles.Cpe}");
        Assert.Equal([cpe], byRole.QuerySelectorAll("tbody tr td:nth-child(2)").Select(td => td.TextContent));
        var byEmail = await admin.GetDocumentAsync("/comptes?q=" + Uri.EscapeDataString(cpe[..10]));
        Assert.Equal([cpe], byEmail.QuerySelectorAll("tbody tr td:nth-child(2)").Select(td => td.TextContent));
        var none = await admin.GetDocumentAsync("/comptes?q=zzz");
        Assert.Contains("Aucun compte ne correspond", none.Body!.TextContent);
    }

    [Fact]
    public async Task Staff_without_an_account_are_listed_to_open_one()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var (admin, _) = await SignInAsAdminAsync(world.School.Id);

        var page = await admin.GetDocumentAsync("/comptes/sans-compte");

        var links = page.QuerySelectorAll("tbody a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"/comptes/personnel/{world.Staff.Id}"], links);
    }

    [Fact]
    public async Task The_account_page_of_staff_of_another_school_is_not_found()
    {
        var other = await SchoolWorld.CreateAsync(app);
        var world = await SchoolWorld.CreateAsync(app);
        var (admin, _) = await SignInAsAdminAsync(world.School.Id);
        var url = $"/comptes/personnel/{other.Staff.Id}";

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(url)).StatusCode);
        var token = await admin.TokenFromAsync("/comptes");
        var create = await admin.PostWithTokenAsync($"{url}/creer", token, RolesForm(Roles.Direction));
        Assert.Equal(HttpStatusCode.NotFound, create.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.StaffMemberId == other.Staff.Id)));
    }

    [Theory]
    [InlineData("/comptes")]
    [InlineData("/comptes/sans-compte")]
    public async Task The_direction_is_refused_the_accounts(string url)
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var direction = await app.SignInAsAsync(Roles.Direction, world.School.Id);

        var response = await direction.GetAsync(url);
        var account = await direction.GetAsync($"/comptes/personnel/{world.Staff.Id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/acces-refuse", response.Headers.Location!.ToString());
        Assert.Contains("/acces-refuse", account.Headers.Location!.ToString());
    }

    // ---- helpers ----

    private static List<KeyValuePair<string, string?>> RolesForm(params string[] roles) =>
        roles.Select(r => new KeyValuePair<string, string?>("Form.Roles", r)).ToList();

    private async Task<(AppClient Client, int StaffId)> SignInAsAdminAsync(int schoolId)
    {
        var email = await app.CreateUserAsync(schoolId, Roles.Administrateur);
        return (await app.SignInAsync(email), await StaffIdOfAsync(email));
    }

    private Task<int> StaffIdOfAsync(string email) =>
        app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.StaffMemberId!.Value).SingleAsync());

    private Task<ApplicationUser> UserOfStaffAsync(int staffId) =>
        app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.StaffMemberId == staffId));

    private async Task<IList<string>> RolesOfAsync(ApplicationUser user)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        return await users.GetRolesAsync((await users.FindByIdAsync(user.Id))!);
    }

    private static async Task<string> SetPasswordLinkAsync(HttpResponseMessage response)
    {
        var page = await AppClient.ParseAsync(await response.Content.ReadAsStringAsync());
        return page.QuerySelector("#set-password-url")?.TextContent.Trim()
               ?? throw new InvalidOperationException("Pas de lien de mot de passe sur la page.");
    }

    private static async Task<string> CreateAccountAsync(AppClient admin, int staffId, params string[] roles)
    {
        var url = $"/comptes/personnel/{staffId}";
        var response = await admin.PostWithTokenAsync($"{url}/creer", await admin.TokenFromAsync(url), RolesForm(roles));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await SetPasswordLinkAsync(response);
    }

    /// <summary>Opens the link as its owner would, then posts the page's form with <paramref name="password"/> twice.</summary>
    internal static async Task<HttpResponseMessage> SetPasswordAsync(AppClient client, string link, string password)
    {
        var pathAndQuery = new Uri(link).PathAndQuery;
        var page = await client.GetDocumentAsync(pathAndQuery);
        string Hidden(string name) => page.QuerySelector($"input[name={name}]")!.GetAttribute("value")!;
        return await client.PostWithTokenAsync("/definir-mot-de-passe", Hidden("__RequestVerificationToken"), new Dictionary<string, string?>
        {
            ["UserId"] = Hidden("UserId"), ["Token"] = Hidden("Token"), ["NewPassword"] = password, ["ConfirmPassword"] = password,
        });
    }
}
