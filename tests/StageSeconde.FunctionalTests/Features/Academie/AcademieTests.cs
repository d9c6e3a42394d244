using System.Net;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.Academie;

namespace StageSeconde.FunctionalTests.Features.Academie;

public sealed class AcademieTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Shows_each_lycees_aggregates_and_the_totals_without_any_name()
    {
        var voltaire = await SchoolWorld.CreateAsync(app, "Lycée Voltaire");
        var curie = await SchoolWorld.CreateAsync(app, "Lycée Marie-Curie");
        // Voltaire: the world's student signed, one in the in-school programme, one with nothing, one who left.
        var programme = await app.AddAsync(TestData.Student(voltaire.School.Id, voltaire.Class.Id, "Quentinois", "Anatole"));
        await app.AddAsync(TestData.Student(voltaire.School.Id, voltaire.Class.Id, "Ygrecque", "Zélie"));
        var left = TestData.Student(voltaire.School.Id, voltaire.Class.Id, "Partilotte", "Noé");
        left.Leave(new DateOnly(2026, 10, 1));
        await app.AddAsync(left);
        await AgreementFactory.CreateAsync(app, voltaire, AgreementState.Signed);
        await app.WithDbAsync(async db =>
        {
            var student = await db.Students.IgnoreQueryFilters().SingleAsync(s => s.Id == programme.Id);
            db.Add(PlacementDeclaration.Declare(student, DeclarationKind.InSchoolProgramme, null, new Actor("pp@test.fr"), DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
        });
        // Curie: the world's student with a validated convention (a solution, not yet signed).
        await AgreementFactory.CreateAsync(app, curie, AgreementState.Validated);
        // Hugo: ten students, five in the in-school programme: every figure is large enough to be shown.
        var hugo = await SchoolWorld.CreateAsync(app, "Lycée Hugo");
        for (var i = 0; i < 9; i++)
        {
            var student = await app.AddAsync(TestData.Student(hugo.School.Id, hugo.Class.Id, $"Hugolien{i}"));
            if (i < 5) await app.WithDbAsync(async db =>
            {
                var tracked = await db.Students.IgnoreQueryFilters().SingleAsync(s => s.Id == student.Id);
                db.Add(PlacementDeclaration.Declare(tracked, DeclarationKind.InSchoolProgramme, null, new Actor("pp@test.fr"), DateTimeOffset.UtcNow));
                await db.SaveChangesAsync();
            });
        }
        using var client = await app.SignInAsAsync(Roles.Academie, null);

        var page = await client.GetDocumentAsync("/academie");

        string[] Row(string name) => page.QuerySelectorAll("#lycees tbody tr").Single(r => r.QuerySelector("th")!.TextContent == name)
            .QuerySelectorAll("td").Select(c => c.TextContent.Trim()).Skip(2).ToArray();
        // Statistical secrecy: counts under five read « < 5 », a rate from them « masqué » (3 present, 2 with a solution, 67 %…).
        Assert.Equal(["< 5", "< 5", "masqué", "< 5", "< 5"], Row("Lycée Voltaire"));
        Assert.Equal(["< 5", "< 5", "masqué", "< 5", "< 5"], Row("Lycée Marie-Curie"));
        Assert.Equal(["10", "5", "50\u00A0%", "< 5", "5"], Row("Lycée Hugo"));
        Assert.NotNull(page.QuerySelector("#secret-statistique"));
        var html = page.DocumentElement.OuterHtml;
        foreach (var name in new[] { "Quentinois", "QUENTINOIS", "Ygrecque", "YGRECQUE", "Partilotte", voltaire.Student.LastName, curie.Student.LastName })
            Assert.DoesNotContain(name, html);
        Assert.DoesNotContain("/eleves/", html);
        var totals = page.QuerySelectorAll("#lycees tfoot td").Select(c => c.TextContent.Trim()).ToList();
        // The total is shown unless the small cells of other lycées could be subtracted back from it.
        Assert.True(totals[0] == "masqué" || int.Parse(new string(totals[0].Where(char.IsAsciiDigit).ToArray())) >= 14, $"Total des élèves : {totals[0]}");
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

    [Fact]
    public async Task The_academie_figures_are_those_of_the_students_situations()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var sthr = TestData.Student(world.School.Id, world.Class.Id, "Hôtelier", "Sam");
        sthr.Sthr();
        await app.AddAsync(sthr);
        var twoWeeks = await app.AddAsync(TestData.Student(world.School.Id, world.Class.Id, "Deux", "Semaines"));
        await app.AddAsync(TestData.Guardian(world.School.Id, twoWeeks.Id));
        var searching = await app.AddAsync(TestData.Student(world.School.Id, world.Class.Id, "Cherche", "Encore"));
        var secondHost = await app.AddAsync(TestData.Host(world.School.Id, "Mairie"));
        await app.AddAsync(TestData.Tutor(world.School.Id, secondHost.Id));
        await AgreementFactory.CreateAsync(app, world, AgreementState.Cancelled);
        await AgreementFactory.CreateAsync(app, world.School.Id, twoWeeks.Id, world.Host.Id, AgreementState.Signed, AgreementFactory.Terms(PeriodOption.Week1));
        await AgreementFactory.CreateAsync(app, world.School.Id, twoWeeks.Id, secondHost.Id, AgreementState.Submitted, AgreementFactory.Terms(PeriodOption.Week2));
        await AgreementFactory.CreateAsync(app, world.School.Id, sthr.Id, world.Host.Id, AgreementState.Draft, AgreementFactory.Terms(PeriodOption.Week2));
        await app.WithDbAsync(async db =>
        {
            var student = await db.Students.IgnoreQueryFilters().SingleAsync(s => s.Id == searching.Id);
            db.Add(PlacementDeclaration.Declare(student, new DeclarationRequest(DeclarationKind.Snu, SnuKind: SnuKind.CohesionStay, StartsOn: new DateOnly(2027, 6, 14), EndsOn: new DateOnly(2027, 6, 25)), new Actor("pp@test.fr"), DateTimeOffset.UtcNow.AddDays(-2), DeclarationContext.None));
            // A search note alone withdraws nothing: the SNU is withdrawn explicitly.
            db.Add(PlacementDeclaration.Declare(student, new DeclarationRequest(DeclarationKind.Withdrawal, "Le SNU est reporté.", Withdraws: DeclarationKind.Snu),
                new Actor("pp@test.fr"), DateTimeOffset.UtcNow.AddSeconds(-1), DeclarationContext.None));
            db.Add(PlacementDeclaration.Declare(student, DeclarationKind.Searching, "Le SNU est reporté.", new Actor("pp@test.fr"), DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
        });

        var fromAcademie = await app.WithDbAsync(async db => (await AcademieStatistics.LoadAsync(db, TestData.Academy, CancellationToken.None)).Schools.Single(s => s.Uai == world.School.Uai).Totals);
        var fromSituations = await app.WithDbAsync(db => PlacementSnapshots.ComputeAsync(db, world.School.Id, CancellationToken.None));

        Assert.Equal(fromSituations, fromAcademie);
        // The STHR student (a draft convention for week 2, nothing for week 1) is exempted for week 1 by default: a solution.
        Assert.Equal(new PlacementTotals(Students: 4, WithSolution: 2, Week1Covered: 1, Week2Covered: 2, Signed: 0, InSchoolProgramme: 0), fromAcademie);
    }
}
