using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.Academie;
using StageSeconde.Web.Infrastructure.Background;

namespace StageSeconde.FunctionalTests.Features.Academie;

/// <summary>
/// The académie's figures are filled by a background job, not before the application listens
/// (docs/decisions/0018-chiffres-de-l-academie.md): the application answers while rows are missing, the page still shows the
/// right figures, and the job's run fills the rows missing or of another build without overwriting a change marked meanwhile.
/// The job is off in this application (TestAppWithoutBackgroundWork): its runs are the test's.
/// </summary>
public sealed class AcademieFiguresJobTests(TestAppWithoutBackgroundWork app) : IClassFixture<TestAppWithoutBackgroundWork>
{
    private async Task<SchoolWorld> LyceeAsync(string name)
    {
        var world = await SchoolWorld.CreateAsync(app, name);
        for (var i = 0; i < 11; i++)
        {
            var pupil = await app.AddAsync(TestData.Student(world.School.Id, world.Class.Id, $"{name[6..]}{i}"));
            await app.AddAsync(TestData.Guardian(world.School.Id, pupil.Id));
            if (i < 5) await AgreementFactory.CreateAsync(app, world.School.Id, pupil.Id, world.Host.Id, AgreementState.Signed);
        }
        return world;
    }

    private Task<Dictionary<int, SchoolFigures>> StoredAsync() =>
        app.WithDbAsync(db => db.Set<SchoolFigures>().AsNoTracking().ToDictionaryAsync(f => f.SchoolId));

    [Fact]
    public async Task The_application_answers_while_rows_are_missing_and_the_page_shows_the_right_figures()
    {
        var world = await LyceeAsync("Lycée Condorcet");
        // A database from before the figures: no row for this lycée, and nothing fills it at start-up.
        await app.WithDbAsync(db => db.Set<SchoolFigures>().Where(f => f.SchoolId == world.School.Id).ExecuteDeleteAsync());
        using var academie = await app.SignInAsAsync(Roles.Academie, null);

        var page = await academie.GetDocumentAsync("/academie");

        var derived = await app.WithDbAsync(db => AcademieStatistics.DeriveAsync(db, TestData.Academy, CancellationToken.None));
        var expected = derived.Schools.Single(s => s.Uai == world.School.Uai);
        Assert.Equal(12, expected.Totals.Students);
        var cells = page.QuerySelectorAll("#lycees tbody tr").Single(r => r.QuerySelector("td")!.TextContent.Trim() == world.School.Uai)
            .QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal([AcademieModel.Students(expected), AcademieModel.WithSolution(expected), AcademieModel.Rate(expected), AcademieModel.Signed(expected)],
            cells.Skip(2).Take(4));
        Assert.Equal("12", cells[2]);
        // The page computed the figures on the spot and left the missing row to the job.
        Assert.False((await StoredAsync()).ContainsKey(world.School.Id));

        var run = await app.Services.GetRequiredService<SchoolFiguresService>().RunOnceAsync(CancellationToken.None);

        Assert.True(run.LeaseTaken);
        var row = (await StoredAsync())[world.School.Id];
        Assert.Equal((expected.Totals, expected.SignedAgreements, false, SchoolFiguresStore.Build), (row.Totals, row.SignedAgreements, row.IsStale, row.ComputedBy));
    }

    [Fact]
    public async Task The_job_fills_missing_rows_and_recomputes_rows_of_another_build()
    {
        var first = await LyceeAsync("Lycée Diderot");
        var second = await LyceeAsync("Lycée Eiffel");
        await app.WithDbAsync(db => db.Set<SchoolFigures>().Where(f => f.SchoolId == first.School.Id).ExecuteDeleteAsync());
        await app.WithDbAsync(db => db.Set<SchoolFigures>().Where(f => f.SchoolId == second.School.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.ComputedBy, "une-autre-version").SetProperty(f => f.WithSolution, 0)));

        var run = await app.Services.GetRequiredService<SchoolFiguresService>().RunOnceAsync(CancellationToken.None);

        Assert.True(run.LeaseTaken);
        Assert.True(run.Recorded >= 2, $"{run.Recorded} ligne(s) écrite(s)");
        var derived = await app.WithDbAsync(db => AcademieStatistics.DeriveAsync(db, TestData.Academy, CancellationToken.None));
        var stored = await StoredAsync();
        foreach (var world in new[] { first, second })
        {
            var expected = derived.Schools.Single(s => s.Uai == world.School.Uai);
            var row = stored[world.School.Id];
            Assert.Equal((expected.Totals, expected.SignedAgreements, false, SchoolFiguresStore.Build), (row.Totals, row.SignedAgreements, row.IsStale, row.ComputedBy));
            Assert.Equal(5, row.Signed);
        }
        Assert.Empty(await app.WithDbAsync(db => SchoolFiguresStore.OutdatedAsync(db, CancellationToken.None)));
    }

    [Fact]
    public async Task The_job_never_overwrites_a_row_marked_by_a_later_change()
    {
        var world = await LyceeAsync("Lycée Fermat");
        await app.WithDbAsync(db => db.Set<SchoolFigures>().Where(f => f.SchoolId == world.School.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.ComputedBy, "une-autre-version").SetProperty(f => f.Students, 999)));
        var outdated = await app.WithDbAsync(db => SchoolFiguresStore.OutdatedAsync(db, CancellationToken.None));
        var (_, stamp) = outdated.Single(o => o.SchoolId == world.School.Id);
        // A change marks the row with a new stamp between the job's listing and its recomputation.
        await app.WithDbAsync(db => db.Set<SchoolFigures>().Where(f => f.SchoolId == world.School.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.Stamp, Guid.NewGuid()).SetProperty(f => f.IsStale, true)));

        var written = await app.WithDbAsync(db => SchoolFiguresStore.RefreshOneAsync(db, world.School.Id, stamp, DateTime.UtcNow, CancellationToken.None));

        Assert.False(written);
        var row = (await StoredAsync())[world.School.Id];
        Assert.Equal((true, 999), (row.IsStale, row.Students));
    }

    [Fact]
    public async Task Another_instance_holding_the_lease_makes_the_run_skip()
    {
        await app.WithDbAsync(db => new LeaseStore(db, TimeProvider.System).TryAcquireAsync(SchoolFiguresService.LeaseName, "autre-instance", TimeSpan.FromMinutes(1)));
        try
        {
            var run = await app.Services.GetRequiredService<SchoolFiguresService>().RunOnceAsync(CancellationToken.None);
            Assert.False(run.LeaseTaken);
        }
        finally
        {
            await app.WithDbAsync(db => new LeaseStore(db, TimeProvider.System).ReleaseAsync(SchoolFiguresService.LeaseName, "autre-instance"));
        }
    }
}
