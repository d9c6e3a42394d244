namespace StageSeconde.Web.Features.Imports;

/// <summary>One changed field of an update, with its values before and after, as shown to the user.</summary>
public sealed record FieldChange(string Field, string? Before, string? After);
