namespace StageSeconde.Web.Domain;

public abstract class SchoolEntity : Entity, ISchoolOwned
{
    public int SchoolId { get; set; }
}
