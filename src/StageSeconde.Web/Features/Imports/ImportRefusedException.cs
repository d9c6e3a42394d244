namespace StageSeconde.Web.Features.Imports;

/// <summary>An import that cannot be confirmed as it stands, with the French message to show.</summary>
public sealed class ImportRefusedException(string message, Exception? inner = null) : Exception(message, inner);
