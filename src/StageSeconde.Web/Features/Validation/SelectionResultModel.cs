namespace StageSeconde.Web.Features.Validation;

public sealed record SelectionResultModel(IReadOnlyList<QueueRow> Validated, IReadOnlyList<LeftAside> LeftAside);
