using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Closing;

/// <summary>The e-mail to the Direction about the conventions of one first day that are still not signed.</summary>
public static class UnsignedAgreementsMail
{
    public sealed record Line(string Student, string ClassCode, string Host, AgreementState State);

    public sealed record About(string SchoolName, DateOnly FirstDay, DateOnly Today, IReadOnlyList<Line> Lines, string ListUrl);

    public static string Subject(About about) =>
        $"{about.SchoolName} : {about.Lines.Count} convention(s) non signée(s), premier jour le {FrenchTime.Date(about.FirstDay)} ({UnsignedAgreements.Countdown(about.FirstDay, about.Today)})";

    public static string Body(About about) => string.Join("\n",
        [
            "Bonjour,",
            "",
            $"Ces conventions de stage commencent le {FrenchTime.Date(about.FirstDay)} et ne sont pas encore signées. Un élève ne part pas en stage sans convention signée :",
            "",
            .. about.Lines.Select(l => $"- {l.Student} ({l.ClassCode}), {l.Host} : {l.State.Label()}"),
            "",
            $"La liste à jour : {about.ListUrl}",
            "",
            about.SchoolName,
            "Ce message est envoyé automatiquement, une fois par premier jour ; merci de ne pas y répondre.",
        ]);
}
