using System.Net;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Features.Outbox;

/// <summary>
/// The administrator's « Courriels » page, on the application without an SMTP server (its dispatcher sends nothing, so the
/// figures stay as the test wrote them): counts, the school's pending and given-up messages without their bodies, « Renvoyer ».
/// </summary>
public sealed class OutboxPageTests(TestApp app) : IClassFixture<TestApp>
{
    private const string Secret = "Corps confidentiel : santé de l'élève";

    private async Task<OutboxMessage> AddAsync(int schoolId, string to, OutboxStatus status, string subject = "StageSeconde : absence")
    {
        var now = DateTimeOffset.UtcNow;
        var message = new OutboxMessage(schoolId, to, subject, Secret, OutboxTopics.AbsenceAlert, null, now);
        switch (status)
        {
            case OutboxStatus.Sent:
                message.RecordSent(now);
                break;
            case OutboxStatus.GivenUp:
                message.RecordFailure(now.AddMinutes(-1), "550 Adresse inconnue", now);
                message.RecordFailure(now, "550 Adresse inconnue", retryAt: null);
                break;
        }
        return await app.AddAsync(message);
    }

    private Task<OutboxMessage> LoadAsync(long id) => app.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id));

    [Fact]
    public async Task The_administrator_sees_the_figures_and_the_waiting_and_given_up_messages_of_the_school_without_their_bodies()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var other = await SchoolWorld.CreateAsync(app, "Lycée voisin");
        var pending = await AddAsync(world.School.Id, "cpe@lycee.fr", OutboxStatus.Pending);
        var givenUp = await AddAsync(world.School.Id, "inconnu@lycee.fr", OutboxStatus.GivenUp, "StageSeconde : retard");
        await AddAsync(world.School.Id, "envoye@lycee.fr", OutboxStatus.Sent);
        await AddAsync(other.School.Id, "voisin@autre-lycee.fr", OutboxStatus.GivenUp);
        using var admin = await app.SignInAsAsync(Roles.Administrateur, world.School.Id);

        var page = await admin.GetDocumentAsync("/courriels");

        Assert.Equal(("1", "1", "1"), (page.QuerySelector("#count-pending")!.TextContent, page.QuerySelector("#count-sent-today")!.TextContent,
            page.QuerySelector("#count-given-up")!.TextContent));
        var rows = page.QuerySelectorAll("#outbox-messages tbody tr");
        Assert.Equal([givenUp.Id.ToString(), pending.Id.ToString()], rows.Select(r => r.GetAttribute("data-id")));
        Assert.Contains("inconnu@lycee.fr", rows[0].TextContent);
        Assert.Contains("StageSeconde : retard", rows[0].TextContent);
        Assert.Contains("550 Adresse inconnue", rows[0].TextContent);
        Assert.Contains("Abandonné", rows[0].TextContent);
        Assert.NotNull(rows[0].QuerySelector("form button"));
        Assert.Contains("En attente", rows[1].TextContent);
        Assert.Null(rows[1].QuerySelector("form"));
        Assert.DoesNotContain("voisin@autre-lycee.fr", page.Body!.TextContent);
        Assert.DoesNotContain("envoye@lycee.fr", page.Body!.TextContent);
        Assert.DoesNotContain(Secret, page.Body!.TextContent);
        Assert.Contains("Aucun serveur d'envoi n'est configuré", page.QuerySelector("#no-smtp")!.TextContent);
        Assert.Contains("Courriels", page.QuerySelectorAll(".fr-nav__link").Select(a => a.TextContent.Trim()));
    }

    [Fact]
    public async Task Renvoyer_puts_a_given_up_message_back_in_the_queue()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var givenUp = await AddAsync(world.School.Id, "inconnu@lycee.fr", OutboxStatus.GivenUp);
        using var admin = await app.SignInAsAsync(Roles.Administrateur, world.School.Id);

        var response = await admin.PostFormAsync("/courriels", "/courriels/renvoyer", new() { ["id"] = givenUp.Id.ToString(), ["attempts"] = "2" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var retried = await LoadAsync(givenUp.Id);
        Assert.Equal((OutboxStatus.Pending, 2), (retried.Status, retried.AttemptCount));
        Assert.True(retried.NextAttemptAt <= DateTime.UtcNow);
        var page = await admin.GetDocumentAsync("/courriels");
        Assert.Contains("remis dans la boîte d'envoi", page.QuerySelector(".fr-alert--success")!.TextContent);
    }

    [Fact]
    public async Task Renvoyer_from_a_stale_page_or_for_a_message_not_given_up_changes_nothing()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var givenUp = await AddAsync(world.School.Id, "inconnu@lycee.fr", OutboxStatus.GivenUp);
        var sent = await AddAsync(world.School.Id, "envoye@lycee.fr", OutboxStatus.Sent);
        using var admin = await app.SignInAsAsync(Roles.Administrateur, world.School.Id);

        await admin.PostFormAsync("/courriels", "/courriels/renvoyer", new() { ["id"] = givenUp.Id.ToString(), ["attempts"] = "1" });
        var stale = await admin.GetDocumentAsync("/courriels");
        await admin.PostFormAsync("/courriels", "/courriels/renvoyer", new() { ["id"] = sent.Id.ToString(), ["attempts"] = "1" });
        var notGivenUp = await admin.GetDocumentAsync("/courriels");

        Assert.Contains("a changé depuis l'affichage", stale.QuerySelector(".fr-alert--error")!.TextContent);
        Assert.Equal(OutboxStatus.GivenUp, (await LoadAsync(givenUp.Id)).Status);
        Assert.Contains("Seul un courriel abandonné peut être renvoyé", notGivenUp.QuerySelector(".fr-alert--error")!.TextContent);
        Assert.Equal(OutboxStatus.Sent, (await LoadAsync(sent.Id)).Status);
    }

    [Fact]
    public async Task A_message_of_another_school_is_not_found()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var other = await SchoolWorld.CreateAsync(app, "Lycée voisin");
        var theirs = await AddAsync(other.School.Id, "voisin@autre-lycee.fr", OutboxStatus.GivenUp);
        using var admin = await app.SignInAsAsync(Roles.Administrateur, world.School.Id);

        var response = await admin.PostFormAsync("/courriels", "/courriels/renvoyer", new() { ["id"] = theirs.Id.ToString(), ["attempts"] = "2" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(OutboxStatus.GivenUp, (await LoadAsync(theirs.Id)).Status);
    }

    [Theory]
    [InlineData(Roles.Direction)]
    [InlineData(Roles.Cpe)]
    [InlineData(Roles.Secretariat)]
    public async Task Other_roles_are_refused(string role)
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(role, world.School.Id);

        using var response = await client.GetAsync("/courriels");

        Assert.Contains("/acces-refuse", response.Headers.Location?.OriginalString);
    }
}
