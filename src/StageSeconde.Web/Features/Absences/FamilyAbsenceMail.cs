using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Absences;

/// <summary>
/// The e-mail to a student's guardians about an absence: the school's template (<see cref="School.FamilyAbsenceTemplate"/>,
/// edited in the school's settings) or <see cref="DefaultTemplate"/>, with its placeholders filled in. The CPE reads and may
/// change it before it is sent.
/// </summary>
public static class FamilyAbsenceMail
{
    /// <summary>The placeholders a template may use, and what each becomes.</summary>
    public static readonly IReadOnlyList<(string Placeholder, string Meaning)> Placeholders =
    [
        ("{eleve}", "prénom et nom de l'élève"),
        ("{date}", "jour de l'absence (jj/mm/aaaa)"),
        ("{nature}", "absence, arrivée en retard, maladie…"),
        ("{moment}", "journée entière, matin, après-midi ou heure"),
        ("{structure}", "structure d'accueil"),
        ("{lycee}", "nom du lycée"),
        ("{telephone}", "téléphone du lycée"),
    ];

    public const string DefaultTemplate =
        "Madame, Monsieur,\n\n" +
        "Nous vous informons que le lycée a été prévenu le {date} de l'événement suivant concernant {eleve}, pendant sa séquence d'observation en milieu professionnel ({structure}) : {nature} ({moment}).\n\n" +
        "Nous vous remercions de prendre contact avec le lycée au {telephone} et, le cas échéant, de nous transmettre un justificatif.\n\n" +
        "Le conseiller principal d'éducation\n{lycee}";

    public sealed record About(string StudentName, DateOnly Day, AbsenceKind Kind, DayPart Part, TimeOnly? Time, string? HostName, string SchoolName, string? SchoolPhone);

    public static string Subject(About about) => $"{about.SchoolName} : {about.Kind.Label().ToLowerInvariant()} de {about.StudentName} le {FrenchTime.Date(about.Day)}";

    public static string Body(string? template, About about)
    {
        var moment = about.Time is { } time ? "à " + FrenchTime.TimeOfDay(time) : about.Part.Label().ToLowerInvariant();
        return (string.IsNullOrWhiteSpace(template) ? DefaultTemplate : template)
            .Replace("{eleve}", about.StudentName, StringComparison.Ordinal)
            .Replace("{date}", FrenchTime.Date(about.Day), StringComparison.Ordinal)
            .Replace("{nature}", about.Kind.Label().ToLowerInvariant(), StringComparison.Ordinal)
            .Replace("{moment}", moment, StringComparison.Ordinal)
            .Replace("{structure}", about.HostName ?? "programme au lycée", StringComparison.Ordinal)
            .Replace("{lycee}", about.SchoolName, StringComparison.Ordinal)
            .Replace("{telephone}", FrenchIdentifiers.FormatPhone(about.SchoolPhone) is { Length: > 0 } phone ? phone : "(téléphone du lycée)", StringComparison.Ordinal);
    }
}
