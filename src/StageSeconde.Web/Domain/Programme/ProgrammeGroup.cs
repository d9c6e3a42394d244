namespace StageSeconde.Web.Domain.Programme;

/// <summary>A group of pupils of the in-school programme, for week 1, week 2 or both; built automatically, editable.</summary>
public class ProgrammeGroup : SchoolEntity
{
    public const int NameMaxLength = 60;

    private readonly List<ProgrammeGroupMember> _members = [];

    private ProgrammeGroup() { }

    public ProgrammeGroup(int schoolId, int schoolYearId, string name, bool inWeek1, bool inWeek2)
    {
        SchoolId = schoolId;
        SchoolYearId = schoolYearId;
        Rename(name);
        SetWeeks(inWeek1, inWeek2);
    }

    public int SchoolYearId { get; private set; }
    public string Name { get; private set; } = "";
    public bool InWeek1 { get; private set; }
    public bool InWeek2 { get; private set; }
    public IReadOnlyList<ProgrammeGroupMember> Members => _members;

    public void Rename(string name)
    {
        var clean = Normalized.Name(name);
        if (clean.Length == 0) throw new DomainException("Donnez un nom au groupe.", nameof(Name));
        if (clean.Length > NameMaxLength) throw new DomainException($"Le nom ne peut pas dépasser {NameMaxLength} caractères.", nameof(Name));
        Name = clean;
    }

    public void SetWeeks(bool inWeek1, bool inWeek2)
    {
        if (!inWeek1 && !inWeek2) throw new DomainException("Un groupe a lieu en semaine 1, en semaine 2 ou les deux.", nameof(InWeek1));
        InWeek1 = inWeek1;
        InWeek2 = inWeek2;
    }

    public bool IsIn(int week) => week == 1 ? InWeek1 : InWeek2;

    public void Add(int studentId)
    {
        if (_members.Any(m => m.StudentId == studentId)) return;
        _members.Add(new ProgrammeGroupMember(SchoolId, studentId));
    }

    public void Remove(int studentId) => _members.RemoveAll(m => m.StudentId == studentId);
}

public class ProgrammeGroupMember : SchoolEntity
{
    private ProgrammeGroupMember() { }

    internal ProgrammeGroupMember(int schoolId, int studentId)
    {
        SchoolId = schoolId;
        StudentId = studentId;
    }

    public int ProgrammeGroupId { get; private set; }
    public int StudentId { get; private set; }
    public Student? Student { get; private set; }
}
