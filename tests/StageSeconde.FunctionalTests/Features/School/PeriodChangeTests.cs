using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Features.SchoolSettings;

/// <summary>
/// Changing the observation period when conventions are on it: listed first with what happens to each, nothing written
/// before the administrator confirms, then everything moved in one save (issue 12, « Period changes »).
/// </summary>
public sealed class PeriodChangeTests(TestApp app) : IClassFixture<TestApp>
{
    private const string YearPage = "/etablissement/annee-scolaire";

    /// <summary>A school with a week-1 draft (the world's pupil) and a signed two-week convention (another pupil).</summary>
    private async Task<(SchoolWorld World, Agreement Draft, Agreement Signed, AppClient Admin)> SchoolAsync()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var draft = await AgreementFactory.CreateAsync(app, world, AgreementState.Draft, AgreementFactory.Terms(PeriodOption.Week1));
        var other = await app.AddAsync(TestData.Student(world.School.Id, world.Class.Id, "BERNARD", "Chloé"));
        await app.AddAsync(TestData.Guardian(world.School.Id, other.Id));
        var signed = await AgreementFactory.CreateAsync(app, world.School.Id, other.Id, world.Host.Id, AgreementState.Signed);
        return (world, draft, signed, await app.SignInAsAsync(Roles.Administrateur, world.School.Id));
    }

    private static Dictionary<string, string?> PeriodForm(int version, string start, string end, bool confirmed = false, int listed = 0) => new()
    {
        ["Form.Version"] = version.ToString(CultureInfo.InvariantCulture), ["Form.Start"] = start, ["Form.End"] = end,
        ["Form.Confirmed"] = confirmed ? "true" : "false", ["Form.Listed"] = listed.ToString(CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task The_change_first_lists_the_conventions_it_moves_and_what_happens_to_each_and_writes_nothing()
    {
        var (world, draft, signed, admin) = await SchoolAsync();

        var response = await admin.PostFormAsync(YearPage, $"{YearPage}/{world.Year.Id}/periode", PeriodForm(world.Year.Version, "2027-06-07", "2027-06-18"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Contains("La période passe du 14/06/2027 – 25/06/2027 au 07/06/2027 – 18/06/2027",
            System.Text.RegularExpressions.Regex.Replace(page.QuerySelector("main")!.TextContent, @"\s+", " "));
        var rows = page.QuerySelectorAll("main table tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(2, rows.Count);
        var draftRow = Assert.Single(rows, r => r[0].Contains(world.Student.LastName, StringComparison.Ordinal));
        Assert.Equal(["Semaine 1", "14/06/2027 – 18/06/2027", "07/06/2027 – 11/06/2027", "Brouillon", "Dates déplacées"], draftRow[3..]);
        var signedRow = Assert.Single(rows, r => r[0].Contains("BERNARD", StringComparison.Ordinal));
        Assert.Equal(["14/06/2027 – 25/06/2027", "07/06/2027 – 18/06/2027", "Signée", "Dates déplacées, retour en validation, 4 signatures effacées"], signedRow[4..]);
        Assert.Equal("true", page.QuerySelector("form input[name='Form.Confirmed']")!.GetAttribute("value"));
        Assert.Equal("2", page.QuerySelector("form input[name='Form.Listed']")!.GetAttribute("value"));

        var year = await YearAsync(world.Year.Id);
        Assert.Equal((new DateOnly(2027, 6, 14), world.Year.Version), (year.ObservationStart, year.Version));
        var stored = await AgreementAsync(signed.Id);
        Assert.Equal((AgreementState.Signed, 4, new DateOnly(2027, 6, 14)), (stored.State, stored.Signatures.Count, stored.FirstDay));
        Assert.Equal(new DateOnly(2027, 6, 14), (await AgreementAsync(draft.Id)).FirstDay);
    }

    [Fact]
    public async Task Once_confirmed_every_convention_moves_to_the_same_week_and_the_signed_one_goes_back_to_validation_without_signatures()
    {
        var (world, draft, signed, admin) = await SchoolAsync();

        var response = await admin.PostFormAsync(YearPage, $"{YearPage}/{world.Year.Id}/periode",
            PeriodForm(world.Year.Version, "2027-06-07", "2027-06-18", confirmed: true, listed: 2));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var year = await YearAsync(world.Year.Id);
        Assert.Equal((new DateOnly(2027, 6, 7), new DateOnly(2027, 6, 18)), (year.ObservationStart, year.ObservationEnd));
        var movedDraft = await AgreementAsync(draft.Id);
        Assert.Equal((AgreementState.Draft, new DateOnly(2027, 6, 7), new DateOnly(2027, 6, 11)), (movedDraft.State, movedDraft.FirstDay, movedDraft.LastDay));
        var movedSigned = await AgreementAsync(signed.Id);
        Assert.Equal((AgreementState.Submitted, new DateOnly(2027, 6, 7), new DateOnly(2027, 6, 18)), (movedSigned.State, movedSigned.FirstDay, movedSigned.LastDay));
        Assert.Empty(movedSigned.Signatures);
        Assert.Contains("Les 4 signatures déjà recueillies ont été effacées.", movedSigned.Transitions.OrderBy(t => t.Id).Last().Comment);
        var flash = (await admin.GetDocumentAsync(YearPage)).QuerySelector(".fr-alert--success")!.TextContent;
        Assert.Contains("2 conventions ont été déplacées, dont 1 à valider de nouveau.", flash);
        // Nothing keeps dates outside the new period.
        Assert.Empty(await app.WithDbAsync(db => db.Agreements.IgnoreQueryFilters()
            .Where(a => a.SchoolYearId == world.Year.Id && (a.FirstDay < year.ObservationStart || a.LastDay > year.ObservationEnd)).ToListAsync()));
    }

    [Fact]
    public async Task A_convention_created_after_the_listing_shows_the_confirmation_again_and_nothing_moves()
    {
        var (world, _, signed, admin) = await SchoolAsync();

        var response = await admin.PostFormAsync(YearPage, $"{YearPage}/{world.Year.Id}/periode",
            PeriodForm(world.Year.Version, "2027-06-07", "2027-06-18", confirmed: true, listed: 1));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Contains("La liste des conventions concernées a changé depuis votre lecture", page.QuerySelector("#form-errors")!.TextContent);
        Assert.Equal(new DateOnly(2027, 6, 14), (await YearAsync(world.Year.Id)).ObservationStart);
        Assert.Equal(AgreementState.Signed, (await AgreementAsync(signed.Id)).State);
    }

    [Fact]
    public async Task Bad_dates_are_refused_in_french_before_any_listing()
    {
        var (world, _, signed, admin) = await SchoolAsync();

        var response = await admin.PostFormAsync(YearPage, $"{YearPage}/{world.Year.Id}/periode",
            PeriodForm(world.Year.Version, "2027-06-09", "2027-06-20", confirmed: true, listed: 2));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal("La période d'observation doit commencer un lundi.", page.QuerySelector("#Form_Start-messages")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("input[name='Form.Confirmed'][value=true]"));
        Assert.Equal(new DateOnly(2027, 6, 14), (await YearAsync(world.Year.Id)).ObservationStart);
        Assert.Equal(AgreementState.Signed, (await AgreementAsync(signed.Id)).State);
    }

    [Fact]
    public async Task A_period_that_already_took_place_cannot_move()
    {
        var (world, _, signed, admin) = await SchoolAsync();
        await app.WithDbAsync(async db =>
        {
            var agreement = await db.Agreements.IgnoreQueryFilters().SingleAsync(a => a.Id == signed.Id);
            agreement.Complete(agreement.LastDay.AddDays(1), AgreementFactory.Head, DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        });

        var response = await admin.PostFormAsync(YearPage, $"{YearPage}/{world.Year.Id}/periode",
            PeriodForm(world.Year.Version, "2027-06-07", "2027-06-18", confirmed: true, listed: 1));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("1 convention(s) de cette période sont déjà terminées : la période d'observation a eu lieu et ne peut plus être déplacée.",
            await AppClient.FieldErrorsAsync(response));
        Assert.Equal(new DateOnly(2027, 6, 14), (await YearAsync(world.Year.Id)).ObservationStart);
    }

    [Fact]
    public async Task Restoring_the_default_period_goes_through_the_same_confirmation()
    {
        var world = await SchoolWorld.CreateAsync(app);
        await app.WithDbAsync(async db =>
        {
            var year = await db.SchoolYears.IgnoreQueryFilters().SingleAsync(y => y.Id == world.Year.Id);
            year.ChangeObservationPeriod(new DateOnly(2027, 6, 7), new DateOnly(2027, 6, 18));
            await db.SaveChangesAsync();
        });
        var agreement = await AgreementFactory.CreateAsync(app, world, AgreementState.Validated, AgreementFactory.Terms(PeriodOption.Week2));
        using var admin = await app.SignInAsAsync(Roles.Administrateur, world.School.Id);
        var version = (await YearAsync(world.Year.Id)).Version;

        var response = await admin.PostFormAsync(YearPage, $"{YearPage}/{world.Year.Id}/periode-par-defaut",
            new() { ["version"] = version.ToString(CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Contains("Dates déplacées, retour en validation", page.QuerySelector("main table tbody")!.TextContent);
        Assert.Equal("2027-06-14", page.QuerySelector("input[name='Form.Start']")!.GetAttribute("value"));
        Assert.Equal(AgreementState.Validated, (await AgreementAsync(agreement.Id)).State);
    }

    private Task<SchoolYear> YearAsync(int id) =>
        app.WithDbAsync(db => db.SchoolYears.IgnoreQueryFilters().AsNoTracking().SingleAsync(y => y.Id == id));

    private Task<Agreement> AgreementAsync(int id) =>
        app.WithDbAsync(db => db.Agreements.IgnoreQueryFilters().AsNoTracking().Include(a => a.Signatures).Include(a => a.Transitions).SingleAsync(a => a.Id == id));
}
