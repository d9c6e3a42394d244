namespace StageSeconde.Web.Domain;

public enum HostKind
{
    Company = 0,
    Association = 1,
    Administration = 2,
    PublicInstitution = 3,
    LocalAuthority = 4,
}
