using System.Net;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Features.UserAccounts;

public sealed class UserAccountMailTests(MailTestApp app) : IClassFixture<MailTestApp>
{
    [Fact]
    public async Task With_smtp_configured_the_set_password_link_goes_through_the_outbox_in_french_and_works()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var admin = await app.SignInAsAsync(Roles.Administrateur, world.School.Id);
        var url = $"/comptes/personnel/{world.Staff.Id}";

        var response = await admin.PostFormAsync(url, $"{url}/creer", new() { ["Form.Roles"] = Roles.Secretariat });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Contains($"va être envoyé par courriel à {world.Staff.Email}", page.QuerySelector("#set-password-link")!.TextContent);
        var shown = page.QuerySelector("#set-password-url")!.TextContent.Trim();
        var queued = await app.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.To == world.Staff.Email));
        Assert.Equal((OutboxTopics.SetPasswordLink, world.School.Id, world.Staff.Id), (queued.Topic, queued.SchoolId, queued.RelatedId));

        // Delivered by the background dispatcher, not by the request.
        Assert.True(await MailTestApp.EventuallyAsync(() => app.To(world.Staff.Email).Count > 0), "Le lien n'est jamais arrivé.");
        var message = Assert.Single(app.To(world.Staff.Email));
        Assert.Equal("StageSeconde : choisissez votre mot de passe", message.Subject);
        Assert.Contains(shown, message.TextBody);
        Assert.Contains("valable 3 jours", message.TextBody);
        Assert.Contains($"Bonjour Alex {world.Staff.LastName.ToUpperInvariant()},", message.TextBody);
        Assert.True(await MailTestApp.EventuallyAsync(() => app.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.Id == queued.Id && m.Status == OutboxStatus.Sent))));

        var link = message.TextBody!.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("http://", StringComparison.Ordinal));
        var set = await UserAccountsTests.SetPasswordAsync(app.AnonymousClient(), link, "Depuis-Le-Courriel-2027!");
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        using var newcomer = await app.SignInAsync(world.Staff.Email, "Depuis-Le-Courriel-2027!");
        Assert.Equal("/eleves", (await newcomer.GetAsync("/")).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task While_the_smtp_server_is_down_the_link_waits_in_the_outbox_and_arrives_once_when_it_is_back()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var admin = await app.SignInAsAsync(Roles.Administrateur, world.School.Id);
        var url = $"/comptes/personnel/{world.Staff.Id}";
        await app.StopSmtpServerAsync();
        try
        {
            var response = await admin.PostFormAsync(url, $"{url}/creer", new() { ["Form.Roles"] = Roles.Cpe });

            // The request does not wait for the server: the page answers at once and still shows the link.
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await AppClient.ParseAsync(await response.Content.ReadAsStringAsync());
            Assert.Contains("va être envoyé par courriel", page.QuerySelector("#set-password-link")!.TextContent);
            Assert.StartsWith("http://localhost/definir-mot-de-passe?userId=", page.QuerySelector("#set-password-url")!.TextContent.Trim());
            Assert.True(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.StaffMemberId == world.Staff.Id)));

            // Tried, failed, kept: attempts recorded, still pending.
            Assert.True(await MailTestApp.EventuallyAsync(() => app.WithDbAsync(db =>
                db.OutboxMessages.AnyAsync(m => m.To == world.Staff.Email && m.AttemptCount >= 2))), "Aucun essai enregistré.");
            var waiting = await app.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Include(m => m.Attempts).SingleAsync(m => m.To == world.Staff.Email));
            Assert.Equal(OutboxStatus.Pending, waiting.Status);
            Assert.NotNull(waiting.LastError);
            Assert.All(waiting.Attempts, a => Assert.False(a.Succeeded));
            Assert.Empty(app.To(world.Staff.Email));
        }
        finally
        {
            app.StartSmtpServer();
        }

        Assert.True(await MailTestApp.EventuallyAsync(() => app.To(world.Staff.Email).Count > 0), "Le lien n'est jamais arrivé.");
        Assert.True(await MailTestApp.EventuallyAsync(() => app.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.To == world.Staff.Email && m.Status == OutboxStatus.Sent))));
        var sent = await app.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Include(m => m.Attempts).SingleAsync(m => m.To == world.Staff.Email));
        Assert.Single(sent.Attempts, a => a.Succeeded);
        Assert.Single(app.To(world.Staff.Email));
    }
}
