namespace StageSeconde.Web.Domain;

/// <summary>A broken business rule. The message is French and can be shown to the user as it is.</summary>
public sealed class DomainException(string message) : Exception(message);
