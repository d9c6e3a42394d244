using Microsoft.EntityFrameworkCore;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.FunctionalTests.Data;
using StageSeconde.Web.Domain.Programme;
using StageSeconde.Web.Features.Programme;
using StageSeconde.Web.Features.Programme.Timetable;

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

/// <summary>
/// The demonstration lycée as it starts (the académie's catalogue, with its whole-day « Visite d'entreprise »): its
/// programme must come with a generated timetable. The demo's seeding does not stop on an infeasible timetable (it leaves
/// it empty), so this test is what fails then.
/// </summary>
public sealed class ProgrammeDemoSeededTests(DemoDataTests.SeededApp app) : IClassFixture<DemoDataTests.SeededApp>
{
    [Fact]
    public async Task The_seeded_demonstration_has_a_complete_timetable_without_conflict()
    {
        var (problem, slots) = await app.WithDbAsync(async any =>
        {
            var school = await any.Schools.IgnoreQueryFilters().AsNoTracking().SingleAsync();
            await using var db = any.ForSchool(school.Id, "proviseur@lycee-demo.fr");
            var year = await db.SchoolYears.AsNoTracking().SingleAsync();
            var problem = await TimetableInput.BuildAsync(db, year, CancellationToken.None);
            var slots = (await TimetableInput.SlotsAsync(db, year.Id, CancellationToken.None)).Select(s => s.Slot).ToList();
            return (problem, slots);
        });

        Assert.NotEmpty(problem.Groups);
        Assert.NotEmpty(slots);
        Assert.Equal(problem.Groups.Sum(g => g.Present.Count), slots.Count);
        Assert.Empty(TimetableConflicts.Find(problem, slots).Select(c => c.Message));
    }
}
