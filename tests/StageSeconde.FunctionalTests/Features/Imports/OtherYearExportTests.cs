using System.Net;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Tests.Imports;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Features.Imports;

/// <summary>Last year's SIECLE export (issue 12): refused until the user ticks an explicit confirmation on the preview.</summary>
public sealed class OtherYearExportTests(TestApp app) : IClassFixture<TestApp>
{
    /// <summary>A school in 2027-2028; the sample exports say ANNEE_SCOLAIRE 2026, last year's.</summary>
    private async Task<(School School, AppClient Client)> SchoolIn2027Async()
    {
        var school = await app.AddAsync(TestData.School());
        await app.AddAsync(SchoolYear.Create(school.Id, 2027));
        return (school, await app.SignInAsAsync(Roles.Secretariat, school.Id));
    }

    [Fact]
    public async Task Last_years_export_is_refused_in_french_and_cannot_be_confirmed_without_the_checkbox()
    {
        var (school, client) = await SchoolIn2027Async();
        var previewUrl = await client.UploadAcceptedAsync(ImportKind.SiecleStudents, "ElevesSansAdresses.xml", SiecleSamples.Students(school.Uai));

        var preview = await client.GetDocumentAsync(previewUrl);

        Assert.Contains("Ce fichier est l'export SIECLE de l'année scolaire 2026-2027, et non de l'année en cours (2027-2028)", preview.QuerySelector("#refus")!.TextContent);
        Assert.Null(preview.QuerySelector("form#confirmer"));
        Assert.NotNull(preview.QuerySelector("form#autre-annee input#autreAnnee[type=checkbox]"));
        Assert.NotNull(preview.QuerySelector("label[for=autreAnnee]"));

        var token = await client.TokenFromAsync("/imports/nouveau");
        var previewPath = previewUrl.Replace("/apercu", "", StringComparison.Ordinal);
        using var forced = await client.PostWithTokenAsync(previewPath + "/confirmer", token, new Dictionary<string, string?>());
        Assert.Equal(HttpStatusCode.Redirect, forced.StatusCode);
        Assert.StartsWith(previewUrl, forced.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Students.IgnoreQueryFilters().CountAsync(s => s.SchoolId == school.Id)));
    }

    [Fact]
    public async Task Last_years_export_is_imported_once_the_user_confirms_it()
    {
        var (school, client) = await SchoolIn2027Async();
        var previewUrl = await client.UploadAcceptedAsync(ImportKind.SiecleStudents, "ElevesSansAdresses.xml", SiecleSamples.Students(school.Uai));

        var confirmedPreview = await client.GetDocumentAsync(previewUrl + "?autreAnnee=true");
        Assert.Null(confirmedPreview.QuerySelector("#refus"));
        Assert.Contains("importé sur votre confirmation", confirmedPreview.QuerySelector("main")!.TextContent);
        Assert.NotNull(confirmedPreview.QuerySelector("form#confirmer input[name=autreAnnee][value=true]"));
        using var confirmed = await client.ConfirmAsync(confirmedPreview);

        Assert.Equal("/imports", confirmed.Headers.Location!.OriginalString);
        Assert.True(await app.WithDbAsync(db => db.Students.IgnoreQueryFilters().CountAsync(s => s.SchoolId == school.Id)) > 0);
    }

    [Fact]
    public async Task The_current_years_export_needs_no_confirmation()
    {
        var school = await app.AddAsync(TestData.School());
        await app.AddAsync(SchoolYear.Create(school.Id, 2026));
        using var client = await app.SignInAsAsync(Roles.Secretariat, school.Id);

        var preview = await client.GetDocumentAsync(await client.UploadAcceptedAsync(ImportKind.SiecleStudents, "ElevesSansAdresses.xml", SiecleSamples.Students(school.Uai)));

        Assert.Null(preview.QuerySelector("#refus"));
        Assert.NotNull(preview.QuerySelector("form#confirmer"));
    }
}
