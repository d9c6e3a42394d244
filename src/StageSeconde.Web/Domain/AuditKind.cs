namespace StageSeconde.Web.Domain;

/// <summary>What an <see cref="AuditEntry"/> records.</summary>
public enum AuditKind
{
    SignedIn = 1,
    SignInFailed = 2,
    SecondFactorFailed = 3,
    ViewedStudent = 10,
    ExportedStudentFile = 11,
    Exported = 12,
    AgreementStateChanged = 20,
    /// <summary>A pupil's, a guardian's, a tutor's or a staff member's record, or a convention's content, created, changed or deleted.</summary>
    RecordChanged = 21,
    DataPurged = 30,
}
