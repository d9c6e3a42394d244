namespace StageSeconde.Web.Infrastructure.Imports;

/// <summary>An <c>ADRESSE</c> of a SIECLE export (with-addresses variants).</summary>
public sealed record SiecleAddress(
    string Id, string? Line1, string? Line2, string? Line3, string? Line4, string? PostalCode, string? City, string? CountryCode, string? CountryName);
