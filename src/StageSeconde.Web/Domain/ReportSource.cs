namespace StageSeconde.Web.Domain;

/// <summary>How the lycée learned of an absence.</summary>
public enum ReportSource
{
    /// <summary>The tutor, through the link printed on the convention (no account).</summary>
    TutorLink = 1,
    /// <summary>The tutor called the lycée.</summary>
    TutorCall = 2,
    /// <summary>The family called the lycée.</summary>
    FamilyCall = 3,
    /// <summary>The referent teacher noticed it on a visit or a call.</summary>
    ReferentVisit = 4,
    /// <summary>The student told the lycée.</summary>
    Student = 5,
    Other = 6,
    /// <summary>The supervisor's attendance of a half-day of the in-school programme.</summary>
    ProgrammeAttendance = 7,
}
