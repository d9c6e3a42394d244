using Microsoft.EntityFrameworkCore;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.Programme;

namespace StageSeconde.FunctionalTests.Features.Programme;

public sealed class ProgrammeDemoTests(TestApp app) : IClassFixture<TestApp>
{
    private Task<IReadOnlyList<string>> SeedAsync(SchoolWorld world) => app.WithDbAsync(async any =>
    {
        await using var db = any.ForSchool(world.School.Id, "proviseur@lycee-demo.fr");
        var year = await db.SchoolYears.AsNoTracking().SingleAsync(y => y.Id == world.Year.Id);
        return await ProgrammeDemo.SeedAsync(db, world.School.Id, year, AgreementFactory.Head, DateTimeOffset.UtcNow, CancellationToken.None);
    });

    [Fact]
    public async Task With_a_catalogue_rooms_and_supervisors_the_demo_enrols_the_declared_pupils_and_has_groups_and_a_timetable_without_conflict()
    {
        var world = await SchoolWorld.CreateAsync(app);
        await ProgrammeSetup.CatalogueAsync(app, world);
        for (var i = 0; i < 17; i++)
        {
            var student = await app.AddAsync(TestData.Student(world.School.Id, world.Class.Id, $"Demo{i:00}"));
            await app.WithDbAsync(async db =>
            {
                db.PlacementDeclarations.Add(PlacementDeclaration.Declare(student, DeclarationKind.InSchoolProgramme, null, AgreementFactory.Head, DateTimeOffset.UtcNow));
                await db.SaveChangesAsync();
            });
        }

        var problems = await SeedAsync(world);

        Assert.Empty(problems);
        Assert.Equal(34, await app.WithDbAsync(db => db.ProgrammeEnrolments.IgnoreQueryFilters().CountAsync(e => e.SchoolYearId == world.Year.Id)));
        Assert.Equal(2, (await ProgrammeSetup.GroupsAsync(app, world)).Count);
        Assert.Equal(40, (await ProgrammeSetup.SlotsAsync(app, world)).Count);
        Assert.Empty(await ProgrammeSetup.ConflictsAsync(app, world));
    }

    [Fact]
    public async Task Without_supervisors_the_demo_leaves_the_programme_empty()
    {
        var world = await SchoolWorld.CreateAsync(app);
        await ProgrammeSetup.CatalogueAsync(app, world, supervisors: 0);

        Assert.Empty(await SeedAsync(world));

        Assert.Equal(0, await app.WithDbAsync(db => db.ProgrammeEnrolments.IgnoreQueryFilters().CountAsync(e => e.SchoolYearId == world.Year.Id)));
        Assert.Empty(await ProgrammeSetup.GroupsAsync(app, world));
    }
}
