using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.SignIn;

namespace StageSeconde.FunctionalTests.Features.SignIn;

/// <summary>A refused sign-in says nothing about the account: same status, same page, whatever the reason.</summary>
public sealed class UniformSignInTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Unknown_wrong_password_blocked_and_deactivated_accounts_get_the_same_answer()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var wrongPassword = await app.CreateUserAsync(world.School.Id, Roles.Secretariat);
        var blocked = await app.CreateUserAsync(world.School.Id, Roles.Secretariat);
        var deactivated = await app.CreateUserAsync(world.School.Id, Roles.Secretariat);
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            await users.SetLockoutEndDateAsync((await users.FindByEmailAsync(blocked))!, DateTimeOffset.UtcNow.AddMinutes(10));
            await users.SetLockoutEndDateAsync((await users.FindByEmailAsync(deactivated))!, AccountStatuses.DeactivatedUntil);
        }

        var answers = new List<(HttpStatusCode Status, string Page)>();
        foreach (var (email, password) in new[]
                 {
                     ("personne@test.fr", TestApp.Password), (wrongPassword, "Pas-le-bon-2027!"), (blocked, TestApp.Password), (deactivated, TestApp.Password),
                 })
        {
            using var client = app.AnonymousClient();
            var response = await client.PostFormAsync("/connexion", "/connexion", new() { ["Email"] = email, ["Password"] = password });
            Assert.Equal([SignInController.RefusedMessage], await AppClient.FieldErrorsAsync(response));
            answers.Add((response.StatusCode, Normalise(await response.Content.ReadAsStringAsync(), email)));
        }

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        Assert.Single(answers.Select(a => a.Page).Distinct());
    }

    /// <summary>The page without what changes from one request to the next: the antiforgery token and the address typed.</summary>
    private static string Normalise(string html, string email) =>
        Regex.Replace(html, "<input name=\"__RequestVerificationToken\"[^>]*>", "")
            .Replace(email, "ADRESSE", StringComparison.Ordinal);
}
