using StageSeconde.Web.Domain.Programme;

namespace StageSeconde.Web.Features.ProgrammeSetup;

/// <summary>The kinds a supervisor can be (not « Tout personnel », which is only an activity's need), and a guess from a staff member's function.</summary>
public static class SupervisorKinds
{
    public static IEnumerable<SupervisorKind> Choices => Enum.GetValues<SupervisorKind>().Where(k => k != SupervisorKind.Any);

    /// <summary>« Professeure documentaliste » → documentaliste, « Psychologue de l'Éducation nationale » → PsyEN, « AED » → AED, else professeur.</summary>
    public static SupervisorKind Guess(string? function)
    {
        var text = Domain.SearchText.Normalize(function);
        if (text.Contains("documentaliste")) return SupervisorKind.Librarian;
        if (text.Contains("psyen") || text.Contains("psychologue")) return SupervisorKind.PsyEn;
        if (text.Split(' ').Contains("aed") || text.Contains("assistant d education") || text.Contains("assistante d education") || text.Contains("surveillant"))
            return SupervisorKind.Aed;
        return SupervisorKind.Teacher;
    }
}
