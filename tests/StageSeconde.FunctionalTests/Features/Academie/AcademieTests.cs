using System.Net;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Features.Academie;

public sealed class AcademieTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Shows_each_lycees_aggregates_and_the_totals_without_any_name()
    {
        var voltaire = await SchoolWorld.CreateAsync(app, "Lycée Voltaire");
        var curie = await SchoolWorld.CreateAsync(app, "Lycée Marie-Curie");
        // Voltaire: the world's pupil signed, one in the in-school programme, one with nothing, one who left.
        var programme = await app.AddAsync(TestData.Student(voltaire.School.Id, voltaire.Class.Id, "Quentinois", "Anatole"));
        await app.AddAsync(TestData.Student(voltaire.School.Id, voltaire.Class.Id, "Ygrecque", "Zélie"));
        var left = TestData.Student(voltaire.School.Id, voltaire.Class.Id, "Partilotte", "Noé");
        left.LeftOn = new DateOnly(2026, 10, 1);
        await app.AddAsync(left);
        await AgreementFactory.CreateAsync(app, voltaire, AgreementState.Signed);
        await app.WithDbAsync(async db =>
        {
            var pupil = await db.Students.IgnoreQueryFilters().SingleAsync(s => s.Id == programme.Id);
            db.Add(PlacementDeclaration.Declare(pupil, DeclarationKind.InSchoolProgramme, null, new Actor("pp@test.fr"), DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
        });
        // Curie: the world's pupil with a validated convention (a solution, not yet signed).
        await AgreementFactory.CreateAsync(app, curie, AgreementState.Validated);
        using var client = await app.SignInAsAsync(Roles.Academie, null);

        var page = await client.GetDocumentAsync("/academie");

        string[] Row(string name) => page.QuerySelectorAll("#lycees tbody tr").Single(r => r.QuerySelector("th")!.TextContent == name)
            .QuerySelectorAll("td").Select(c => c.TextContent.Trim()).Skip(2).ToArray();
        Assert.Equal(["3", "2", "67\u00A0%", "1", "1"], Row("Lycée Voltaire"));
        Assert.Equal(["1", "1", "100\u00A0%", "0", "0"], Row("Lycée Marie-Curie"));
        var html = page.DocumentElement.OuterHtml;
        foreach (var name in new[] { "Quentinois", "QUENTINOIS", "Ygrecque", "YGRECQUE", "Partilotte", voltaire.Student.LastName, curie.Student.LastName })
            Assert.DoesNotContain(name, html);
        Assert.DoesNotContain("/eleves/", html);
        var totals = page.QuerySelectorAll("#lycees tfoot td").Select(c => c.TextContent.Trim()).ToList();
        var totalPupils = int.Parse(totals[0]);
        Assert.True(totalPupils >= 4, $"Total des élèves : {totalPupils}");
    }

    [Fact]
    public async Task The_academie_is_refused_every_personal_page_of_a_school()
    {
        var world = await SchoolWorld.CreateAsync(app);
        await AgreementFactory.CreateAsync(app, world, AgreementState.Submitted);
        using var client = await app.SignInAsAsync(Roles.Academie, null);

        foreach (var url in new[] { $"/eleves/{world.Student.Id}", $"/structures/{world.Host.Id}", "/personnels", "/tableau-de-bord", "/referents" })
        {
            using var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/acces-refuse"),
                $"{url} : {(int)response.StatusCode} {response.Headers.Location}");
        }
        // Pages of other features (they may not exist in this branch yet): never shown to the académie.
        foreach (var url in new[] { "/conventions", "/conventions/a-valider", "/suivi", $"/suivi?classe={world.Class.Id}" })
        {
            using var response = await client.GetAsync(url);
            Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        }
    }
}
