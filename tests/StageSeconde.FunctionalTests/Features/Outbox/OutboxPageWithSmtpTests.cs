using StageSeconde.FunctionalTests.Features.UserAccounts;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Features.Outbox;

/// <summary>With an SMTP server configured, the page says nothing about a missing one.</summary>
public sealed class OutboxPageWithSmtpTests(MailTestApp app) : IClassFixture<MailTestApp>
{
    [Fact]
    public async Task No_warning_when_a_server_is_configured()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var admin = await app.SignInAsAsync(Roles.Administrateur, world.School.Id);

        var page = await admin.GetDocumentAsync("/courriels");

        Assert.Null(page.QuerySelector("#no-smtp"));
        Assert.NotNull(page.QuerySelector("#outbox-empty"));
    }
}
