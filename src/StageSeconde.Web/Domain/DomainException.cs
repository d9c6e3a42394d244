namespace StageSeconde.Web.Domain;

/// <summary>
/// A broken business rule. The message is French and can be shown to the user as it is. <see cref="Field"/> names the
/// form field the rule concerns (a property name shared by the forms, e.g. <c>Reason</c>), or is null when the rule
/// concerns the record as a whole.
/// </summary>
public class DomainException(string message, string? field = null) : Exception(message)
{
    public string? Field { get; } = field;
}
