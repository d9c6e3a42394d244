namespace StageSeconde.Web.Domain;

/// <summary>A contact of the referent teacher with a student on placement (call, visit, e-mail, message), with its date and a note.</summary>
public class FollowUpEntry : SchoolEntity
{
    public const int NoteMaxLength = 2000;

    private FollowUpEntry() { }

    public FollowUpEntry(int studentId, int? agreementId, ContactMethod method, DateTimeOffset at, string? note, Actor by, DateTimeOffset now)
    {
        if (at > now.AddMinutes(5)) throw new DomainException("Un suivi se note une fois fait : la date ne peut pas être dans le futur.", nameof(At));
        var text = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (text is { Length: > NoteMaxLength }) throw new DomainException($"La note ne peut pas dépasser {NoteMaxLength} caractères.", nameof(Note));
        StudentId = studentId;
        AgreementId = agreementId;
        Method = method;
        At = at.UtcDateTime;
        Note = text;
        ByUser = by.UserName;
        ByStaffId = by.StaffId;
    }

    public int StudentId { get; private set; }
    public Student? Student { get; private set; }
    public int? AgreementId { get; private set; }
    public ContactMethod Method { get; private set; }
    /// <summary>UTC.</summary>
    public DateTime At { get; private set; }
    public string? Note { get; private set; }
    public string ByUser { get; private set; } = "";
    public int? ByStaffId { get; private set; }

    /// <summary>The note goes when the pupil is anonymised (issue 13); the contact's date and method stay.</summary>
    public void ClearNote() => Note = null;
}
