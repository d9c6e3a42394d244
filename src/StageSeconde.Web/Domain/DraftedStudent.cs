namespace StageSeconde.Web.Domain;

/// <summary>A student of a group hosting who got a convention in draft.</summary>
public sealed record DraftedStudent(Student Student, Agreement Agreement);
