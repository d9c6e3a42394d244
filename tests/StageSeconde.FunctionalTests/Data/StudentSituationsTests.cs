using Microsoft.EntityFrameworkCore;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Data;

public sealed class StudentSituationsTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Situations_are_derived_from_stored_conventions_and_declarations()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var searching = await app.AddAsync(TestData.Student(world.School.Id, world.Class.Id, "Recherche"));
        var nothing = await app.AddAsync(TestData.Student(world.School.Id, world.Class.Id, "Rien"));
        var week1 = await app.AddAsync(TestData.Student(world.School.Id, world.Class.Id, "Semaine"));
        await AgreementFactory.CreateAsync(app, world, AgreementState.Signed);
        await AgreementFactory.CreateAsync(app, world.School.Id, week1.Id, world.Host.Id, AgreementState.Submitted, AgreementFactory.Terms(PeriodOption.Week1));
        await app.WithDbAsync(async db =>
        {
            var student = await db.Students.IgnoreQueryFilters().SingleAsync(s => s.Id == searching.Id);
            db.Add(PlacementDeclaration.Declare(student, DeclarationKind.Searching, "A écrit à trois pharmacies.", new Actor("pp@test.fr"), DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
        });

        var situations = await app.WithDbAsync(db => StudentSituations.LoadAsync(db,
            db.Students.IgnoreQueryFilters().Where(s => s.SchoolId == world.School.Id), CancellationToken.None));

        Assert.Equal(Situation.AgreementSigned, situations[world.Student.Id].Situation);
        Assert.Equal(Situation.Searching, situations[searching.Id].Situation);
        Assert.Equal(Situation.NoSolution, situations[nothing.Id].Situation);
        Assert.Null(situations[nothing.Id].LastChange);
        Assert.Equal((Situation.PartiallyCovered, true, false), (situations[week1.Id].Situation, situations[week1.Id].Week1Covered, situations[week1.Id].Week2Covered));
    }

    [Fact]
    public async Task Only_the_current_school_years_conventions_and_declarations_count()
    {
        var world = await SchoolWorld.CreateAsync(app);
        await app.WithDbAsync(async db =>
        {
            // The student repeats 2nde: last year's convention and SNU are still stored.
            var lastYear = SchoolYear.Create(world.School.Id, 2025);
            var currentYear = await db.SchoolYears.IgnoreQueryFilters().SingleAsync(y => y.Id == world.Year.Id);
            currentYear.MakeCurrent([lastYear]);
            db.Add(lastYear);
            await db.SaveChangesAsync();
            var student = await db.Students.IgnoreQueryFilters().SingleAsync(s => s.Id == world.Student.Id);
            var host = await db.HostOrganisations.IgnoreQueryFilters().Include(h => h.Tutors).SingleAsync(h => h.Id == world.Host.Id);
            db.Add(Agreement.Draft(lastYear, student, host, host.Tutors[0], AgreementFactory.Terms(), AgreementFactory.Secretary, new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero)));
            db.Add(PlacementDeclaration.Declare(student, new DeclarationRequest(DeclarationKind.Snu, SnuKind: SnuKind.CohesionStay, StartsOn: new DateOnly(2026, 6, 15), EndsOn: new DateOnly(2026, 6, 26)), AgreementFactory.Secretary, new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero), DeclarationContext.None));
            await db.SaveChangesAsync();
        });

        var situations = await app.WithDbAsync(db => StudentSituations.LoadAsync(db,
            db.Students.IgnoreQueryFilters().Where(s => s.Id == world.Student.Id), CancellationToken.None));

        Assert.Equal(Situation.NoSolution, situations[world.Student.Id].Situation);
    }

    [Fact]
    public async Task Students_already_read_by_the_caller_give_the_same_situations()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var searching = await app.AddAsync(TestData.Student(world.School.Id, world.Class.Id, "Recherche"));
        var week2 = await app.AddAsync(TestData.Student(world.School.Id, world.Class.Id, "Semaine"));
        await AgreementFactory.CreateAsync(app, world, AgreementState.Signed);
        await AgreementFactory.CreateAsync(app, world.School.Id, week2.Id, world.Host.Id, AgreementState.Validated, AgreementFactory.Terms(PeriodOption.Week2));
        await app.WithDbAsync(async db =>
        {
            var student = await db.Students.IgnoreQueryFilters().SingleAsync(s => s.Id == searching.Id);
            db.Add(PlacementDeclaration.Declare(student, DeclarationKind.Searching, "A écrit à une librairie.", new Actor("pp@test.fr"), DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
        });

        var (queried, given) = await app.WithDbAsync(async db =>
        {
            var students = db.Students.IgnoreQueryFilters().Where(s => s.SchoolId == world.School.Id);
            var rows = await students.Select(s => new SituationStudent(s.Id, s.IsSthr, s.SchoolId)).ToListAsync();
            return (await StudentSituations.LoadAsync(db, students, CancellationToken.None), await StudentSituations.LoadAsync(db, students, rows, CancellationToken.None));
        });

        Assert.Equal(3, queried.Count);
        Assert.Equal(queried.OrderBy(p => p.Key), given.OrderBy(p => p.Key));
        Assert.Equal(Situation.Searching, given[searching.Id].Situation);
        Assert.Equal(Situation.PartiallyCovered, given[week2.Id].Situation);
    }
}
