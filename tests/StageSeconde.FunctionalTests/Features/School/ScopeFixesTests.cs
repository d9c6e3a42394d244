using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using StageSeconde.FunctionalTests.Features.Placement;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Features.SchoolSettings;

/// <summary>
/// Two scopes set right (issue 12): the Direction confirms a period change (the administrateur still may; opening a year stays
/// the administrateur's), and a professeur principal choosing the pupil of a new convention sees their classes only.
/// </summary>
public sealed class ScopeFixesTests(TestApp app) : IClassFixture<TestApp>
{
    private const string YearPage = "/etablissement/annee-scolaire";

    private static Dictionary<string, string?> PeriodForm(int version, string start, string end) => new()
    {
        ["Form.Version"] = version.ToString(CultureInfo.InvariantCulture), ["Form.Start"] = start, ["Form.End"] = end,
        ["Form.Confirmed"] = "false", ["Form.Listed"] = "0",
    };

    [Fact]
    public async Task The_direction_changes_the_period_but_does_not_open_a_year_and_the_secretariat_does_neither()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var head = await app.SignInAsAsync(Roles.Direction, world.School.Id);
        using var secretary = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);

        var page = await head.GetDocumentAsync(YearPage);
        Assert.NotNull(page.QuerySelector($"form[action='{YearPage}/{world.Year.Id}/periode']"));
        Assert.Null(page.QuerySelector($"form[action='{YearPage}/suivante']"));
        Assert.NotNull(page.QuerySelector("#annee-suivante-admin"));
        var changed = await head.PostFormAsync(YearPage, $"{YearPage}/{world.Year.Id}/periode", PeriodForm(world.Year.Version, "2027-06-07", "2027-06-18"));

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var year = await app.WithDbAsync(db => db.SchoolYears.IgnoreQueryFilters().AsNoTracking().SingleAsync(y => y.Id == world.Year.Id));
        Assert.Equal((new DateOnly(2027, 6, 7), new DateOnly(2027, 6, 18)), (year.ObservationStart, year.ObservationEnd));

        var token = await head.TokenFromAsync(YearPage);
        Assert.Contains("/acces-refuse", (await head.PostWithTokenAsync($"{YearPage}/suivante", token, [])).Headers.Location?.OriginalString ?? "");
        Assert.Contains("/acces-refuse", (await secretary.GetAsync(YearPage)).Headers.Location?.OriginalString ?? "");
        var secretaryToken = await secretary.TokenFromAsync("/mot-de-passe");
        var refused = await secretary.PostWithTokenAsync($"{YearPage}/{world.Year.Id}/periode", secretaryToken, PeriodForm(year.Version, "2027-06-14", "2027-06-25"));
        Assert.Contains("/acces-refuse", refused.Headers.Location?.OriginalString ?? "");
        Assert.Equal(1, await app.WithDbAsync(db => db.SchoolYears.IgnoreQueryFilters().CountAsync(y => y.SchoolId == world.School.Id)));
    }

    [Fact]
    public async Task A_principal_chooses_the_pupil_of_a_new_convention_among_their_classes_only()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var otherClass = await app.AddAsync(TestData.Class(world.School.Id));
        var other = await app.AddAsync(TestData.Student(world.School.Id, otherClass.Id, "AUTRECLASSE", "Noé"));
        using var principal = await BoardScenario.SignInAsPrincipalOfAsync(app, world.School.Id, world.Class.Id);
        using var head = await app.SignInAsAsync(Roles.Direction, world.School.Id);

        var choose = await principal.GetDocumentAsync("/conventions/nouvelle");
        var byName = await principal.GetDocumentAsync("/conventions/nouvelle?q=AUTRECLASSE");
        var byClass = await principal.GetDocumentAsync($"/conventions/nouvelle?classe={otherClass.Id}");
        var own = await principal.GetDocumentAsync($"/conventions/nouvelle?classe={world.Class.Id}");
        var headView = await head.GetDocumentAsync("/conventions/nouvelle?q=AUTRECLASSE");

        Assert.Equal([world.Class.Code], choose.QuerySelectorAll("#classe option[value]:not([value=''])").Select(o => o.TextContent.Trim()));
        Assert.Equal("Toutes mes classes", choose.QuerySelector("#classe option[value='']")!.TextContent.Trim());
        Assert.Empty(byName.QuerySelectorAll("main table tbody tr"));
        Assert.Empty(byClass.QuerySelectorAll("main table tbody tr"));
        Assert.Equal([world.Student.Id.ToString(CultureInfo.InvariantCulture)],
            own.QuerySelectorAll("main table tbody tr a[href*='eleve=']").Select(a => a.GetAttribute("href")!.Split("eleve=")[1]));
        Assert.Single(headView.QuerySelectorAll("main table tbody tr"));
        Assert.Contains(other.LastName, headView.QuerySelector("main table tbody")!.TextContent);
    }
}
