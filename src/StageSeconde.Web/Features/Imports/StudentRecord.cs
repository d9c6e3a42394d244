using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.Imports;

/// <summary>
/// A student to import, cleaned and valid. Optional values left null (absent or empty in the file) never erase what is stored;
/// <see cref="IsSthr"/> null keeps the stored value (false for a new student).
/// </summary>
public sealed record StudentRecord(
    string Where, string? SiecleId, string? Ine, string LastName, string FirstName, DateOnly BirthDate, string ClassCode,
    bool? IsSthr, string? Email, string? Phone, AddressValue? Address, IReadOnlyList<GuardianRecord> Guardians)
{
    public string Label => PersonName.LastFirst(LastName, FirstName);
}
