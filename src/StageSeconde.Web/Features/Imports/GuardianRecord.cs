using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.Imports;

/// <summary>A guardian as read from a file, cleaned. Values left null never erase what is stored.</summary>
public sealed record GuardianRecord(
    string? SiecleId, string LastName, string FirstName, GuardianRelationship? Relationship, bool? IsLegalGuardian,
    string? Email, string? MobilePhone, string? HomePhone, AddressValue? Address)
{
    public string Label => PersonName.FirstLast(FirstName, LastName);
}
