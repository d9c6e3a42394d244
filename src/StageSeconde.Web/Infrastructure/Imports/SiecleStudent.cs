namespace StageSeconde.Web.Infrastructure.Imports;

/// <summary>
/// An <c>ELEVE</c> of <c>ElevesSansAdresses.xml</c> / <c>ElevesAvecAdresses.xml</c>, as written (trimmed, null when absent or empty),
/// with its division (<c>STRUCTURE</c> of type <c>D</c>) joined from <c>STRUCTURES</c>.
/// </summary>
public sealed record SiecleStudent(
    int Line,
    string? EleveId,
    string? Ine,
    string? LastName,
    string? UsageName,
    string? FirstName,
    string? FirstName2,
    string? BirthDate,
    string? Sex,
    string? MefCode,
    string? LeftOn,
    string? MobilePhone,
    string? Email,
    string? AddressId,
    string? Division);
