namespace StageSeconde.Web.Domain.Programme;

/// <summary>
/// One half-day of a group's timetable: the activity, the room (none for an outing) and the supervisor. Generated, or
/// placed by hand; a locked slot is kept when the timetable is generated again.
/// </summary>
public class ProgrammeSlot : SchoolEntity
{
    private ProgrammeSlot() { }

    public ProgrammeSlot(int schoolId, int schoolYearId, int groupId, DateOnly date, bool afternoon, int activityId, int? roomId, int supervisorId, bool isLocked)
    {
        SchoolId = schoolId;
        SchoolYearId = schoolYearId;
        ProgrammeGroupId = groupId;
        Date = date;
        Afternoon = afternoon;
        Place(activityId, roomId, supervisorId);
        IsLocked = isLocked;
    }

    public int SchoolYearId { get; private set; }
    public int ProgrammeGroupId { get; private set; }
    public ProgrammeGroup? Group { get; private set; }
    public DateOnly Date { get; private set; }
    public bool Afternoon { get; private set; }
    public int ActivityId { get; private set; }
    public ProgrammeActivity? Activity { get; private set; }
    public int? RoomId { get; private set; }
    public ProgrammeRoom? Room { get; private set; }
    public int SupervisorId { get; private set; }
    public ProgrammeSupervisor? Supervisor { get; private set; }
    public bool IsLocked { get; private set; }

    public void Place(int activityId, int? roomId, int supervisorId)
    {
        ActivityId = activityId;
        RoomId = roomId;
        SupervisorId = supervisorId;
    }

    public void MoveTo(DateOnly date, bool afternoon)
    {
        Date = date;
        Afternoon = afternoon;
    }

    public void Lock(bool locked) => IsLocked = locked;
}
