using System.Net;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Features.UserAccounts;

/// <summary>Only the last set-password link works: an older one gets the « lien remplacé » page.</summary>
public sealed class SetPasswordLinkRevocationTests(TestApp app) : IClassFixture<TestApp>
{
    private const string NewPassword = "Lien-Le-Plus-Recent-2027!";

    [Fact]
    public async Task A_new_link_replaces_the_previous_one()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var admin = await app.SignInAsAsync(Roles.Administrateur, world.School.Id);
        var email = await app.CreateUserAsync(world.School.Id, Roles.Enseignant);
        var staffId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.StaffMemberId!.Value).SingleAsync());
        var url = $"/comptes/personnel/{staffId}";
        var first = await LinkAsync(await admin.PostFormAsync(url, $"{url}/lien", []));
        var second = await LinkAsync(await admin.PostFormAsync(url, $"{url}/lien", []));
        Assert.NotEqual(first, second);

        using var owner = app.AnonymousClient();
        var old = await owner.GetAsync(new Uri(first).PathAndQuery);
        Assert.Equal(HttpStatusCode.Gone, old.StatusCode);
        var page = await AppClient.ParseAsync(await old.Content.ReadAsStringAsync());
        Assert.Equal("Ce lien a été remplacé", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("input[name=NewPassword]"));

        // Posting the old link's fields (from a page opened before the new link was issued) is refused the same way.
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(first).Query);
        var token = await owner.TokenFromAsync(new Uri(second).PathAndQuery);
        var posted = await owner.PostWithTokenAsync("/definir-mot-de-passe", token, new Dictionary<string, string?>
        {
            ["UserId"] = query["userId"], ["Token"] = query["token"], ["NewPassword"] = NewPassword, ["ConfirmPassword"] = NewPassword,
        });
        Assert.Equal(HttpStatusCode.Gone, posted.StatusCode);
        using (var refused = app.AnonymousClient())
        {
            var signIn = await refused.PostFormAsync("/connexion", "/connexion", new() { ["Email"] = email, ["Password"] = NewPassword });
            Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        }

        var set = await UserAccountsTests.SetPasswordAsync(owner, second, NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        using var signedIn = await app.SignInAsync(email, NewPassword);
        // Once used, the last link is dead too (Identity's token, bound to the security stamp), with the ordinary message.
        var reused = await UserAccountsTests.SetPasswordAsync(app.AnonymousClient(), second, "Encore-Un-Autre-2027!");
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
        Assert.Contains(await AppClient.FieldErrorsAsync(reused), e => e.StartsWith("Ce lien n'est plus valable", StringComparison.Ordinal));
    }

    private static async Task<string> LinkAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(await response.Content.ReadAsStringAsync());
        return page.QuerySelector("#set-password-url")!.TextContent.Trim();
    }
}
