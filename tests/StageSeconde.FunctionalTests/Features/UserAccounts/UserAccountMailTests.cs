using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Features.UserAccounts;

public sealed class UserAccountMailTests(MailTestApp app) : IClassFixture<MailTestApp>
{
    [Fact]
    public async Task With_smtp_configured_the_set_password_link_is_emailed_in_french_and_works()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var admin = await app.SignInAsAsync(Roles.Administrateur, world.School.Id);
        var url = $"/comptes/personnel/{world.Staff.Id}";

        var response = await admin.PostFormAsync(url, $"{url}/creer", new() { ["Form.Roles"] = Roles.Secretariat });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Contains($"envoyé par courriel à {world.Staff.Email}", page.QuerySelector("#set-password-link")!.TextContent);
        var shown = page.QuerySelector("#set-password-url")!.TextContent.Trim();

        var message = Assert.Single(app.Messages, m => m.To.Mailboxes.Any(b => b.Address == world.Staff.Email));
        Assert.Equal("StageSeconde : choisissez votre mot de passe", message.Subject);
        Assert.Contains(shown, message.TextBody);
        Assert.Contains("valable 3 jours", message.TextBody);
        Assert.Contains($"Bonjour Alex {world.Staff.LastName.ToUpperInvariant()},", message.TextBody);

        var link = message.TextBody!.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("http://", StringComparison.Ordinal));
        var set = await UserAccountsTests.SetPasswordAsync(app.AnonymousClient(), link, "Depuis-Le-Courriel-2027!");
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        using var newcomer = await app.SignInAsync(world.Staff.Email, "Depuis-Le-Courriel-2027!");
        Assert.Equal("/eleves", (await newcomer.GetAsync("/")).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task When_sending_fails_the_administrator_is_told_to_pass_the_link_on_by_hand()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var adminEmail = await app.CreateUserAsync(world.School.Id, Roles.Administrateur);
        // The same application and database, with an SMTP port nobody listens on.
        using var broken = app.WithWebHostBuilder(b => b.UseSetting("Smtp:Port", MailTestApp.FreeLoopbackPort().ToString(System.Globalization.CultureInfo.InvariantCulture)));
        using var admin = new AppClient(broken.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
        var signIn = await admin.PostFormAsync("/connexion", "/connexion", new() { ["Email"] = adminEmail, ["Password"] = TestApp.Password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var url = $"/comptes/personnel/{world.Staff.Id}";

        var response = await admin.PostFormAsync(url, $"{url}/creer", new() { ["Form.Roles"] = Roles.Cpe });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Contains("Le courriel n'a pas pu être envoyé", page.QuerySelector(".fr-alert--warning")!.TextContent);
        Assert.Contains("transmis à la main", page.QuerySelector("#set-password-link")!.TextContent);
        Assert.StartsWith("http://localhost/definir-mot-de-passe?userId=", page.QuerySelector("#set-password-url")!.TextContent.Trim());
        Assert.True(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.StaffMemberId == world.Staff.Id)));
    }
}
