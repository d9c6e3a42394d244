using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Features.Placement;

/// <summary>The test application with a counter of the SQL commands it runs.</summary>
public sealed class QueryCountingApp : TestApp
{
    public CommandCounter Commands { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.ConfigureDbContext<SqliteAppDbContext>(options => options.AddInterceptors(Commands)));
    }

    public sealed class CommandCounter : DbCommandInterceptor
    {
        private int _count;
        public int Count => Volatile.Read(ref _count);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}

public sealed class BoardQueriesTests(QueryCountingApp app) : IClassFixture<QueryCountingApp>
{
    private async Task<int> CommandsOfAsync(Func<Task> request)
    {
        var before = app.Commands.Count;
        await request();
        return app.Commands.Count - before;
    }

    [Fact]
    public async Task The_board_and_its_exports_take_a_fixed_number_of_queries_whatever_the_number_of_pupils()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var small = await BoardScenario.CreateAsync(app, world, "2NDE50");
        var large = await BoardScenario.CreateAsync(app, world, "2NDE51");
        for (var i = 0; i < 15; i++)
        {
            var pupil = await app.AddAsync(TestData.Student(world.School.Id, large.Class.Id));
            await BoardScenario.DeclareAsync(app, pupil.Id, DeclarationKind.Searching, "Note " + i);
            await AgreementFactory.CreateAsync(app, world.School.Id, pupil.Id, world.Host.Id, AgreementState.Draft, AgreementFactory.Terms(referentTeacherId: world.Staff.Id));
        }
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);
        await client.GetDocumentAsync($"/suivi?classe={small.Class.Id}");

        foreach (var path in new[] { "/suivi", "/suivi/export.csv", "/suivi/export.xlsx", "/suivi/liste.pdf" })
        {
            var smallQueries = await CommandsOfAsync(async () => (await client.GetAsync($"{path}?classe={small.Class.Id}")).EnsureSuccessStatusCode());
            var largeQueries = await CommandsOfAsync(async () => (await client.GetAsync($"{path}?classe={large.Class.Id}")).EnsureSuccessStatusCode());

            Assert.True(smallQueries == largeQueries, $"{path} : {smallQueries} requêtes pour 11 élèves, {largeQueries} pour 26");
            Assert.InRange(largeQueries, 5, 10);
        }
    }
}
