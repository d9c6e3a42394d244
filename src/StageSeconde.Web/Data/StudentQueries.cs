using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Data;

/// <summary>
/// "The student has left" in queries, named once (the entity says it as <see cref="Student.HasLeft"/>): lists, boards and figures
/// count the present students, the list of students who left shows the others.
/// </summary>
public static class StudentQueries
{
    /// <summary>The students still at the school.</summary>
    public static IQueryable<Student> Present(this IQueryable<Student> students) => students.Where(s => s.LeftOn == null);

    /// <summary>The students who have left the school.</summary>
    public static IQueryable<Student> WhoLeft(this IQueryable<Student> students) => students.Where(s => s.LeftOn != null);
}
