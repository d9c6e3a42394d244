using StageSeconde.Web.Domain;

namespace StageSeconde.Tests.Support;

/// <summary>Two schools, each with a class, a student with a guardian, a host with a tutor and a staff member: for isolation and access tests.</summary>
public sealed record SchoolWorld(School School, SchoolClass Class, Student Student, Guardian Guardian, HostOrganisation Host, Tutor Tutor, StaffMember Staff, SchoolYear Year)
{
    /// <summary>A draft convention of the student at the host, when asked for (<c>withAgreement</c>): none by default.</summary>
    public Agreement? Agreement { get; init; }

    public static async Task<SchoolWorld> CreateAsync(TestApp app, string? name = null, bool withAgreement = false)
    {
        var school = await app.AddAsync(TestData.School(name));
        var year = await app.AddAsync(SchoolYear.Create(school.Id, 2026));
        var schoolClass = await app.AddAsync(TestData.Class(school.Id));
        var student = await app.AddAsync(TestData.Student(school.Id, schoolClass.Id));
        var guardian = await app.AddAsync(TestData.Guardian(school.Id, student.Id));
        var host = await app.AddAsync(TestData.Host(school.Id));
        var tutor = await app.AddAsync(TestData.Tutor(school.Id, host.Id));
        var staff = await app.AddAsync(TestData.Staff(school.Id));
        var world = new SchoolWorld(school, schoolClass, student, guardian, host, tutor, staff, year);
        return withAgreement ? world with { Agreement = await AgreementFactory.CreateAsync(app, world) } : world;
    }
}
