namespace StageSeconde.Web.Features.Imports;

/// <summary>An address as imported; each part left null is not changed.</summary>
public sealed record AddressValue(string? Line, string? PostalCode, string? City);
