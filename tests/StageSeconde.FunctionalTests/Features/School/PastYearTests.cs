using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Features.SchoolSettings;

/// <summary>
/// End of year (issue 12): the next year is opened from the current one, and last year's records stay readable but frozen.
/// </summary>
public sealed class PastYearTests(TestApp app) : IClassFixture<TestApp>
{
    /// <summary>A school whose 2026-2027 year had a draft convention, then whose administrator opened 2027-2028.</summary>
    private async Task<(SchoolWorld World, Agreement Agreement)> LastYearAsync()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var agreement = await AgreementFactory.CreateAsync(app, world);
        using var admin = await app.SignInAsAsync(Roles.Administrateur, world.School.Id);
        var opened = await admin.PostFormAsync("/etablissement/annee-scolaire", "/etablissement/annee-scolaire/suivante", []);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        return (world, agreement);
    }

    [Fact]
    public async Task The_next_year_is_current_with_the_default_period_and_the_classes_are_not_carried_over()
    {
        var (world, _) = await LastYearAsync();

        var years = await app.WithDbAsync(db => db.SchoolYears.IgnoreQueryFilters().AsNoTracking().Where(y => y.SchoolId == world.School.Id)
            .OrderBy(y => y.StartYear).Select(y => new { y.StartYear, y.IsCurrent, y.ObservationStart, y.ObservationEnd }).ToListAsync());
        Assert.Equal([(2026, false), (2027, true)], years.Select(y => (y.StartYear, y.IsCurrent)));
        Assert.Equal(SchoolYear.DefaultObservationPeriod(2027), (years[1].ObservationStart, years[1].ObservationEnd));
        var schoolClass = await app.WithDbAsync(db => db.Classes.IgnoreQueryFilters().AsNoTracking().SingleAsync(c => c.Id == world.Class.Id));
        Assert.True(schoolClass.IsArchived);
        Assert.Equal(1, await app.WithDbAsync(db => db.Students.IgnoreQueryFilters().CountAsync(s => s.SchoolClassId == world.Class.Id)));
    }

    [Fact]
    public async Task A_write_on_last_years_convention_is_refused_in_french_and_changes_nothing()
    {
        var (world, agreement) = await LastYearAsync();
        using var secretariat = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);

        var refused = await secretariat.PostFormAsync($"/conventions/{agreement.Id}/annuler", $"/conventions/{agreement.Id}/annuler", new()
        {
            ["Form.Version"] = agreement.Version.ToString(CultureInfo.InvariantCulture), ["Form.Reason"] = "Erreur de saisie.",
        });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("L'année scolaire 2026-2027 est close : ses conventions, ses absences, son programme et les rapports des élèves se consultent mais ne se modifient plus.",
            await refused.Content.ReadAsStringAsync());
        var stored = await app.WithDbAsync(db => db.Agreements.IgnoreQueryFilters().AsNoTracking().SingleAsync(a => a.Id == agreement.Id));
        Assert.Equal((AgreementState.Draft, agreement.Version), (stored.State, stored.Version));
    }

    [Fact]
    public async Task A_write_from_a_page_goes_back_to_it_with_the_message_and_reads_still_work()
    {
        var (world, agreement) = await LastYearAsync();
        using var secretariat = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        var detailsUrl = $"/conventions/{agreement.Id}";
        var token = await secretariat.TokenFromAsync(detailsUrl);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{detailsUrl}/soumettre")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["version"] = agreement.Version.ToString(CultureInfo.InvariantCulture),
            }),
        };
        request.Headers.Referrer = new Uri(secretariat.Http.BaseAddress!, detailsUrl);

        var refused = await secretariat.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal(detailsUrl, refused.Headers.Location!.OriginalString);
        var page = await secretariat.GetDocumentAsync(detailsUrl);
        Assert.Contains("L'année scolaire 2026-2027 est close", page.QuerySelector(".fr-alert--error")!.TextContent);
        Assert.Equal(AgreementState.Draft, await app.WithDbAsync(db => db.Agreements.IgnoreQueryFilters().Where(a => a.Id == agreement.Id).Select(a => a.State).SingleAsync()));
        var pdf = await secretariat.GetAsync($"{detailsUrl}/pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task The_current_years_conventions_are_still_written()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var agreement = await AgreementFactory.CreateAsync(app, world);
        using var secretariat = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);

        var cancelled = await secretariat.PostFormAsync($"/conventions/{agreement.Id}/annuler", $"/conventions/{agreement.Id}/annuler", new()
        {
            ["Form.Version"] = agreement.Version.ToString(CultureInfo.InvariantCulture), ["Form.Reason"] = "Erreur de saisie.",
        });

        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Equal(AgreementState.Cancelled, await app.WithDbAsync(db => db.Agreements.IgnoreQueryFilters().Where(a => a.Id == agreement.Id).Select(a => a.State).SingleAsync()));
    }
}
