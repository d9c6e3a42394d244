namespace StageSeconde.Web.Domain;

/// <summary>
/// How people's names are written, in one place. Used in projections after the query (client side):
/// SQLite's upper() only knows ASCII and would write « Dupré » as « DUPRé ».
/// </summary>
public static class PersonName
{
    /// <summary>A staff member or a tutor: « Élise DUPRÉ ».</summary>
    public static string FirstLast(string firstName, string lastName) => $"{firstName} {lastName.ToUpperInvariant()}";

    /// <summary>A student, as in class lists: « DUPRÉ Élise ».</summary>
    public static string LastFirst(string lastName, string firstName) => $"{lastName.ToUpperInvariant()} {firstName}";
}
