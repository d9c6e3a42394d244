using Microsoft.EntityFrameworkCore;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Domain.Programme;

namespace StageSeconde.FunctionalTests.Features.Programme;

/// <summary>
/// An in-school programme for a <see cref="SchoolWorld"/>, built directly with the entities: two rooms, two activities (one an
/// outing), two supervisors with accounts, four pupils of two classes; group « Les Curieux » in both weeks (three pupils, one of
/// them only in week 1), group « Les Explorateurs » in week 1 (one pupil); a slot every half-day of each group's weeks.
/// </summary>
public sealed record ProgrammeWorld(
    SchoolWorld World, ProgrammeRoom Cdi, ProgrammeRoom ComputerRoom, ProgrammeActivity Inquiry, ProgrammeActivity Visit,
    Supervisor Teacher, Supervisor Librarian, ProgrammeGroup Curious, ProgrammeGroup Explorers,
    Student Zola, Student Eluard, Student Martin, Student Abel)
{
    public int SchoolId => World.School.Id;

    /// <summary>Monday 14 June 2027, the first day of the world's period.</summary>
    public static readonly DateOnly Monday = new(2027, 6, 14);

    /// <param name="app">The application.</param>
    /// <param name="schoolName">The lycée's name.</param>
    /// <param name="periodStart">A Monday to start the observation period on, instead of the year's default (14 June 2027).</param>
    public static async Task<ProgrammeWorld> CreateAsync(TestApp app, string? schoolName = null, DateOnly? periodStart = null)
    {
        var world = await SchoolWorld.CreateAsync(app, schoolName);
        if (periodStart is { } start)
        {
            // Set in the database directly: a test run on any date may need a period the school year's rules would refuse.
            await app.WithDbAsync(db => db.Database.ExecuteSqlInterpolatedAsync(
                $"UPDATE \"SchoolYears\" SET \"ObservationStart\" = {start}, \"ObservationEnd\" = {start.AddDays(11)} WHERE \"Id\" = {world.Year.Id}"));
            world = world with { Year = await app.WithDbAsync(db => db.SchoolYears.IgnoreQueryFilters().AsNoTracking().SingleAsync(y => y.Id == world.Year.Id)) };
        }
        var schoolId = world.School.Id;
        var otherClass = await app.AddAsync(TestData.Class(schoolId));
        var zola = await app.AddAsync(TestData.Student(schoolId, world.Class.Id, "Zola", "Émile"));
        var eluard = await app.AddAsync(TestData.Student(schoolId, otherClass.Id, "Éluard", "Paul"));
        var martin = await app.AddAsync(TestData.Student(schoolId, world.Class.Id, "Martin", "Léa"));
        var abel = await app.AddAsync(TestData.Student(schoolId, otherClass.Id, "Abel", "Inès"));

        var cdi = await app.AddAsync(new ProgrammeRoom("CDI", RoomKind.Cdi, 30) { SchoolId = schoolId });
        var computers = await app.AddAsync(new ProgrammeRoom("Salle informatique B12", RoomKind.ComputerRoom, 24) { SchoolId = schoolId });
        var inquiry = await app.AddAsync(new ProgrammeActivity("Enquête métier", ProgrammeTheme.JobInquiry, null, null, 1, RoomKind.Cdi, 30, SupervisorKind.Any, false) { SchoolId = schoolId });
        var visit = await app.AddAsync(new ProgrammeActivity("Visite d'entreprise", ProgrammeTheme.MeetProfessionals, null, null, 1, RoomKind.Outside, 30, SupervisorKind.Teacher, true) { SchoolId = schoolId });

        var teacher = await Supervisor.CreateAsync(app, world, Roles.Enseignant, SupervisorKind.Teacher, "Caër", "Jérôme");
        var librarian = await Supervisor.CreateAsync(app, world, Roles.Enseignant, SupervisorKind.Librarian, "Lenoir", "Sophie");

        var by = new Actor("direction@test.fr", null);
        var at = new DateTimeOffset(2027, 6, 1, 8, 0, 0, TimeSpan.Zero);
        await app.WithDbAsync(async db =>
        {
            foreach (var (student, week) in new[] { (zola, 1), (zola, 2), (eluard, 1), (eluard, 2), (martin, 1), (abel, 1) })
                db.ProgrammeEnrolments.Add(new ProgrammeEnrolment(schoolId, world.Year.Id, student.Id, week, by, at));
            await db.SaveChangesAsync();
        });

        var curious = new ProgrammeGroup(schoolId, world.Year.Id, "Les Curieux", true, true);
        foreach (var s in new[] { zola, eluard, martin }) curious.Add(s.Id);
        var explorers = new ProgrammeGroup(schoolId, world.Year.Id, "Les Explorateurs", true, false);
        explorers.Add(abel.Id);
        await app.AddAsync(curious);
        await app.AddAsync(explorers);

        await app.WithDbAsync(async db =>
        {
            foreach (var week in new[] { 1, 2 })
            {
                foreach (var day in ProgrammeCalendar.Days(world.Year, week))
                {
                    db.ProgrammeSlots.Add(new ProgrammeSlot(schoolId, world.Year.Id, curious.Id, day, false, inquiry.Id, cdi.Id, teacher.Entity.Id, false) { SchoolId = schoolId });
                    db.ProgrammeSlots.Add(new ProgrammeSlot(schoolId, world.Year.Id, curious.Id, day, true, visit.Id, null, librarian.Entity.Id, false) { SchoolId = schoolId });
                    if (week == 1)
                    {
                        db.ProgrammeSlots.Add(new ProgrammeSlot(schoolId, world.Year.Id, explorers.Id, day, false, inquiry.Id, computers.Id, librarian.Entity.Id, false));
                        db.ProgrammeSlots.Add(new ProgrammeSlot(schoolId, world.Year.Id, explorers.Id, day, true, inquiry.Id, cdi.Id, teacher.Entity.Id, false));
                    }
                }
            }
            await db.SaveChangesAsync();
        });
        return new ProgrammeWorld(world, cdi, computers, inquiry, visit, teacher, librarian, curious, explorers, zola, eluard, martin, abel);
    }

    /// <summary>The attendance page of a group's half-day.</summary>
    public static string AttendanceUrl(ProgrammeGroup group, DateOnly date, bool afternoon) =>
        $"/programme/appel/{group.Id}/{date:yyyy-MM-dd}/{(afternoon ? "apres-midi" : "matin")}";
}

/// <summary>A supervisor of the programme and the login of their staff record.</summary>
public sealed record Supervisor(ProgrammeSupervisor Entity, int StaffMemberId, string Login, string Name)
{
    public static async Task<Supervisor> CreateAsync(TestApp app, SchoolWorld world, string role, SupervisorKind kind, string lastName, string firstName)
    {
        var login = await app.CreateUserAsync(world.School.Id, role);
        var staff = await app.WithDbAsync(async db =>
        {
            var member = await db.Staff.IgnoreQueryFilters().SingleAsync(s => s.Email == login);
            member.UpdateDetails(lastName, firstName, member.Function, member.Email, member.Phone);
            await db.SaveChangesAsync();
            return member;
        });
        var supervisor = await app.AddAsync(new ProgrammeSupervisor(world.Year.Id, staff.Id, kind) { SchoolId = world.School.Id });
        return new Supervisor(supervisor, staff.Id, login, PersonName.FirstLast(staff.FirstName, staff.LastName));
    }
}
