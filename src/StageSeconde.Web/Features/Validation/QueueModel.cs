namespace StageSeconde.Web.Features.Validation;

public sealed record QueueModel(IReadOnlyList<QueueRow> Rows);
