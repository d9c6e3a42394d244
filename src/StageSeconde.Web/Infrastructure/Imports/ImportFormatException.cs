namespace StageSeconde.Web.Infrastructure.Imports;

/// <summary>A file that cannot be imported as a whole (wrong format, truncated, too large…), with the French message to show.</summary>
public sealed class ImportFormatException(string message, Exception? inner = null) : Exception(message, inner);
