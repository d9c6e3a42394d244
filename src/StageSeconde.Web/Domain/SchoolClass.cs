namespace StageSeconde.Web.Domain;

/// <summary>Division (classe), code as in SIECLE, e.g. 2NDE3.</summary>
public class SchoolClass : SchoolEntity, IArchivable
{
    private SchoolClass() { }

    public SchoolClass(string code, string? label)
    {
        Rename(code, label);
    }

    public string Code { get; private set; } = "";
    public string Label { get; private set; } = "";
    public bool IsArchived { get; private set; }

    /// <summary>Les professeurs principaux de la classe.</summary>
    public List<StaffMember> PrincipalTeachers { get; set; } = [];
    public List<Student> Students { get; set; } = [];

    /// <summary>The code as SIECLE writes it (upper case, single spaces) and the label.</summary>
    public void Rename(string code, string? label)
    {
        var normalized = Normalized.ClassCode(code);
        if (normalized.Length == 0) throw new DomainException("Une classe a un code.");
        Code = normalized;
        Label = Normalized.Name(label);
    }

    /// <summary>The professeurs principaux become exactly <paramref name="teachers"/> (already loaded).</summary>
    public void AssignPrincipalTeachers(IReadOnlyCollection<StaffMember> teachers)
    {
        PrincipalTeachers.RemoveAll(s => !teachers.Contains(s));
        foreach (var teacher in teachers.Where(t => !PrincipalTeachers.Contains(t))) PrincipalTeachers.Add(teacher);
    }

    /// <summary>No longer among the current classes (a past year's division), kept with its students.</summary>
    public void Archive() => IsArchived = true;

    public void Restore() => IsArchived = false;
}
