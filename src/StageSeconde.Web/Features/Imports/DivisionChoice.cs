namespace StageSeconde.Web.Features.Imports;

/// <summary>Which divisions of the export the user imports, and which of them are STHR.</summary>
public sealed record DivisionChoice(IReadOnlySet<string> Imported, IReadOnlySet<string> Sthr);
