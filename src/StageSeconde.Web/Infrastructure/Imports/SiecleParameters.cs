namespace StageSeconde.Web.Infrastructure.Imports;

/// <summary>The <c>PARAMETRES</c> of a SIECLE export.</summary>
public sealed record SiecleParameters(string? Uaj, string? SchoolYear, string? ExportDate);
