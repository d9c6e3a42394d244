using System.Net;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Features.SchoolSettings;

public sealed class SchoolTests(TestApp app) : IClassFixture<TestApp>
{
    private static Dictionary<string, string?> ValidForm(string uai, int version, string name = "Lycée Romain-Rolland") => new()
    {
        ["Form.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Form.Name"] = name, ["Form.Uai"] = uai,
        ["Form.Sector"] = nameof(SchoolSector.Public), ["Form.Academy"] = "Créteil",
        ["Form.AddressLine"] = "17 rue Lucien-Nadaire", ["Form.PostalCode"] = "94200", ["Form.City"] = "Ivry-sur-Seine",
        ["Form.Phone"] = "+33 1 49 60 81 00", ["Form.Email"] = "ce.0940114r@ac-creteil.fr",
        ["Form.HeadName"] = "Marie Curie", ["Form.HeadEmail"] = "proviseur@romain-rolland.fr", ["Form.HeadPhone"] = "01.49.60.81.01",
        ["Form.AlertDelayMinutes"] = "30", ["Form.OpensAt"] = "08:00", ["Form.ClosesAt"] = "18:00",
        ["Form.SignatureLinkDays"] = "15", ["Form.SignatureReminderDays"] = "3",
    };

    [Fact]
    public async Task The_online_signature_settings_are_saved_and_checked_in_french()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var head = await app.SignInAsAsync(Roles.Direction, world.School.Id);
        var uai = TestData.Uai(8809);

        var bad = ValidForm(uai, world.School.Version);
        bad["Form.SignatureLinkDays"] = "61";
        bad["Form.SignatureReminderDays"] = "0";
        var refused = await head.PostFormAsync("/etablissement", "/etablissement", bad);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var errors = await AppClient.FieldErrorsAsync(refused);
        Assert.Contains("La durée de validité des liens de signature est comprise entre 1 et 60 jours.", errors);
        Assert.Contains("Le délai avant relance est compris entre 1 et 30 jours.", errors);
        bad["Form.SignatureLinkDays"] = "";
        Assert.Contains("Durée de validité des liens de signature : ce champ est obligatoire.", await AppClient.FieldErrorsAsync(await head.PostFormAsync("/etablissement", "/etablissement", bad)));
        Assert.Equal(School.DefaultSignatureLinkDays, (await SchoolAsync(world.School.Id)).SignatureLinkDays);

        var good = ValidForm(uai, world.School.Version);
        good["Form.SignatureLinkDays"] = "30";
        good["Form.SignatureReminderDays"] = "5";
        good["Form.StartSignaturesOnValidation"] = "true";
        Assert.Equal(HttpStatusCode.Redirect, (await head.PostFormAsync("/etablissement", "/etablissement", good)).StatusCode);
        var school = await SchoolAsync(world.School.Id);
        Assert.Equal((30, 5, true), (school.SignatureLinkDays, school.SignatureReminderDays, school.StartSignaturesOnValidation));
    }

    [Fact]
    public async Task The_administrator_saves_the_school_settings_normalised()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var admin = await app.SignInAsAsync(Roles.Administrateur, world.School.Id);
        var uai = TestData.Uai(8801);

        var response = await admin.PostFormAsync("/etablissement", "/etablissement", ValidForm(uai.ToLowerInvariant() + " ", world.School.Version));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var school = await SchoolAsync(world.School.Id);
        Assert.Equal(uai, school.Uai);
        Assert.Equal("Lycée Romain-Rolland", school.Name);
        Assert.Equal("0149608100", school.Phone);
        Assert.Equal("0149608101", school.HeadPhone);
        Assert.Equal(SchoolSector.Public, school.Sector);
        var page = await admin.GetDocumentAsync("/etablissement");
        Assert.Contains("Paramètres de l'établissement enregistrés.", page.QuerySelector(".fr-alert--success")!.TextContent);
        Assert.Equal("01 49 60 81 00", page.QuerySelector("#Form_Phone")!.GetAttribute("value"));
        // The administrator's own cookie carries the new name at once.
        Assert.Contains("Lycée Romain-Rolland", page.QuerySelector(".fr-header__service-tagline")!.TextContent);
    }

    [Fact]
    public async Task A_broken_uai_and_missing_fields_are_refused_in_french_and_nothing_is_written()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var admin = await app.SignInAsAsync(Roles.Administrateur, world.School.Id);
        var form = ValidForm("0940114A", world.School.Version, "Nouveau nom");
        form["Form.HeadEmail"] = "";
        form["Form.Sector"] = "Confessionnel";

        var response = await admin.PostFormAsync("/etablissement", "/etablissement", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = await AppClient.FieldErrorsAsync(response);
        Assert.Contains("L'UAI doit comporter 7 chiffres suivis de sa lettre clé (par exemple 0930122C).", errors);
        Assert.Contains("Adresse électronique du chef d'établissement : ce champ est obligatoire.", errors);
        Assert.Contains(errors, e => e.Contains("Confessionnel"));
        var school = await SchoolAsync(world.School.Id);
        Assert.Equal((world.School.Uai, world.School.Name, world.School.Version), (school.Uai, school.Name, school.Version));
        var page = await AppClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal("Nouveau nom", page.QuerySelector("#Form_Name")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_uai_of_another_school_is_refused()
    {
        var other = await SchoolWorld.CreateAsync(app);
        var world = await SchoolWorld.CreateAsync(app);
        using var admin = await app.SignInAsAsync(Roles.Administrateur, world.School.Id);

        var response = await admin.PostFormAsync("/etablissement", "/etablissement", ValidForm(other.School.Uai, world.School.Version));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Cet UAI est déjà celui d'un autre établissement inscrit à StageSeconde.", await AppClient.FieldErrorsAsync(response));
        Assert.Equal(world.School.Uai, (await SchoolAsync(world.School.Id)).Uai);
    }

    [Fact]
    public async Task A_second_edit_based_on_an_old_version_is_refused_and_keeps_the_input()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var first = await app.SignInAsAsync(Roles.Administrateur, world.School.Id);
        using var second = await app.SignInAsAsync(Roles.Administrateur, world.School.Id);
        var token1 = await first.TokenFromAsync("/etablissement");
        var token2 = await second.TokenFromAsync("/etablissement");

        var ok = await first.PostWithTokenAsync("/etablissement", token1, ValidForm(world.School.Uai, world.School.Version, "Nom du premier"));
        var conflict = await second.PostWithTokenAsync("/etablissement", token2, ValidForm(world.School.Uai, world.School.Version, "Nom du second"));

        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var page = await AppClient.ParseAsync(await conflict.Content.ReadAsStringAsync());
        Assert.Contains("Quelqu'un d'autre a modifié ces informations", page.QuerySelector("#form-errors")!.TextContent);
        Assert.Equal("Nom du second", page.QuerySelector("#Form_Name")!.GetAttribute("value"));
        Assert.Equal("Nom du premier", (await SchoolAsync(world.School.Id)).Name);
    }

    [Fact]
    public async Task The_school_year_page_shows_the_period_and_its_two_weeks()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var admin = await app.SignInAsAsync(Roles.Administrateur, world.School.Id);

        var page = await admin.GetDocumentAsync("/etablissement/annee-scolaire");

        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains("Année 2026-2027 (en cours)", text);
        Assert.Contains("du lundi 14 juin 2027 au vendredi 18 juin 2027", text);
        Assert.Contains("du lundi 21 juin 2027 au vendredi 25 juin 2027", text);
        Assert.Contains("C'est la période par défaut", text);
        Assert.Equal("2027-06-14", page.QuerySelector("#Form_Start")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_period_starting_on_a_wednesday_is_refused_next_to_the_field_and_nothing_changes()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var admin = await app.SignInAsAsync(Roles.Administrateur, world.School.Id);
        var year = await CurrentYearAsync(world.School.Id);

        var response = await admin.PostFormAsync("/etablissement/annee-scolaire", $"/etablissement/annee-scolaire/{year.Id}/periode",
            PeriodForm(year.Version, "2027-06-16", "2027-06-27"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal("La période d'observation doit commencer un lundi.", page.QuerySelector("#Form_Start-messages")!.TextContent.Trim());
        Assert.Equal("2027-06-16", page.QuerySelector("#Form_Start")!.GetAttribute("value"));
        var saved = await CurrentYearAsync(world.School.Id);
        Assert.Equal((new DateOnly(2027, 6, 14), new DateOnly(2027, 6, 25), year.Version), (saved.ObservationStart, saved.ObservationEnd, saved.Version));
    }

    [Fact]
    public async Task A_period_of_the_wrong_length_is_refused_next_to_its_last_day()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var admin = await app.SignInAsAsync(Roles.Administrateur, world.School.Id);
        var year = await CurrentYearAsync(world.School.Id);

        var response = await admin.PostFormAsync("/etablissement/annee-scolaire", $"/etablissement/annee-scolaire/{year.Id}/periode",
            PeriodForm(year.Version, "2027-06-07", "2027-06-11"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Contains("deux semaines", page.QuerySelector("#Form_End-messages")!.TextContent);
        Assert.Equal(new DateOnly(2027, 6, 14), (await CurrentYearAsync(world.School.Id)).ObservationStart);
    }

    [Fact]
    public async Task The_period_moves_to_other_weeks_then_back_to_the_default()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var admin = await app.SignInAsAsync(Roles.Administrateur, world.School.Id);
        var year = await CurrentYearAsync(world.School.Id);

        var changed = await admin.PostFormAsync("/etablissement/annee-scolaire", $"/etablissement/annee-scolaire/{year.Id}/periode",
            PeriodForm(year.Version, "2027-06-07", "2027-06-18"));

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var moved = await CurrentYearAsync(world.School.Id);
        Assert.Equal((new DateOnly(2027, 6, 7), new DateOnly(2027, 6, 18)), (moved.ObservationStart, moved.ObservationEnd));
        var page = await admin.GetDocumentAsync("/etablissement/annee-scolaire");
        Assert.Contains("Période d'observation 2026-2027 enregistrée : du 07/06/2027 au 18/06/2027.", page.QuerySelector(".fr-alert--success")!.TextContent);
        Assert.Contains("La période par défaut serait du 14/06/2027 au 25/06/2027.", page.QuerySelector("main")!.TextContent);

        var restored = await admin.PostFormAsync("/etablissement/annee-scolaire", $"/etablissement/annee-scolaire/{year.Id}/periode-par-defaut",
            new() { ["version"] = moved.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        var back = await CurrentYearAsync(world.School.Id);
        Assert.Equal((new DateOnly(2027, 6, 14), new DateOnly(2027, 6, 25)), (back.ObservationStart, back.ObservationEnd));
    }

    [Fact]
    public async Task The_next_school_year_becomes_current_with_the_default_period_and_cannot_be_created_twice()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var admin = await app.SignInAsAsync(Roles.Administrateur, world.School.Id);

        var created = await admin.PostFormAsync("/etablissement/annee-scolaire", "/etablissement/annee-scolaire/suivante", []);

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var years = await YearsAsync(world.School.Id);
        Assert.Equal([(2027, true), (2026, false)], years.Select(y => (y.StartYear, y.IsCurrent)));
        Assert.Equal((new DateOnly(2028, 6, 19), new DateOnly(2028, 6, 30)), (years[0].ObservationStart, years[0].ObservationEnd));
        var page = await admin.GetDocumentAsync("/etablissement/annee-scolaire");
        Assert.Contains("Année scolaire 2027-2028 créée", page.QuerySelector(".fr-alert--success")!.TextContent);

        // Its next one is offered now; the one just created is refused if posted again (a second tab, a double click).
        var token = await admin.TokenFromAsync("/etablissement/annee-scolaire");
        await app.WithDbAsync(async db =>
        {
            var current = await db.SchoolYears.IgnoreQueryFilters().SingleAsync(y => y.SchoolId == world.School.Id && y.StartYear == 2027);
            var previous = await db.SchoolYears.IgnoreQueryFilters().SingleAsync(y => y.SchoolId == world.School.Id && y.StartYear == 2026);
            previous.MakeCurrent([current]);
            await db.SaveChangesAsync();
        });
        var twice = await admin.PostWithTokenAsync("/etablissement/annee-scolaire/suivante", token, []);

        Assert.Equal(HttpStatusCode.Redirect, twice.StatusCode);
        Assert.Equal(2, (await YearsAsync(world.School.Id)).Count);
        var refused = await admin.GetDocumentAsync("/etablissement/annee-scolaire");
        Assert.Contains("L'année scolaire 2027-2028 existe déjà.", refused.QuerySelector(".fr-alert--error")!.TextContent);
    }

    [Fact]
    public async Task A_school_without_a_school_year_creates_the_current_one()
    {
        var school = await app.AddAsync(TestData.School());
        using var admin = await app.SignInAsAsync(Roles.Administrateur, school.Id);
        var page = await admin.GetDocumentAsync("/etablissement/annee-scolaire");
        Assert.NotNull(page.QuerySelector("form[action='/etablissement/annee-scolaire/creer']"));

        var response = await admin.PostFormAsync("/etablissement/annee-scolaire", "/etablissement/annee-scolaire/creer", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var year = Assert.Single(await YearsAsync(school.Id));
        var today = DateOnly.FromDateTime(DateTime.UtcNow.ToParis());
        Assert.Equal(SchoolYear.StartYearOn(today), year.StartYear);
        Assert.True(year.IsCurrent);
        Assert.Equal(SchoolYear.DefaultObservationPeriod(year.StartYear), (year.ObservationStart, year.ObservationEnd));

        var again = await admin.PostFormAsync("/etablissement/annee-scolaire", "/etablissement/annee-scolaire/suivante", []);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(2, (await YearsAsync(school.Id)).Count);
    }

    [Fact]
    public async Task The_school_year_of_another_school_is_not_found()
    {
        var other = await SchoolWorld.CreateAsync(app);
        var world = await SchoolWorld.CreateAsync(app);
        using var admin = await app.SignInAsAsync(Roles.Administrateur, world.School.Id);
        var otherYear = await CurrentYearAsync(other.School.Id);

        var response = await admin.PostFormAsync("/etablissement/annee-scolaire", $"/etablissement/annee-scolaire/{otherYear.Id}/periode",
            PeriodForm(otherYear.Version, "2027-06-07", "2027-06-18"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(new DateOnly(2027, 6, 14), (await CurrentYearAsync(other.School.Id)).ObservationStart);
    }

    [Fact]
    public async Task The_direction_edits_the_school_settings_and_the_period_but_does_not_open_a_year_nor_see_the_accounts()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var direction = await app.SignInAsAsync(Roles.Direction, world.School.Id);

        var settings = await direction.GetDocumentAsync("/etablissement");
        var year = await direction.GetDocumentAsync("/etablissement/annee-scolaire");

        Assert.NotNull(settings.QuerySelector("form[method=post] [name='Form.AlertDelayMinutes']"));
        Assert.Equal("Modifier la période d'observation", settings.QuerySelector("a[href='/etablissement/annee-scolaire']")!.TextContent.Trim());
        Assert.Null(settings.QuerySelector("a[href='/comptes']"));
        // « The Direction confirms » the period change (issue 12); opening the next year stays the administrateur's.
        Assert.NotNull(year.QuerySelector($"form[action='/etablissement/annee-scolaire/{world.Year.Id}/periode']"));
        Assert.Null(year.QuerySelector("form[action='/etablissement/annee-scolaire/suivante']"));
    }

    private static Dictionary<string, string?> PeriodForm(int version, string start, string end) => new()
    {
        ["Form.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Form.Start"] = start, ["Form.End"] = end,
    };

    private Task<Web.Domain.School> SchoolAsync(int id) =>
        app.WithDbAsync(db => db.Schools.AsNoTracking().SingleAsync(s => s.Id == id));

    private Task<SchoolYear> CurrentYearAsync(int schoolId) =>
        app.WithDbAsync(db => db.SchoolYears.IgnoreQueryFilters().AsNoTracking().SingleAsync(y => y.SchoolId == schoolId && y.IsCurrent));

    private Task<List<SchoolYear>> YearsAsync(int schoolId) =>
        app.WithDbAsync(db => db.SchoolYears.IgnoreQueryFilters().AsNoTracking().Where(y => y.SchoolId == schoolId).OrderByDescending(y => y.StartYear).ToListAsync());
}
