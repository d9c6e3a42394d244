using System.Net;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Features.AccountSecurity;

public sealed class TwoFactorTests(TwoFactorTestApp app) : IClassFixture<TwoFactorTestApp>
{
    private const string Enrol = "/securite-du-compte/activer";

    [Fact]
    public async Task The_direction_reaches_no_page_before_enrolling_then_signs_in_with_a_code()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var email = await app.CreateUserAsync(world.School.Id, Roles.Direction);
        using var client = await app.SignInAsync(email);

        foreach (var url in new[] { "/tableau-de-bord", "/eleves", "/mot-de-passe", "/conventions/a-signer" })
        {
            var blocked = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, blocked.StatusCode);
            Assert.Equal(Enrol, blocked.Headers.Location!.OriginalString);
        }
        var page = await client.GetDocumentAsync(Enrol);
        Assert.Contains("Obligatoire pour votre rôle", page.QuerySelector("main")!.TextContent);
        Assert.StartsWith("data:image/svg+xml;base64,", page.QuerySelector("img.app-qr-code")!.GetAttribute("src"));
        var key = KeyOf(page);
        Assert.Equal(32, key.Length);

        var wrong = await client.PostFormAsync(Enrol, Enrol, new() { ["Form.Code"] = "000000" == Totp.Code(key, DateTimeOffset.UtcNow) ? "111111" : "000000" });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains(await AppClient.FieldErrorsAsync(wrong), e => e.StartsWith("Code incorrect", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/tableau-de-bord")).StatusCode);

        var codes = await ConfirmAsync(client, key);
        Assert.Equal(10, codes.Count);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/tableau-de-bord")).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email && u.TwoFactorEnabled)));

        // Next sign-in: the password, then the code of the app.
        using var next = app.AnonymousClient();
        var password = await next.PostFormAsync("/connexion", "/connexion", new() { ["Email"] = email, ["Password"] = TestApp.Password });
        Assert.Equal("/connexion/code", password.Headers.Location!.OriginalString.Split('?')[0]);
        Assert.Equal(HttpStatusCode.Redirect, (await next.GetAsync("/tableau-de-bord")).StatusCode);
        var refused = await next.PostFormAsync("/connexion/code", "/connexion/code", new() { ["Code"] = "12345" });
        Assert.Contains(await AppClient.FieldErrorsAsync(refused), e => e.StartsWith("Code incorrect", StringComparison.Ordinal));
        var signedIn = await next.PostFormAsync("/connexion/code", "/connexion/code", new() { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow.AddSeconds(30)) });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await next.GetAsync("/tableau-de-bord")).StatusCode);
    }

    [Fact]
    public async Task Each_recovery_code_signs_in_once_and_new_codes_replace_the_old_ones()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var email = await app.CreateUserAsync(world.School.Id, Roles.Administrateur);
        List<string> codes;
        using (var client = await app.SignInAsync(email)) codes = await ConfirmAsync(client, KeyOf(await client.GetDocumentAsync(Enrol)));

        using (var first = await PasswordStepAsync(email))
        {
            var used = await first.PostFormAsync("/connexion/code-de-recuperation", "/connexion/code-de-recuperation", new() { ["RecoveryCode"] = codes[0].ToLowerInvariant() });
            Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
            var security = await first.GetDocumentAsync("/securite-du-compte");
            Assert.Contains("Codes de récupération restants : 9 sur 10", security.QuerySelector("main")!.TextContent);
        }
        using (var again = await PasswordStepAsync(email))
        {
            var reused = await again.PostFormAsync("/connexion/code-de-recuperation", "/connexion/code-de-recuperation", new() { ["RecoveryCode"] = codes[0] });
            Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
            Assert.Contains("Code de récupération incorrect ou déjà utilisé.", await AppClient.FieldErrorsAsync(reused));
            var other = await again.PostFormAsync("/connexion/code-de-recuperation", "/connexion/code-de-recuperation", new() { ["RecoveryCode"] = codes[1] });
            Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);

            var regenerated = await again.PostFormAsync("/securite-du-compte", "/securite-du-compte/codes-de-recuperation", []);
            var fresh = await CodesOfAsync(regenerated);
            Assert.Equal(10, fresh.Count);
            Assert.Empty(fresh.Intersect(codes));
        }
        using var third = await PasswordStepAsync(email);
        var old = await third.PostFormAsync("/connexion/code-de-recuperation", "/connexion/code-de-recuperation", new() { ["RecoveryCode"] = codes[2] });
        Assert.Contains("Code de récupération incorrect ou déjà utilisé.", await AppClient.FieldErrorsAsync(old));
    }

    [Fact]
    public async Task The_administrator_resets_a_lost_second_factor_and_the_direction_must_enrol_again()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var head = await app.CreateUserAsync(world.School.Id, Roles.Direction);
        string oldKey;
        using (var client = await app.SignInAsync(head))
        {
            oldKey = KeyOf(await client.GetDocumentAsync(Enrol));
            await ConfirmAsync(client, oldKey);
        }
        var admin = await app.CreateUserAsync(world.School.Id, Roles.Administrateur);
        using var adminClient = await app.SignInAsync(admin);
        await ConfirmAsync(adminClient, KeyOf(await adminClient.GetDocumentAsync(Enrol)));
        var staffId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == head).Select(u => u.StaffMemberId!.Value).SingleAsync());
        var url = $"/comptes/personnel/{staffId}";
        var account = await adminClient.GetDocumentAsync(url);
        Assert.NotNull(account.QuerySelector($"form[action='{url}/double-authentification/reinitialiser'][data-confirm]"));

        var reset = await adminClient.PostFormAsync(url, $"{url}/double-authentification/reinitialiser", []);

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Users.Where(u => u.Email == head).Select(u => u.TwoFactorEnabled).SingleAsync()));
        using var back = await app.SignInAsync(head);   // the password alone, then straight to the enrolment page
        Assert.Equal(Enrol, (await back.GetAsync("/tableau-de-bord")).Headers.Location!.OriginalString);
        Assert.NotEqual(oldKey, KeyOf(await back.GetDocumentAsync(Enrol)));
    }

    [Fact]
    public async Task Two_factor_authentication_is_optional_for_a_teacher_who_may_turn_it_off_but_not_the_direction()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var teacher = await app.CreateUserAsync(world.School.Id, Roles.Enseignant);
        using var client = await app.SignInAsync(teacher);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/mes-eleves")).StatusCode);
        Assert.Contains("Non activée", (await client.GetDocumentAsync("/securite-du-compte")).QuerySelector("main")!.TextContent);
        await ConfirmAsync(client, KeyOf(await client.GetDocumentAsync(Enrol)));

        var off = await client.PostFormAsync("/securite-du-compte", "/securite-du-compte/desactiver", []);
        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Users.Where(u => u.Email == teacher).Select(u => u.TwoFactorEnabled).SingleAsync()));

        var head = await app.CreateUserAsync(world.School.Id, Roles.Direction);
        using var headClient = await app.SignInAsync(head);
        await ConfirmAsync(headClient, KeyOf(await headClient.GetDocumentAsync(Enrol)));
        Assert.Null((await headClient.GetDocumentAsync("/securite-du-compte")).QuerySelector("form[action='/securite-du-compte/desactiver']"));
        await headClient.PostFormAsync("/securite-du-compte", "/securite-du-compte/desactiver", []);
        Assert.True(await app.WithDbAsync(db => db.Users.Where(u => u.Email == head).Select(u => u.TwoFactorEnabled).SingleAsync()));
    }

    // ---- helpers ----

    private static string KeyOf(AngleSharp.Dom.IDocument enrolPage) =>
        enrolPage.QuerySelector("#authenticator-key")!.TextContent.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

    /// <summary>Types the app's current code on the enrolment page; returns the recovery codes shown.</summary>
    private static async Task<List<string>> ConfirmAsync(AppClient client, string key)
    {
        var response = await client.PostFormAsync(Enrol, Enrol, new() { ["Form.Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, "La page des codes de récupération ne doit pas être mise en cache.");
        return await CodesOfAsync(response);
    }

    private static async Task<List<string>> CodesOfAsync(HttpResponseMessage response)
    {
        var page = await AppClient.ParseAsync(await response.Content.ReadAsStringAsync());
        var codes = page.QuerySelectorAll("#recovery-codes code").Select(c => c.TextContent.Trim()).ToList();
        var download = page.QuerySelector("a[download]")!.GetAttribute("href")!;
        Assert.StartsWith("data:text/plain;charset=utf-8,", download);
        var file = Uri.UnescapeDataString(download["data:text/plain;charset=utf-8,".Length..]);
        Assert.All(codes, code => Assert.Contains(code, file));
        return codes;
    }

    /// <summary>A client past the password step, asked for its second factor.</summary>
    private async Task<AppClient> PasswordStepAsync(string email)
    {
        var client = app.AnonymousClient();
        var response = await client.PostFormAsync("/connexion", "/connexion", new() { ["Email"] = email, ["Password"] = TestApp.Password });
        Assert.StartsWith("/connexion/code", response.Headers.Location!.OriginalString);
        return client;
    }
}
