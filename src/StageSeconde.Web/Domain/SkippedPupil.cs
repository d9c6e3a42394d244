namespace StageSeconde.Web.Domain;

/// <summary>A pupil of a group hosting who got no convention, and why (in French).</summary>
public sealed record SkippedPupil(Student Pupil, IReadOnlyList<string> Reasons);
