using System.Net;
using Microsoft.AspNetCore.Hosting;
using StageSeconde.Tests.Support;

namespace StageSeconde.FunctionalTests.Features.PersonalData;

/// <summary>The application with its retention periods and DPO set in the settings.</summary>
public sealed class PrivacySettingsApp : TestApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Retention:PupilsAndGuardiansMonths", "18");
        builder.UseSetting("Retention:AuditLogMonths", "6");
        builder.UseSetting("Privacy:DpoName", "Délégué de l'académie de Lyon");
        builder.UseSetting("Privacy:DpoEmail", "dpd@ac-test.fr");
    }
}

/// <summary>The page « Données personnelles » (issue 13): public, linked from the footer, durations and contact from the settings.</summary>
public sealed class PrivacyPageTests(PrivacySettingsApp app) : IClassFixture<PrivacySettingsApp>
{
    [Fact]
    public async Task The_page_is_public_and_shows_the_configured_durations_and_contact()
    {
        using var anonymous = app.AnonymousClient();
        using var response = await anonymous.GetAsync("/donnees-personnelles");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(await response.Content.ReadAsStringAsync());

        var periods = page.QuerySelector("#privacy-periods")!.TextContent;
        Assert.Contains("18 mois", periods);
        Assert.Contains("6 mois", periods);
        Assert.Contains("Délégué de l'académie de Lyon", page.QuerySelector("#privacy-dpo")!.TextContent);
        Assert.NotNull(page.QuerySelector("#privacy-dpo a[href='mailto:dpd@ac-test.fr']"));
        foreach (var heading in new[] { "Finalités", "Base légale", "Destinataires", "Durées de conservation", "Vos droits" })
            Assert.Contains(heading, page.QuerySelectorAll("h2").Select(h => h.TextContent));
    }

    [Fact]
    public async Task The_footer_links_to_it_on_the_sign_in_page()
    {
        using var anonymous = app.AnonymousClient();
        var page = await anonymous.GetDocumentAsync("/connexion");
        Assert.NotNull(page.QuerySelector("footer a[href='/donnees-personnelles']"));
    }
}
