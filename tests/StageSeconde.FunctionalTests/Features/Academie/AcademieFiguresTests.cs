using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using StageSeconde.FunctionalTests.Features.Imports;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.Academie;
using static StageSeconde.FunctionalTests.Features.Agreements.AgreementPages;

namespace StageSeconde.FunctionalTests.Features.Academie;

/// <summary>
/// The académie's figures are stored per lycée and kept up to date (docs/decisions/0018-chiffres-de-l-academie.md): after
/// each change made through the pages, in two lycées, the stored figures are fresh and equal to every pupil's situation
/// derived on the spot, and so is the page.
/// </summary>
public sealed class AcademieFiguresTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly byte[] Pdf = "%PDF-1.4\n%signed elsewhere\n"u8.ToArray();

    /// <summary>Every lycée's stored row is fresh and equals the full derivation; the page shows the derivation's figures.</summary>
    private async Task AssertUpToDateAsync(AppClient academie, string step)
    {
        var derived = await app.WithDbAsync(db => AcademieStatistics.DeriveAsync(db, TestData.Academy, CancellationToken.None));
        var stored = await app.WithDbAsync(db => db.Set<SchoolFigures>().AsNoTracking().ToDictionaryAsync(f => f.SchoolId));
        var uaiToId = await app.WithDbAsync(db => db.Schools.AsNoTracking().ToDictionaryAsync(s => s.Uai, s => s.Id));
        foreach (var school in derived.Schools)
        {
            Assert.True(stored.TryGetValue(uaiToId[school.Uai], out var row), $"{step} : pas de chiffres pour {school.Name}");
            Assert.False(row.IsStale, $"{step} : chiffres de {school.Name} encore à recalculer");
            Assert.Equal((school.Totals, school.SignedAgreements), (row.Totals, row.SignedAgreements));
        }

        var page = await academie.GetDocumentAsync("/academie");
        var shown = page.QuerySelectorAll("#lycees tbody tr")
            .ToDictionary(r => r.QuerySelector("td")!.TextContent.Trim(), r => string.Join("|", r.QuerySelectorAll("td").Skip(1).Select(c => c.TextContent.Trim())));
        Assert.Equal(
            derived.Schools.ToDictionary(s => s.Uai, s => string.Join("|", s.City, AcademieModel.Students(s), AcademieModel.WithSolution(s), AcademieModel.Rate(s),
                AcademieModel.Signed(s), AcademieModel.Programme(s))),
            shown);
        Assert.Equal(
            [derived.TotalStudents, derived.TotalWithSolution, derived.TotalRate, derived.TotalSigned, derived.TotalProgramme],
            page.QuerySelectorAll("#lycees tfoot td").Select(c => c.TextContent.Trim()));
    }

    /// <summary>A lycée whose figures are large enough to be shown (no small cell hides a change).</summary>
    private async Task<(SchoolWorld World, List<Student> Pupils)> LyceeAsync(string name)
    {
        var world = await SchoolWorld.CreateAsync(app, name);
        var pupils = new List<Student>();
        for (var i = 0; i < 12; i++)
        {
            pupils.Add(await app.AddAsync(TestData.Student(world.School.Id, world.Class.Id, $"{name[6..]}{i}")));
            await app.AddAsync(TestData.Guardian(world.School.Id, pupils[i].Id));
        }
        for (var i = 0; i < 6; i++)
            await AgreementFactory.CreateAsync(app, world.School.Id, pupils[i].Id, world.Host.Id, i < 5 ? AgreementState.Signed : AgreementState.Submitted);
        return (world, pupils);
    }

    private static async Task<HttpResponseMessage> SignExternallyAsync(AppClient client, Agreement agreement)
    {
        var token = await client.TokenFromAsync($"/conventions/{agreement.Id}/signatures");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        form.Add(new StringContent(agreement.Version.ToString()), "version");
        form.Add(new StringContent("PN-2027-000777"), "externalReference");
        var content = new ByteArrayContent(Pdf);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(content, "signedPdf", "convention-signee.pdf");
        return await client.Http.PostAsync($"/conventions/{agreement.Id}/signatures/hors-application", form);
    }

    [Fact]
    public async Task After_each_change_through_the_pages_in_two_lycees_the_stored_figures_equal_the_full_derivation()
    {
        var (a, pupilsA) = await LyceeAsync("Lycée Arago");
        var (b, pupilsB) = await LyceeAsync("Lycée Buffon");
        using var academie = await app.SignInAsAsync(Roles.Academie, null);
        using var secretaryA = await app.SignInAsAsync(Roles.Secretariat, a.School.Id);
        using var headA = await app.SignInAsAsync(Roles.Direction, a.School.Id);
        using var secretaryB = await app.SignInAsAsync(Roles.Secretariat, b.School.Id);
        using var headB = await app.SignInAsAsync(Roles.Direction, b.School.Id);
        await AssertUpToDateAsync(academie, "au départ");
        var before = await app.WithDbAsync(db => AcademieStatistics.DeriveAsync(db, TestData.Academy, CancellationToken.None));

        // Arago: a convention created through its form (a draft: a solution in progress)…
        var (token, fields) = await FilledCreateFormAsync(secretaryA, a);
        var created = AgreementIdOf(await secretaryA.PostWithTokenAsync(CreateUrl(a), token, fields));
        await AssertUpToDateAsync(academie, "convention créée");
        var afterCreation = await app.WithDbAsync(db => AcademieStatistics.DeriveAsync(db, TestData.Academy, CancellationToken.None));
        Assert.Equal(before.Schools.Single(s => s.Uai == a.School.Uai).Totals.WithSolution + 1,
            afterCreation.Schools.Single(s => s.Uai == a.School.Uai).Totals.WithSolution);

        // … then cancelled.
        var cancelUrl = $"/conventions/{created}/annuler";
        var cancelPage = await headA.GetDocumentAsync(cancelUrl);
        var cancelFields = FieldsOf(cancelPage);
        cancelFields["Form.Reason"] = "L'élève a trouvé une autre structure.";
        Assert.Equal(HttpStatusCode.Redirect, (await headA.PostWithTokenAsync(cancelUrl, TokenOf(cancelPage), cancelFields)).StatusCode);
        await AssertUpToDateAsync(academie, "convention annulée");

        // Buffon: a validated convention signed outside the application (signed conventions + 1).
        var validated = await AgreementFactory.CreateAsync(app, b.School.Id, pupilsB[8].Id, b.Host.Id, AgreementState.Validated);
        await AssertUpToDateAsync(academie, "convention validée");
        Assert.Equal(HttpStatusCode.Redirect, (await SignExternallyAsync(secretaryB, validated)).StatusCode);
        await AssertUpToDateAsync(academie, "convention signée");

        // Buffon: an SNU declared for a pupil with nothing.
        var snu = new Dictionary<string, string?>
        {
            ["Form.Kind"] = nameof(DeclarationKind.Snu), ["Form.SnuKind"] = nameof(SnuKind.CohesionStay),
            ["Form.SnuStart"] = b.Year.Week1Start.AddDays(-3).ToString("yyyy-MM-dd"), ["Form.SnuEnd"] = b.Year.Week2End.ToString("yyyy-MM-dd"),
        };
        Assert.Equal(HttpStatusCode.Redirect, (await headB.PostFormAsync($"/eleves/{pupilsB[9].Id}", $"/eleves/{pupilsB[9].Id}/situation", snu)).StatusCode);
        await AssertUpToDateAsync(academie, "SNU déclaré");

        // Arago: pupils imported from a CSV file (in one transaction).
        const string csv =
            "Nom;Prénom;Date de naissance;Classe;INE;STHR;Courriel;Téléphone;Adresse;Code postal;Commune;Responsable 1 lien;Responsable 1 nom;Responsable 1 prénom;Responsable 1 courriel;Responsable 1 téléphone portable\r\n" +
            "IMPORTÉ;Zoé;02/02/2011;2NDE1;;non;;;;;;;;;;\r\n" +
            "IMPORTÉE;Aïssatou;30/12/2010;2NDE2;;oui;;;;;;;;;;\r\n";
        await secretaryA.ImportAsync(ImportKind.CsvStudents, "eleves.csv", Encoding.UTF8.GetBytes(csv));
        await AssertUpToDateAsync(academie, "élèves importés");

        // Buffon: two pupils enrolled in the in-school programme.
        var enrolment = new Dictionary<string, string?> { ["semaine1[0]"] = pupilsB[10].Id.ToString(), ["semaine2[0]"] = pupilsB[10].Id.ToString(), ["semaine2[1]"] = pupilsB[11].Id.ToString() };
        Assert.Equal(HttpStatusCode.Redirect, (await headB.PostFormAsync("/programme/eleves/proposer", "/programme/eleves/proposer", enrolment)).StatusCode);
        await AssertUpToDateAsync(academie, "inscriptions au programme");
        Assert.Equal(before.Schools.Single(s => s.Uai == b.School.Uai).Totals.InSchoolProgramme + 2,
            (await app.WithDbAsync(db => db.Set<SchoolFigures>().SingleAsync(f => f.SchoolId == b.School.Id))).InSchoolProgramme);

        // Arago: a pupil with a signed convention leaves.
        Assert.Equal(HttpStatusCode.Redirect, (await secretaryA.PostFormAsync($"/eleves/{pupilsA[0].Id}", $"/eleves/{pupilsA[0].Id}/depart", new() { ["left"] = "true" })).StatusCode);
        await AssertUpToDateAsync(academie, "départ d'un élève");

        var after = await app.WithDbAsync(db => AcademieStatistics.DeriveAsync(db, TestData.Academy, CancellationToken.None));
        Assert.NotEqual(before.Schools.Select(s => s.Totals), after.Schools.Select(s => s.Totals));
    }

    [Fact]
    public async Task A_row_left_stale_is_recomputed_by_the_page_and_a_recomputation_overtaken_by_a_later_change_writes_nothing()
    {
        var (world, _) = await LyceeAsync("Lycée Condorcet");
        using var academie = await app.SignInAsAsync(Roles.Academie, null);
        // As if the recomputation after a save had failed: the row says stale, with wrong figures.
        await app.WithDbAsync(db => db.Set<SchoolFigures>().Where(f => f.SchoolId == world.School.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.IsStale, true).SetProperty(f => f.Students, 999)));

        var page = await academie.GetDocumentAsync("/academie");

        var row = page.QuerySelectorAll("#lycees tbody tr").Single(r => r.QuerySelector("td")!.TextContent.Trim() == world.School.Uai);
        Assert.Equal("13", row.QuerySelectorAll("td")[2].TextContent.Trim());
        var stored = await app.WithDbAsync(db => db.Set<SchoolFigures>().AsNoTracking().SingleAsync(f => f.SchoolId == world.School.Id));
        Assert.Equal((false, 13), (stored.IsStale, stored.Students));

        // A recomputation whose stamp is no longer the row's (a later change marked it) leaves the row alone.
        await app.WithDbAsync(db => db.Set<SchoolFigures>().Where(f => f.SchoolId == world.School.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.IsStale, true).SetProperty(f => f.Students, 999)));
        await app.WithDbAsync(db => SchoolFiguresStore.RefreshAsync(db, world.School.Id, Guid.NewGuid(), DateTime.UtcNow, CancellationToken.None));
        stored = await app.WithDbAsync(db => db.Set<SchoolFigures>().AsNoTracking().SingleAsync(f => f.SchoolId == world.School.Id));
        Assert.Equal((true, 999), (stored.IsStale, stored.Students));
        await app.WithDbAsync(db => SchoolFiguresStore.RefreshAsync(db, world.School.Id, stored.Stamp, DateTime.UtcNow, CancellationToken.None));
        stored = await app.WithDbAsync(db => db.Set<SchoolFigures>().AsNoTracking().SingleAsync(f => f.SchoolId == world.School.Id));
        Assert.Equal((false, 13), (stored.IsStale, stored.Students));
    }
}
