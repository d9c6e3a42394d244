namespace StageSeconde.Web.Domain;

/// <summary>Établissement (lycée), identified by its UAI.</summary>
public class School : Entity
{
    public string Uai { get; set; } = "";
    public string Name { get; set; } = "";
    public string AddressLine { get; set; } = "";
    public string PostalCode { get; set; } = "";
    public string City { get; set; } = "";
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public SchoolSector Sector { get; set; }
    public string? Academy { get; set; }

    public string HeadName { get; set; } = "";
    public string? HeadEmail { get; set; }
    public string? HeadPhone { get; set; }
}
