namespace StageSeconde.Web.Domain.Programme;

/// <summary>
/// Whether a pupil of the programme was present on a half-day, taken by the supervisor. An absent pupil raises an
/// <see cref="Absence"/> through the one reporting path (<see cref="AbsenceId"/>).
/// </summary>
public class ProgrammeAttendance : SchoolEntity
{
    private ProgrammeAttendance() { }

    public ProgrammeAttendance(int schoolId, int schoolYearId, int groupId, int studentId, DateOnly date, bool afternoon, bool present, Actor by, DateTimeOffset at)
    {
        SchoolId = schoolId;
        SchoolYearId = schoolYearId;
        ProgrammeGroupId = groupId;
        StudentId = studentId;
        Date = date;
        Afternoon = afternoon;
        Record(present, by, at);
    }

    public int SchoolYearId { get; private set; }
    public int ProgrammeGroupId { get; private set; }
    public int StudentId { get; private set; }
    public Student? Student { get; private set; }
    public DateOnly Date { get; private set; }
    public bool Afternoon { get; private set; }
    public bool Present { get; private set; }
    public DateTime RecordedAt { get; private set; }
    public string RecordedBy { get; private set; } = "";
    /// <summary>The absence this half-day raised, when the pupil was absent.</summary>
    public int? AbsenceId { get; private set; }

    public void Record(bool present, Actor by, DateTimeOffset at)
    {
        Present = present;
        RecordedAt = at.UtcDateTime;
        RecordedBy = by.UserName;
    }

    public void LinkAbsence(int absenceId) => AbsenceId = absenceId;
}
