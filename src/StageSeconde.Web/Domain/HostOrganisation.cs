namespace StageSeconde.Web.Domain;

public enum HostKind
{
    Company = 0,
    Association = 1,
    Administration = 2,
    PublicInstitution = 3,
    LocalAuthority = 4,
}

/// <summary>Structure d'accueil, identified by its SIRET within a school.</summary>
public class HostOrganisation : SchoolEntity
{
    private string _name = "";
    private string _city = "";

    public string Name { get => _name; set { _name = value; RefreshSearchKey(); } }
    public HostKind Kind { get; set; }
    public string Siret { get; set; } = "";
    public string AddressLine { get; set; } = "";
    public string PostalCode { get; set; } = "";
    public string City { get => _city; set { _city = value; RefreshSearchKey(); } }

    public string RepresentativeName { get; set; } = "";
    public string RepresentativeFunction { get; set; } = "";
    public string? Email { get; set; }
    public string? Phone { get; set; }

    public string? Insurer { get; set; }
    public string? InsurancePolicyNumber { get; set; }

    public bool IsArchived { get; set; }
    public string SearchKey { get; private set; } = "";

    public List<Tutor> Tutors { get; set; } = [];

    private void RefreshSearchKey() => SearchKey = SearchText.Key(_name, _city);
}
