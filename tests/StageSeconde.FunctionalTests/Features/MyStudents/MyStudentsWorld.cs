using Microsoft.EntityFrameworkCore;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Features.MyStudents;

/// <summary>A school whose student is followed by a referent teacher who has an account (validated convention, both weeks).</summary>
public sealed record MyStudentsWorld(SchoolWorld World, string ReferentEmail, int ReferentStaffId, Agreement Agreement)
{
    public static async Task<MyStudentsWorld> CreateAsync(TestApp app)
    {
        var world = await SchoolWorld.CreateAsync(app);
        var (email, staffId) = await StaffUserAsync(app, world.School.Id, Roles.Enseignant);
        var agreement = await AgreementFactory.CreateAsync(app, world, AgreementState.Validated, AgreementFactory.Terms(referentTeacherId: staffId));
        return new MyStudentsWorld(world, email, staffId, agreement);
    }

    /// <summary>A login with <paramref name="role"/> and its staff record's id.</summary>
    public static async Task<(string Email, int StaffId)> StaffUserAsync(TestApp app, int schoolId, string role)
    {
        var email = await app.CreateUserAsync(schoolId, role);
        var staffId = await app.WithDbAsync(db => db.Staff.IgnoreQueryFilters().Where(s => s.Email == email).Select(s => s.Id).SingleAsync());
        return (email, staffId);
    }

    /// <summary>Another student of the school with a convention in <paramref name="state"/> followed by <paramref name="referentId"/>.</summary>
    public async Task<Student> AnotherStudentAsync(TestApp app, string lastName, int referentId, AgreementState state = AgreementState.Validated)
    {
        var student = await app.AddAsync(TestData.Student(World.School.Id, World.Class.Id, lastName, "Sam"));
        await app.AddAsync(TestData.Guardian(World.School.Id, student.Id));
        await AgreementFactory.CreateAsync(app, World.School.Id, student.Id, World.Host.Id, state, AgreementFactory.Terms(referentTeacherId: referentId));
        return student;
    }

    public Task AddFollowUpAsync(TestApp app, DateTimeOffset at, string note = "Appel au tuteur.") => app.WithDbAsync(async db =>
    {
        db.FollowUpEntries.Add(new FollowUpEntry(World.Student.Id, Agreement.Id, ContactMethod.Phone, at, note, new Actor(ReferentEmail, ReferentStaffId), at)
            { SchoolId = World.School.Id });
        await db.SaveChangesAsync();
    });
}
