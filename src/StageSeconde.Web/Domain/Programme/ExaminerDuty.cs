namespace StageSeconde.Web.Domain.Programme;

/// <summary>
/// A convocation of a staff member as examiner (baccalauréat, brevet…) on a day or half-day: they supervise nothing and
/// follow no pupil then. Replaces the former yes/no flag; entered by hand or imported as CSV.
/// </summary>
public class ExaminerDuty : SchoolEntity
{
    public const int NoteMaxLength = 200;

    private ExaminerDuty() { }

    public ExaminerDuty(int schoolId, int staffMemberId, DateOnly date, DayPart part, string? note)
    {
        if (!Enum.IsDefined(part)) throw new DomainException("Choisissez la demi-journée.", nameof(Part));
        if (date.DayOfWeek == DayOfWeek.Sunday) throw new DomainException("Une convocation ne tombe pas un dimanche.", nameof(Date));
        var text = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (text is { Length: > NoteMaxLength }) throw new DomainException($"La note ne peut pas dépasser {NoteMaxLength} caractères.", nameof(Note));
        SchoolId = schoolId;
        StaffMemberId = staffMemberId;
        Date = date;
        Part = part;
        Note = text;
    }

    public int StaffMemberId { get; private set; }
    public StaffMember? StaffMember { get; private set; }
    public DateOnly Date { get; private set; }
    public DayPart Part { get; private set; }
    /// <summary>E.g. « Oral de français, centre d'examen lycée Voltaire ».</summary>
    public string? Note { get; private set; }

    /// <summary>Whether the duty takes the given half-day.</summary>
    public bool Covers(DateOnly date, bool afternoon) =>
        date == Date && Part.Overlap(afternoon ? DayPart.Afternoon : DayPart.Morning);
}
