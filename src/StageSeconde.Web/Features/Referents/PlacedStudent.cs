namespace StageSeconde.Web.Features.Referents;

/// <summary>
/// A placed student: their class, the hosts of their conventions, their current referent (null if none) and the dates of
/// their conventions (first and last day of each).
/// </summary>
public sealed record PlacedStudent(int StudentId, string Name, int ClassId, IReadOnlyCollection<int> HostIds, int? CurrentTeacherId,
    IReadOnlyCollection<(DateOnly First, DateOnly Last)>? Periods = null)
{
    public IReadOnlyCollection<(DateOnly First, DateOnly Last)> Dates => Periods ?? [];
}
