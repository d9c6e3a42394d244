using Microsoft.EntityFrameworkCore;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Data;

/// <summary>The convention's mapping on a real SQLite database: timetable, history and signatures survive a round trip.</summary>
public sealed class AgreementMappingTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly Actor Secretary = new("secretariat@test.fr");
    private static readonly DateTimeOffset Now = new(2027, 5, 3, 8, 0, 0, TimeSpan.Zero);

    private static AgreementTerms Terms(TimeOnly tuesdayEnd) => new()
    {
        Period = PeriodOption.BothWeeks,
        PlannedActivities = "Découverte du fournil et de la vente.",
        EvaluationModality = "Carnet de bord, mise en commun collective en classe.",
        Schedule =
        [
            new DaySchedule(DayOfWeek.Monday, new(9, 0), new(16, 0), new DayBreak(new(12, 0), new(13, 0)), new DayBreak(new(14, 30), new(14, 45))),
            new DaySchedule(DayOfWeek.Tuesday, new(9, 0), tuesdayEnd, new DayBreak(new(12, 0), new(13, 0))),
            new DaySchedule(DayOfWeek.Wednesday, new(9, 0), new(12, 0)),
        ],
    };

    private static Task<SchoolYear> YearOf(AppDbContext db, SchoolWorld world) =>
        db.SchoolYears.IgnoreQueryFilters().SingleAsync(y => y.SchoolId == world.School.Id);

    private static Task<Agreement> Load(AppDbContext db, int id) =>
        db.Agreements.IgnoreQueryFilters().Include(a => a.Transitions).Include(a => a.Signatures).SingleAsync(a => a.Id == id);

    private async Task<int> CreateAsync(SchoolWorld world) => await app.WithDbAsync(async db =>
    {
        var agreement = Agreement.Draft(await YearOf(db, world), world.Student, world.Host, world.Tutor, Terms(new(16, 0)), Secretary, Now);
        db.Agreements.Add(agreement);
        await db.SaveChangesAsync();
        return agreement.Id;
    });

    [Fact]
    public async Task A_draft_is_stored_with_its_week_its_host_defaults_and_its_creation()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var id = await CreateAsync(world);

        var stored = await app.WithDbAsync(db => Load(db, id));

        Assert.Equal(world.School.Id, stored.SchoolId);
        Assert.Equal(new DateOnly(2027, 6, 14), stored.FirstDay);
        Assert.Equal(world.Host.RepresentativeName, stored.RepresentativeName);
        Assert.Equal(world.Host.City, stored.City);
        Assert.Equal(Agreement.ScheduleDays, stored.Schedule.Select(d => d.Day));
        Assert.Equal(new TimeOnly(12, 0), stored.Schedule[2].End);
        Assert.True(stored.Schedule[5].IsDayOff);
        var created = Assert.Single(stored.Transitions);
        Assert.Null(created.From);
        Assert.Equal(Secretary.UserName, created.ByUserName);
        Assert.Equal(world.School.Id, created.SchoolId);
    }

    [Fact]
    public async Task Changing_one_day_of_the_timetable_replaces_it_in_the_database()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var id = await CreateAsync(world);

        await app.WithDbAsync(async db =>
        {
            var agreement = await Load(db, id);
            agreement.ApplyEdit(await YearOf(db, world), world.Host, world.Tutor, Terms(new(15, 30)), Secretary, Now);
            await db.SaveChangesAsync();
        });

        var stored = await app.WithDbAsync(db => Load(db, id));
        Assert.Equal(new TimeOnly(15, 30), stored.Schedule.Single(d => d.Day == DayOfWeek.Tuesday).End);
        Assert.Equal(6, stored.Schedule.Count);
        Assert.Equal(2, stored.Version);
    }

    [Fact]
    public async Task Signatures_and_history_are_stored_and_a_change_after_validation_deletes_the_signatures()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var id = await CreateAsync(world);
        var head = new Actor("direction@test.fr", world.Staff.Id);

        await app.WithDbAsync(async db =>
        {
            var agreement = await Load(db, id);
            agreement.AssignReferentTeacher(world.Staff.Id);
            var facts = new AgreementFacts(await YearOf(db, world), world.Student, [agreement.Slot], world.Staff);
            agreement.Submit(facts, Secretary, Now);
            agreement.Validate(facts, head, Now);
            agreement.RecordSignature(SignatureParty.SchoolHead, new DateOnly(2027, 5, 3), SignatureMode.Paper, Secretary, Now);
            agreement.RecordSignature(SignatureParty.Guardian, new DateOnly(2027, 5, 3), SignatureMode.Electronic, Secretary, Now, world.Guardian.Id);
            await db.SaveChangesAsync();
        });

        var signing = await app.WithDbAsync(db => Load(db, id));
        Assert.Equal(AgreementState.InSignature, signing.State);
        Assert.Equal(2, signing.Signatures.Count);
        Assert.Equal(world.Guardian.Id, signing.Signatures.Single(s => s.Party == SignatureParty.Guardian).GuardianId);
        Assert.Equal(world.Staff.Id, signing.Transitions.Single(t => t.To == AgreementState.Validated).ByStaffId);

        await app.WithDbAsync(async db =>
        {
            var agreement = await Load(db, id);
            agreement.ApplyEdit(await YearOf(db, world), world.Host, world.Tutor, Terms(new(15, 0)), Secretary, Now, "Horaires du mardi avancés.");
            await db.SaveChangesAsync();
        });

        var changed = await app.WithDbAsync(db => Load(db, id));
        Assert.Equal(AgreementState.Submitted, changed.State);
        Assert.Empty(changed.Signatures);
        Assert.Equal(0, await app.WithDbAsync(db => db.AgreementSignatures.IgnoreQueryFilters().CountAsync(s => s.AgreementId == id)));
        Assert.Contains("Horaires du mardi avancés.", changed.Transitions.OrderBy(t => t.Id).Last().Comment);
    }
}
