using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Features.Absences;

/// <summary>
/// The application on Tuesday 15 June 2027, 10:00 in Paris: the second day of the test world's observation period
/// (14–25 June 2027), so that an absence can be reported for today.
/// </summary>
public sealed class AbsencesApp : TestApp
{
    public static readonly DateOnly Today = new(2027, 6, 15);
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2027, 6, 15, 8, 0, 0, TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Snapshots:Enabled", "false");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

/// <summary>A school with a student on a signed convention, and absences put in the database through the domain.</summary>
public sealed record AbsenceWorld(SchoolWorld World, Agreement Agreement)
{
    public static async Task<AbsenceWorld> CreateAsync(AbsencesApp app, int? referentTeacherId = null)
    {
        var world = await SchoolWorld.CreateAsync(app);
        var agreement = await AgreementFactory.CreateAsync(app, world, AgreementState.Validated, AgreementFactory.Terms(referentTeacherId: referentTeacherId));
        return new AbsenceWorld(world, agreement);
    }

    public int SchoolId => World.School.Id;

    /// <summary>An absence of <paramref name="studentId"/> (the world's student by default) reported by the tutor's call.</summary>
    public async Task<Absence> AbsenceAsync(AbsencesApp app, AbsenceKind kind = AbsenceKind.Absence, DateOnly? day = null, int? studentId = null, DayPart part = DayPart.WholeDay, TimeSpan? ago = null)
    {
        var at = app.Clock.GetUtcNow() - (ago ?? TimeSpan.Zero);
        var facts = new AbsenceFacts(day ?? AbsencesApp.Today, kind, part, kind is AbsenceKind.Absence or AbsenceKind.Illness ? null : new TimeOnly(9, 30), kind is AbsenceKind.Accident or AbsenceKind.Incident ? "Chute dans l'escalier." : null);
        var report = new AbsenceReport(ReportSource.TutorCall, "M. Martin, tuteur", null, part, facts.Time, at);
        var absence = Absence.Open(SchoolId, studentId ?? World.Student.Id, studentId is null ? Agreement.Id : null, facts, report, at.AddMinutes(30));
        return await app.AddAsync(absence);
    }

    /// <summary>A user with <paramref name="role"/> and the id of the staff record the test app gave them.</summary>
    public async Task<(string Email, int StaffId)> UserAsync(AbsencesApp app, string role)
    {
        var email = await app.CreateUserAsync(SchoolId, role);
        var staffId = await app.WithDbAsync(db => db.Staff.IgnoreQueryFilters().Where(s => s.Email == email).Select(s => s.Id).SingleAsync());
        return (email, staffId);
    }

    public static Task<Absence> ReloadAsync(AbsencesApp app, int id) =>
        app.WithDbAsync(db => db.Absences.IgnoreQueryFilters().Include(a => a.Reports).AsNoTracking().SingleAsync(a => a.Id == id));
}
