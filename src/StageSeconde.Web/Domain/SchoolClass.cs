namespace StageSeconde.Web.Domain;

/// <summary>Division (classe), code as in SIECLE, e.g. 2NDE3.</summary>
public class SchoolClass : SchoolEntity
{
    public string Code { get; set; } = "";
    public string Label { get; set; } = "";
    public bool IsArchived { get; set; }

    /// <summary>Les professeurs principaux de la classe.</summary>
    public List<StaffMember> PrincipalTeachers { get; set; } = [];
    public List<Student> Students { get; set; } = [];
}
