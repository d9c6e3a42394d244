namespace StageSeconde.Web.Domain;

/// <summary>Tuteur: the person who welcomes the pupil in the host organisation.</summary>
public class Tutor : SchoolEntity
{
    public int HostOrganisationId { get; set; }
    public HostOrganisation? HostOrganisation { get; set; }

    public string LastName { get; set; } = "";
    public string FirstName { get; set; } = "";
    public string Function { get; set; } = "";
    public string? Email { get; set; }
    public string? Phone { get; set; }

    public string FullName => PersonName.FirstLast(FirstName, LastName);
}
