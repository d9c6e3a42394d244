namespace StageSeconde.Web.Domain.Programme;

/// <summary>
/// A pupil in the in-school programme for one week of the observation period (1 or 2), confirmed by the Direction. When a
/// convention later covers that week, the enrolment is ended (<see cref="Leave"/>) and the pupil leaves their group for it.
/// </summary>
public class ProgrammeEnrolment : SchoolEntity
{
    private ProgrammeEnrolment() { }

    public ProgrammeEnrolment(int schoolId, int schoolYearId, int studentId, int week, Actor by, DateTimeOffset at)
    {
        if (week is not (1 or 2)) throw new ArgumentOutOfRangeException(nameof(week), week, "Week 1 or 2.");
        SchoolId = schoolId;
        SchoolYearId = schoolYearId;
        StudentId = studentId;
        Week = week;
        EnrolledAt = at.UtcDateTime;
        EnrolledBy = by.UserName;
    }

    public int SchoolYearId { get; private set; }
    public int StudentId { get; private set; }
    public Student? Student { get; private set; }
    /// <summary>1 or 2.</summary>
    public int Week { get; private set; }
    public DateTime EnrolledAt { get; private set; }
    public string EnrolledBy { get; private set; } = "";
    /// <summary>UTC; set when the pupil left the programme for this week (a convention now covers it, or the Direction removed them).</summary>
    public DateTime? LeftAt { get; private set; }
    public string? LeftReason { get; private set; }

    public bool IsActive => LeftAt is null;

    public void Leave(string reason, DateTimeOffset at)
    {
        if (LeftAt is not null) return;
        LeftAt = at.UtcDateTime;
        LeftReason = reason;
    }
}
