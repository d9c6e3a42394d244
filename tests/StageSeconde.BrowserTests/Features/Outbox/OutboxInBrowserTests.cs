using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using StageSeconde.BrowserTests.Browser;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace StageSeconde.BrowserTests.Features.Outbox;

/// <summary>The administrator's « Courriels » page: a given-up message sent again from the list, and the axe check.</summary>
[Collection(BrowserCollection.Name)]
public sealed class OutboxInBrowserTests(BrowserApp app, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task The_administrator_sends_a_given_up_message_again_and_the_page_has_no_serious_violation()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var now = DateTimeOffset.UtcNow;
        var waiting = new OutboxMessage(world.School.Id, "cpe.martin@ac-creteil.fr", "StageSeconde : absence de Léa DUPONT (2NDE3) le 15/06/2027",
            "Corps", OutboxTopics.AbsenceAlert, null, now);
        waiting.RecordFailure(now, "SocketException : Connection refused", now.AddMinutes(2));
        var givenUp = new OutboxMessage(world.School.Id, "adresse.erronee@ac-creteil.fr", "StageSeconde : choisissez votre mot de passe",
            "Corps", OutboxTopics.SetPasswordLink, null, now.AddDays(-1));
        givenUp.RecordFailure(now.AddHours(-1), "SmtpCommandException : 550 5.1.1 Mailbox unavailable", retryAt: null);
        await app.AddAsync(waiting);
        await app.AddAsync(givenUp);
        var email = await app.CreateUserAsync(world.School.Id, Roles.Administrateur);
        await using var browser = await app.OpenAsync(bypassContentSecurityPolicy: true);
        await browser.SignInAsync(email);

        await browser.GotoAsync("/courriels");
        await Expect(browser.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Courriels");
        await Expect(browser.Page.Locator("#no-smtp")).ToBeVisibleAsync();
        await browser.ShotAsync("outbox-page");
        var violations = await browser.AxeViolationsAsync();
        foreach (var violation in violations) output.WriteLine(violation.ToString());
        Assert.DoesNotContain(violations, v => v.IsSeriousOrCritical);
        Assert.Empty(browser.BrokenResources);

        // The page asks first; the administrator confirms.
        string? asked = null;
        browser.Page.Dialog += async (_, dialog) => { asked = dialog.Message; await dialog.AcceptAsync(); };
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Renvoyer le courriel à adresse.erronee@ac-creteil.fr" }).ClickAsync();

        await Expect(browser.Page.Locator(".fr-alert--success")).ToContainTextAsync("remis dans la boîte d'envoi");
        await browser.ShotAsync("outbox-page-resent");
        Assert.Contains("Renvoyer le courriel", asked);
        var status = await app.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.Id == givenUp.Id).Select(m => m.Status).SingleAsync());
        Assert.Equal(OutboxStatus.Pending, status);
    }
}
