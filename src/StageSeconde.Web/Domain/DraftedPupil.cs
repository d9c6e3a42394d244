namespace StageSeconde.Web.Domain;

/// <summary>A pupil of a group hosting who got a convention in draft.</summary>
public sealed record DraftedPupil(Student Pupil, Agreement Agreement);
