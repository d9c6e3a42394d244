using Microsoft.EntityFrameworkCore;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Domain.Programme;
using StageSeconde.Web.Features.Programme.Timetable;

namespace StageSeconde.FunctionalTests.Features.Programme;

/// <summary>A small catalogue (one activity per theme), rooms and supervisors, and pupils of the programme, for the programme's tests.</summary>
public static class ProgrammeSetup
{
    /// <summary>Four activities (one per theme, groups of 15 at most), five rooms (the largest: 40 places) and <paramref name="supervisors"/> teachers.</summary>
    public static async Task CatalogueAsync(TestApp app, SchoolWorld world, int supervisors = 4)
    {
        var school = world.School.Id;
        await app.WithDbAsync(async db =>
        {
            db.AddRange(
                new ProgrammeActivity("Enquête métier", ProgrammeTheme.JobInquiry, null, null, 1, RoomKind.Classroom, 15, SupervisorKind.Any, false) { SchoolId = school },
                new ProgrammeActivity("Découvrir un secteur", ProgrammeTheme.DiscoverSectors, null, null, 1, RoomKind.ComputerRoom, 15, SupervisorKind.Any, false) { SchoolId = school },
                new ProgrammeActivity("Rencontrer un professionnel", ProgrammeTheme.MeetProfessionals, null, null, 1, RoomKind.Hall, 30, SupervisorKind.Any, false) { SchoolId = school },
                new ProgrammeActivity("Se connaître", ProgrammeTheme.KnowOneself, null, null, 1, RoomKind.Cdi, 20, SupervisorKind.Any, false) { SchoolId = school },
                new ProgrammeRoom("Salle 101", RoomKind.Classroom, 30) { SchoolId = school },
                new ProgrammeRoom("Salle 102", RoomKind.Classroom, 30) { SchoolId = school },
                new ProgrammeRoom("Salle informatique", RoomKind.ComputerRoom, 30) { SchoolId = school },
                new ProgrammeRoom("Amphithéâtre", RoomKind.Hall, 40) { SchoolId = school },
                new ProgrammeRoom("CDI", RoomKind.Cdi, 30) { SchoolId = school });
            for (var i = 0; i < supervisors; i++)
            {
                var staff = TestData.Staff(school, $"Surveillant{i}");
                db.Staff.Add(staff);
                await db.SaveChangesAsync();
                db.Add(new ProgrammeSupervisor(world.Year.Id, staff.Id, SupervisorKind.Teacher) { SchoolId = school });
            }
            await db.SaveChangesAsync();
        });
    }

    /// <summary><paramref name="count"/> pupils of a new class, enrolled for both weeks.</summary>
    public static async Task<IReadOnlyList<Student>> EnrolledAsync(TestApp app, SchoolWorld world, int count, string classCode, params int[] weeks)
    {
        var schoolClass = await app.AddAsync(TestData.Class(world.School.Id, classCode));
        var students = new List<Student>();
        for (var i = 0; i < count; i++)
        {
            var student = await app.AddAsync(TestData.Student(world.School.Id, schoolClass.Id, $"{classCode}Eleve{i:00}"));
            await app.AddAsync(TestData.Guardian(world.School.Id, student.Id));
            students.Add(student);
        }
        await app.WithDbAsync(async db =>
        {
            foreach (var student in students)
                foreach (var week in weeks.Length == 0 ? [1, 2] : weeks)
                    db.Add(new ProgrammeEnrolment(world.School.Id, world.Year.Id, student.Id, week, AgreementFactory.Head, DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
        });
        return students;
    }

    public static Task<List<ProgrammeSlot>> SlotsAsync(TestApp app, SchoolWorld world) =>
        app.WithDbAsync(db => db.ProgrammeSlots.IgnoreQueryFilters().AsNoTracking().Where(s => s.SchoolYearId == world.Year.Id)
            .OrderBy(s => s.ProgrammeGroupId).ThenBy(s => s.Date).ThenBy(s => s.Afternoon).ToListAsync());

    /// <summary>The conflicts of the saved timetable, checked by <see cref="TimetableConflicts.Find"/> on the input the application builds.</summary>
    /// <remarks>Read through a context of the school (the query filters of a request), and asserted to hold a timetable.</remarks>
    public static Task<IReadOnlyList<TimetableConflict>> ConflictsAsync(TestApp app, SchoolWorld world) => app.WithDbAsync(async any =>
    {
        await using var db = any.ForSchool(world.School.Id, "test");
        var year = await db.SchoolYears.AsNoTracking().SingleAsync(y => y.Id == world.Year.Id);
        var problem = await TimetableInput.BuildAsync(db, year, CancellationToken.None);
        var slots = (await TimetableInput.SlotsAsync(db, year.Id, CancellationToken.None)).Select(s => s.Slot).ToList();
        Assert.NotEmpty(problem.Groups);
        Assert.NotEmpty(slots);
        return TimetableConflicts.Find(problem, slots);
    });

    public static Task<List<ProgrammeEnrolment>> EnrolmentsAsync(TestApp app, int studentId) =>
        app.WithDbAsync(db => db.ProgrammeEnrolments.IgnoreQueryFilters().AsNoTracking().Where(e => e.StudentId == studentId).OrderBy(e => e.Week).ToListAsync());

    public static Task<List<ProgrammeGroup>> GroupsAsync(TestApp app, SchoolWorld world) =>
        app.WithDbAsync(db => db.ProgrammeGroups.IgnoreQueryFilters().AsNoTracking().Include(g => g.Members).Where(g => g.SchoolYearId == world.Year.Id)
            .OrderBy(g => g.Id).ToListAsync());
}

/// <summary>A group of the programme and a slot of its timetable in a world, created once per world: the records the isolation tests name.</summary>
public static class ProgrammeRecords
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<TestApp, System.Collections.Concurrent.ConcurrentDictionary<int, Lazy<Task<(int GroupId, int SlotId)>>>> Records = new();

    public static int GroupOf(TestApp app, SchoolWorld world) => RecordsOf(app, world).GroupId;

    public static int SlotOf(TestApp app, SchoolWorld world) => RecordsOf(app, world).SlotId;

    private static (int GroupId, int SlotId) RecordsOf(TestApp app, SchoolWorld world) =>
        Records.GetOrCreateValue(app).GetOrAdd(world.School.Id, _ => new Lazy<Task<(int, int)>>(() => Task.Run(async () =>
        {
            var school = world.School.Id;
            return await app.WithDbAsync(async db =>
            {
                var activity = new ProgrammeActivity("Enquête métier", ProgrammeTheme.JobInquiry, null, null, 1, RoomKind.Classroom, 15, SupervisorKind.Any, false) { SchoolId = school };
                var room = new ProgrammeRoom("Salle 101", RoomKind.Classroom, 30) { SchoolId = school };
                var staff = TestData.Staff(school, "SurveillantIsolement");
                db.Staff.Add(staff);
                await db.SaveChangesAsync();
                var supervisor = new ProgrammeSupervisor(world.Year.Id, staff.Id, SupervisorKind.Teacher) { SchoolId = school };
                var group = new ProgrammeGroup(school, world.Year.Id, "Groupe 1", true, true);
                group.Add(world.Student.Id);
                db.AddRange(activity, room, supervisor, group);
                await db.SaveChangesAsync();
                var slot = new ProgrammeSlot(school, world.Year.Id, group.Id, world.Year.Week1Start, false, activity.Id, room.Id, supervisor.Id, false);
                db.Add(slot);
                await db.SaveChangesAsync();
                return (group.Id, slot.Id);
            });
        }))).Value.GetAwaiter().GetResult();
}
