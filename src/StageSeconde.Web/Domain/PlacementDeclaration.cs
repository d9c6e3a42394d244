namespace StageSeconde.Web.Domain;

/// <summary>
/// A dated, attributed declaration about a student's situation: a search note, or an alternative to a host (SNU, mobility,
/// exemption, in-school programme). Declarations are never edited: a new one supersedes the previous ones.
/// </summary>
public class PlacementDeclaration : SchoolEntity
{
    public const int NoteMaxLength = 1000;

    private PlacementDeclaration() { }

    public int StudentId { get; private set; }
    public Student? Student { get; private set; }
    public DeclarationKind Kind { get; private set; }
    public string? Note { get; private set; }
    public DateTime DeclaredAt { get; private set; }
    public string DeclaredBy { get; private set; } = "";
    public int? DeclaredByStaffId { get; private set; }

    public static PlacementDeclaration Declare(Student student, DeclarationKind kind, string? note, Actor by, DateTimeOffset at)
    {
        if (student.HasLeft)
            throw new DomainException("Cet élève a quitté le lycée : sa situation ne peut plus être modifiée.");
        if (!Enum.IsDefined(kind)) throw new DomainException("Type de déclaration inconnu.", nameof(Kind));
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (note is { Length: > NoteMaxLength })
            throw new DomainException($"La note ne peut pas dépasser {NoteMaxLength} caractères.", nameof(Note));
        if (kind == DeclarationKind.Searching && note is null)
            throw new DomainException("Indiquez où en est la recherche de l'élève (une note datée).", nameof(Note));
        if (kind == DeclarationKind.Exempted && note is null && !student.IsSthr)
            throw new DomainException("Une dispense doit être justifiée (par exemple : raison médicale documentée).", nameof(Note));

        return new PlacementDeclaration
        {
            SchoolId = student.SchoolId,
            StudentId = student.Id,
            Kind = kind,
            Note = note,
            DeclaredAt = at.UtcDateTime,
            DeclaredBy = by.UserName,
            DeclaredByStaffId = by.StaffId,
        };
    }

    /// <summary>The note goes when the pupil is anonymised (issue 13); the kind and the date stay.</summary>
    public void ClearNote() => Note = null;
}
