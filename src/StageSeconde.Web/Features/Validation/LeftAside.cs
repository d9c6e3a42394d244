namespace StageSeconde.Web.Features.Validation;

public sealed record LeftAside(QueueRow Row, IReadOnlyList<string> Reasons);
