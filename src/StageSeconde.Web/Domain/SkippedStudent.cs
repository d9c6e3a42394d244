namespace StageSeconde.Web.Domain;

/// <summary>A student of a group hosting who got no convention, and why (in French).</summary>
public sealed record SkippedStudent(Student Student, IReadOnlyList<string> Reasons);
