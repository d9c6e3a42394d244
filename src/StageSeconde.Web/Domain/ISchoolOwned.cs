namespace StageSeconde.Web.Domain;

/// <summary>A record that belongs to one school: every query of it is scoped to the current user's school.</summary>
public interface ISchoolOwned
{
    int SchoolId { get; set; }
}
