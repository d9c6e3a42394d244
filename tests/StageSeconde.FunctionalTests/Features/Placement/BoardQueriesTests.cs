using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Features.Placement;

public sealed class BoardQueriesTests(QueryCountingApp app) : IClassFixture<QueryCountingApp>
{
    private async Task<int> CommandsOfAsync(Func<Task> request)
    {
        var before = app.Commands.Count;
        await request();
        return app.Commands.Count - before;
    }

    [Fact]
    public async Task The_board_and_its_exports_take_a_fixed_number_of_queries_whatever_the_number_of_students()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var small = await BoardScenario.CreateAsync(app, world, "2NDE50");
        var large = await BoardScenario.CreateAsync(app, world, "2NDE51");
        for (var i = 0; i < 15; i++)
        {
            var student = await app.AddAsync(TestData.Student(world.School.Id, large.Class.Id));
            await BoardScenario.DeclareAsync(app, student.Id, DeclarationKind.Searching, "Note " + i);
            await AgreementFactory.CreateAsync(app, world.School.Id, student.Id, world.Host.Id, AgreementState.Draft, AgreementFactory.Terms(referentTeacherId: world.Staff.Id));
        }
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);
        await client.GetDocumentAsync($"/suivi?classe={small.Class.Id}");

        foreach (var path in new[] { "/suivi", "/suivi/export.csv", "/suivi/export.xlsx", "/suivi/liste.pdf" })
        {
            var smallQueries = await CommandsOfAsync(async () => (await client.GetAsync($"{path}?classe={small.Class.Id}")).EnsureSuccessStatusCode());
            var largeQueries = await CommandsOfAsync(async () => (await client.GetAsync($"{path}?classe={large.Class.Id}")).EnsureSuccessStatusCode());

            Assert.True(smallQueries == largeQueries, $"{path} : {smallQueries} requêtes pour 11 élèves, {largeQueries} pour 26");
            // One of them reads the session's security stamp (OpenSessions: a closed account's session ends at its next request),
            // one the programme enrolments (per-week situations); an export or a PDF writes one more: its audit line (issue 13).
            Assert.InRange(largeQueries, 6, path == "/suivi" ? 11 : 12);
        }
    }
}
