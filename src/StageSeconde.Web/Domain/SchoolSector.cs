namespace StageSeconde.Web.Domain;

public enum SchoolSector
{
    Public = 0,
    PrivateUnderContract = 1,
}
