namespace StageSeconde.Web.Domain;

/// <summary>
/// One line of the audit log (issue 13): who did what, when, from where, in which school, about what. Written by
/// <c>Features/Audit/AuditLog</c> (pages, exports, sign-ins) and by <c>Data/AuditTrail</c> (conventions' state changes, in the
/// same save as the change). Never modified; deleted after its own retention period by the purge job. A pupil is named by
/// id only: the log shows the pupil's current name, so an anonymised pupil stays anonymous in the log.
/// </summary>
public class AuditEntry
{
    public const int UserNameMaxLength = 256;
    public const int TargetMaxLength = 300;
    public const int IpAddressMaxLength = 45;

    private AuditEntry() { }

    public AuditEntry(int? schoolId, string userName, AuditKind kind, string? target, int? studentId, string? ipAddress, DateTimeOffset at)
    {
        SchoolId = schoolId;
        UserName = Cut(string.IsNullOrWhiteSpace(userName) ? "système" : userName.Trim(), UserNameMaxLength)!;
        Kind = kind;
        Target = Cut(string.IsNullOrWhiteSpace(target) ? null : target.Trim(), TargetMaxLength);
        StudentId = studentId;
        IpAddress = Cut(ipAddress, IpAddressMaxLength);
        At = at.UtcDateTime;
    }

    public long Id { get; private set; }
    /// <summary>The school the action concerns (null for a sign-in of an account without school: académie, unknown).</summary>
    public int? SchoolId { get; private set; }
    public DateTime At { get; private set; }
    public string UserName { get; private set; } = "";
    public AuditKind Kind { get; private set; }
    /// <summary>What was viewed, changed or exported, in words (« Convention n° 12 : Validée », « /suivi/export.csv »).</summary>
    public string? Target { get; private set; }
    public int? StudentId { get; private set; }
    public string? IpAddress { get; private set; }

    private static string? Cut(string? text, int max) => text is null ? null : text.Length > max ? text[..max] : text;
}
