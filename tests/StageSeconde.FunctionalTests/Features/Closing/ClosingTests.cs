using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StageSeconde.FunctionalTests.Features.MyStudents;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.Closing;
using StageSeconde.Web.Infrastructure.Outbox;

namespace StageSeconde.FunctionalTests.Features.Closing;

/// <summary>
/// Closing the sequence: the Direction completes the signed conventions whose dates are over in one action; the conventions
/// still not signed near their first day are listed, shown on the dashboard and e-mailed to the Direction once.
/// The worlds' period runs from Monday 14 to Friday 25 June 2027.
/// </summary>
public sealed class ClosingTests(ClockedTestApp app) : IClassFixture<ClockedTestApp>
{
    private static readonly DateTimeOffset AfterThePeriod = new(2027, 6, 28, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset SevenDaysBefore = new(2027, 6, 7, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset ThirteenDaysBefore = new(2027, 6, 1, 8, 0, 0, TimeSpan.Zero);

    private async Task<(SchoolWorld World, Agreement Signed, Agreement Validated)> WorldAsync()
    {
        app.Clock.SetUtcNow(DateTimeOffset.UtcNow);
        var world = await SchoolWorld.CreateAsync(app);
        var signed = await AgreementFactory.CreateAsync(app, world, AgreementState.Signed);
        var other = await app.AddAsync(TestData.Student(world.School.Id, world.Class.Id, "Durand", "Noé"));
        await app.AddAsync(TestData.Guardian(world.School.Id, other.Id));
        var validated = await AgreementFactory.CreateAsync(app, world.School.Id, other.Id, world.Host.Id, AgreementState.Validated);
        return (world, signed, validated);
    }

    private Task<AgreementState> StateAsync(int id) =>
        app.WithDbAsync(db => db.Agreements.IgnoreQueryFilters().Where(a => a.Id == id).Select(a => a.State).SingleAsync());

    [Fact]
    public async Task The_direction_completes_the_signed_conventions_whose_dates_are_over_and_the_unsigned_ones_are_listed_with_what_to_do()
    {
        var (world, signed, validated) = await WorldAsync();
        app.Clock.SetUtcNow(AfterThePeriod);
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);

        var page = await client.GetDocumentAsync("/cloture");
        Assert.Equal([signed.Id.ToString()], page.QuerySelectorAll("#a-terminer-table tr[data-agreement]").Select(r => r.GetAttribute("data-agreement")));
        var unsigned = page.QuerySelector($"#non-signees-passees-table tr[data-agreement='{validated.Id}']")!;
        Assert.Contains("Enregistrez les signatures manquantes", unsigned.TextContent);

        var token = await client.TokenFromAsync("/cloture");
        var response = await client.PostWithTokenAsync("/cloture/terminer", token, [new("ids", signed.Id.ToString()), new("ids", validated.Id.ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await client.GetDocumentAsync("/cloture");
        Assert.Contains("1 convention(s) terminée(s).", after.QuerySelector(".fr-alert--success")?.TextContent);
        Assert.Equal(AgreementState.Completed, await StateAsync(signed.Id));
        Assert.Equal(AgreementState.Validated, await StateAsync(validated.Id));
        Assert.Empty(after.QuerySelectorAll("#a-terminer-table tr[data-agreement]"));
    }

    [Fact]
    public async Task On_the_last_day_nothing_is_completed()
    {
        var (world, signed, _) = await WorldAsync();
        app.Clock.SetUtcNow(new DateTimeOffset(2027, 6, 25, 15, 0, 0, TimeSpan.Zero));
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);

        Assert.Empty((await client.GetDocumentAsync("/cloture")).QuerySelectorAll("#a-terminer-table tr[data-agreement]"));
        var token = await client.TokenFromAsync("/cloture");
        await client.PostWithTokenAsync("/cloture/terminer", token, [new("ids", signed.Id.ToString())]);
        Assert.Equal(AgreementState.Signed, await StateAsync(signed.Id));
    }

    [Fact]
    public async Task The_secretariat_sees_the_closing_page_but_only_the_direction_completes()
    {
        var (world, signed, _) = await WorldAsync();
        app.Clock.SetUtcNow(AfterThePeriod);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);

        var page = await client.GetDocumentAsync("/cloture");
        Assert.NotNull(page.QuerySelector($"#a-terminer-table tr[data-agreement='{signed.Id}']"));
        Assert.Null(page.QuerySelector("form[action='/cloture/terminer'] button[type=submit]"));
        var token = await client.TokenFromAsync("/cloture");
        var response = await client.PostWithTokenAsync("/cloture/terminer", token, [new("ids", signed.Id.ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/acces-refuse", response.Headers.Location!.ToString());
        Assert.Equal(AgreementState.Signed, await StateAsync(signed.Id));
    }

    [Fact]
    public async Task Seven_days_before_the_first_day_the_unsigned_conventions_are_listed_and_the_dashboard_warns()
    {
        var (world, signed, validated) = await WorldAsync();
        app.Clock.SetUtcNow(SevenDaysBefore);
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);

        var list = await client.GetDocumentAsync("/cloture/non-signees");
        Assert.Equal("Conventions non signées à J-10", list.QuerySelector("h1")?.TextContent.Trim());
        var rows = list.QuerySelectorAll("#non-signees-table tr[data-agreement]");
        Assert.Equal([validated.Id.ToString()], rows.Select(r => r.GetAttribute("data-agreement")));
        Assert.Contains("J-7", rows[0].TextContent);
        Assert.Null(list.QuerySelector($"tr[data-agreement='{signed.Id}']"));

        var dashboard = await client.GetDocumentAsync("/tableau-de-bord");
        Assert.Contains("1 convention(s) non signée(s)", dashboard.QuerySelector("#alerte-non-signees")?.TextContent);
    }

    [Fact]
    public async Task Thirteen_days_before_the_first_day_nothing_is_flagged()
    {
        var (world, _, _) = await WorldAsync();
        app.Clock.SetUtcNow(ThirteenDaysBefore);
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);

        Assert.Empty((await client.GetDocumentAsync("/cloture/non-signees")).QuerySelectorAll("#non-signees-table tr[data-agreement]"));
        Assert.Null((await client.GetDocumentAsync("/tableau-de-bord")).QuerySelector("#alerte-non-signees"));
    }

    [Fact]
    public async Task The_direction_is_emailed_once_per_first_day_through_the_outbox()
    {
        var (world, _, validated) = await WorldAsync();
        app.Clock.SetUtcNow(ThirteenDaysBefore);
        var direction = await app.CreateUserAsync(world.School.Id, Roles.Direction);
        var watch = new UnsignedAgreementsWatch(app.Services.GetRequiredService<IServiceScopeFactory>(), app.Clock,
            Options.Create(new ClosingOptions()), Options.Create(new OutboxOptions()), NullLogger<UnsignedAgreementsWatch>.Instance);
        Task<List<OutboxMessage>> MailsAsync() => app.WithDbAsync(db =>
            db.OutboxMessages.AsNoTracking().Where(m => m.SchoolId == world.School.Id && m.Topic == UnsignedAgreementsWatch.Topic).ToListAsync());

        await watch.RunOnceAsync(CancellationToken.None);
        Assert.Empty(await MailsAsync());

        app.Clock.SetUtcNow(SevenDaysBefore);
        await watch.RunOnceAsync(CancellationToken.None);
        await watch.RunOnceAsync(CancellationToken.None);
        var mail = Assert.Single(await MailsAsync());
        Assert.Equal(direction, mail.To);
        Assert.Contains("J-7", mail.Subject);
        Assert.Contains("DURAND Noé", mail.Body);
        Assert.Contains("/cloture/non-signees", mail.Body);
        Assert.Equal(new DateOnly(2027, 6, 14).DayNumber, mail.RelatedId);
        Assert.Equal(AgreementState.Validated, await StateAsync(validated.Id));
    }
}
