namespace StageSeconde.Web.Features.Referents;

/// <summary>A placed student: their class, the hosts of their conventions and their current referent (null if none).</summary>
public sealed record PlacedStudent(int StudentId, string Name, int ClassId, IReadOnlyCollection<int> HostIds, int? CurrentTeacherId);
