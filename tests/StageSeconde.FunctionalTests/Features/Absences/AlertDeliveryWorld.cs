using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.Absences;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.FunctionalTests.Features.Absences;

/// <summary>
/// A school where an absence alert has people to reach: a CPE account, a Direction account, the student's referent teacher
/// (on the convention) and professeur principal (of the class), each with their own address.
/// </summary>
public sealed record AlertDeliveryWorld(SchoolWorld World, Agreement Agreement, string Cpe, string Direction, string Referent, string Principal)
{
    public static async Task<AlertDeliveryWorld> CreateAsync(TestApp app)
    {
        var world = await SchoolWorld.CreateAsync(app);
        var principal = await app.AddAsync(TestData.Staff(world.School.Id, "Principal"));
        await app.WithDbAsync(async db =>
        {
            var schoolClass = await db.Classes.IgnoreQueryFilters().Include(c => c.PrincipalTeachers).SingleAsync(c => c.Id == world.Class.Id);
            schoolClass.AssignPrincipalTeachers([await db.Staff.IgnoreQueryFilters().SingleAsync(s => s.Id == principal.Id)]);
            await db.SaveChangesAsync();
        });
        var agreement = await AgreementFactory.CreateAsync(app, world, AgreementState.Signed, AgreementFactory.Terms(referentTeacherId: world.Staff.Id));
        var cpe = await app.CreateUserAsync(world.School.Id, Roles.Cpe);
        var direction = await app.CreateUserAsync(world.School.Id, Roles.Direction);
        return new AlertDeliveryWorld(world, agreement, cpe, direction, world.Staff.Email, principal.Email);
    }

    /// <summary>The tutor calls at <paramref name="clock"/>'s now: the student is away the whole <paramref name="day"/>.</summary>
    public async Task<ReportOutcome> ReportAsync(TestApp app, TimeProvider clock, DateOnly day, AbsenceKind kind = AbsenceKind.Absence)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var reporting = new AbsenceReporting(db, clock, scope.ServiceProvider.GetRequiredService<PublicUrl>());
        var facts = new AbsenceFacts(day, kind, DayPart.WholeDay, null, null);
        var report = new AbsenceReport(ReportSource.TutorCall, "M. Martin, tuteur", null, DayPart.WholeDay, null, clock.GetUtcNow());
        var outcome = await reporting.ReportAsync(World.School.Id, World.Student.Id, Agreement.Id, facts, report, CancellationToken.None);
        Assert.True(outcome.Recorded, string.Join(" ", outcome.Problems.Select(p => p.Message)));
        return outcome;
    }
}
