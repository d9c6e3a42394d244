using System.Text;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Absences;

/// <summary>
/// The e-mails of an absence alert, to staff only: who, when, what, who reported it, and the link to the absence in the
/// application. Health details stay in the application (the accident's description is not in the e-mail).
/// </summary>
public static class AbsenceAlertMail
{
    public sealed record About(string StudentName, string ClassCode, string? HostName, AbsenceFacts Facts, AbsenceReport Report, string AbsenceUrl);

    public static string Subject(About about, bool escalation) =>
        (escalation ? "[Sans réponse] " : about.Facts.Kind == AbsenceKind.Accident ? "[URGENT] " : "")
        + $"StageSeconde : {about.Facts.Kind.Label().ToLowerInvariant()} de {about.StudentName} ({about.ClassCode}) le {FrenchTime.Date(about.Facts.Day)}";

    public static string Body(About about, bool escalation, int? delayMinutes = null)
    {
        var facts = about.Facts;
        var text = new StringBuilder();
        text.Append("Bonjour,\n\n");
        if (escalation)
            text.Append("Cette alerte n'a été prise en compte par personne depuis ").Append(delayMinutes).Append(" minutes d'ouverture du lycée : elle remonte à la direction.\n\n");
        text.Append(facts.Kind.Label()).Append(" signalé(e) pour ").Append(about.StudentName).Append(" (").Append(about.ClassCode).Append(")");
        if (about.HostName is not null) text.Append(", en stage chez ").Append(about.HostName);
        text.Append(".\n\n");
        text.Append("Jour : ").Append(FrenchTime.DayName(facts.Day.DayOfWeek)).Append(' ').Append(FrenchTime.Date(facts.Day));
        if (facts.IsAway) text.Append(" (").Append(facts.Part.Label().ToLowerInvariant()).Append(')');
        if (facts.Time is { } time && facts.NeedsTime) text.Append(", à ").Append(FrenchTime.TimeOfDay(time));
        text.Append('\n');
        text.Append("Signalé par : ").Append(about.Report.Reporter).Append(" – ").Append(about.Report.Source.Label().ToLowerInvariant()).Append('\n');
        if (facts.Kind == AbsenceKind.Accident)
            text.Append("\nAccident : la déclaration doit être faite le jour même. Les étapes sont indiquées sur la page de l'absence.\n");
        text.Append("\nPrendre en compte l'alerte et prévenir la famille :\n").Append(about.AbsenceUrl).Append("\n\n");
        text.Append("StageSeconde – séquence d'observation de seconde\n");
        return text.ToString();
    }
}
