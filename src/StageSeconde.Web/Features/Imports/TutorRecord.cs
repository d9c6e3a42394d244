using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.Imports;

/// <summary>A tutor line of the hosts' CSV file. Values left null never erase what is stored.</summary>
public sealed record TutorRecord(string Where, string LastName, string FirstName, string? Function, string? Email, string? Phone)
{
    public string Label => PersonName.FirstLast(FirstName, LastName);
}
