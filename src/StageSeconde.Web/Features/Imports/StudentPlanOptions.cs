namespace StageSeconde.Web.Features.Imports;

/// <summary>
/// <see cref="MarkAbsentAsLeft"/>: a SIECLE export holds the whole lycée, so a stored student that is not in it has left
/// (marked on <see cref="AbsentLeftOn"/>, never deleted). A CSV file may hold a part only: nobody is marked.
/// </summary>
public sealed record StudentPlanOptions(bool MarkAbsentAsLeft, DateOnly AbsentLeftOn);
