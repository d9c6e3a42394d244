using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Domain.Programme;

namespace StageSeconde.FunctionalTests.Features.ProgrammeSetup;

/// <summary>One activity, room, supervisor and convocation per school, created on first use (for the isolation tests' record routes).</summary>
public static class ProgrammeRecords
{
    private sealed record Ids(int Activity, int Room, int Supervisor, int Duty);

    private static readonly ConditionalWeakTable<TestApp, ConcurrentDictionary<int, Lazy<Task<Ids>>>> Records = new();

    public static int ActivityOf(TestApp app, SchoolWorld world) => Of(app, world).Activity;
    public static int RoomOf(TestApp app, SchoolWorld world) => Of(app, world).Room;
    public static int SupervisorOf(TestApp app, SchoolWorld world) => Of(app, world).Supervisor;
    public static int DutyOf(TestApp app, SchoolWorld world) => Of(app, world).Duty;

    private static Ids Of(TestApp app, SchoolWorld world) =>
        Records.GetOrCreateValue(app).GetOrAdd(world.School.Id, _ => new Lazy<Task<Ids>>(() => Task.Run(async () =>
        {
            var schoolId = world.School.Id;
            var activity = await app.AddAsync(new ProgrammeActivity("Fiche métier", ProgrammeTheme.JobInquiry, null, null, 1, RoomKind.Cdi, 15, SupervisorKind.Any, false) { SchoolId = schoolId });
            var room = await app.AddAsync(new ProgrammeRoom("CDI", RoomKind.Cdi, 30) { SchoolId = schoolId });
            var supervisor = await app.AddAsync(new ProgrammeSupervisor(world.Year.Id, world.Staff.Id, SupervisorKind.Teacher) { SchoolId = schoolId });
            var duty = await app.AddAsync(new ExaminerDuty(schoolId, world.Staff.Id, world.Year.Week1Start, DayPart.Morning, null));
            return new Ids(activity.Id, room.Id, supervisor.Id, duty.Id);
        }))).Value.GetAwaiter().GetResult();
}
