using System.Globalization;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.Printing;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Web.Infrastructure.Pdf;

namespace StageSeconde.Web.Features.TutorLinks;

/// <summary>
/// The « fiche tuteur »: one page the tutor keeps at hand during the sequence (docs/reference-produit.md §5): whom to call
/// (the referent teacher, the lycée), the student's days and hours, what to do in case of absence, illness or accident,
/// and the link to report, with its QR code. The student is named by first name and initial only: the sheet may be pinned up.
/// </summary>
public static class TutorSheetDocument
{
    public const string Title = "Fiche tuteur – séquence d’observation de seconde";

    private const string NotProvided = "non renseigné";
    private const string Nbsp = "\u00A0";

    private static readonly TableColumn[] ScheduleColumns = [new("Jour", 0.25), new("Arrivée", 0.2), new("Départ", 0.2), new("Pauses", 0.35)];

    public static string Reference(int agreementId) => string.Create(CultureInfo.InvariantCulture, $"Fiche tuteur – convention n° {agreementId}");

    public static string FileName(AgreementPrintModel m) => string.Create(CultureInfo.InvariantCulture, $"fiche-tuteur-{m.Id}.pdf");

    public static string StudentLabel(PrintedStudent student) =>
        student.LastName.Trim() is { Length: > 0 } last ? $"{student.FirstName} {char.ToUpperInvariant(last[0])}." : student.FirstName;

    public static PdfDocumentBuilder Compose(AgreementPrintModel m, string url, DateOnly generatedOn)
    {
        var student = StudentLabel(m.Student);
        var doc = new PdfDocumentBuilder(new DocumentIdentity(m.School.Name, m.School.Uai, Reference(m.Id), generatedOn, $"Fiche tuteur – {student}"));
        doc.Heading(Title);
        doc.Paragraph($"Vous accueillez ", TextRun.Strong(student), $", élève de seconde ({m.School.Name}), chez {m.Host.Name}, du {m.FirstDay.FormatFrench()} au {m.LastDay.FormatFrench()}. "
            + $"Tuteur : {m.Tutor.FullName}.");

        doc.Heading("Qui appeler", level: 2);
        doc.KeyValues(
        [
            ("Professeur référent", m.ReferentTeacher is { } r ? $"{r.FullName} – {Phone(r.Phone)}" : "pas encore désigné : appelez le lycée"),
            ("Lycée", $"{Phone(m.School.Phone)}{(string.IsNullOrWhiteSpace(m.School.Email) ? "" : " – " + m.School.Email.Trim())}"),
        ], labelWidth: 0.3);

        doc.Heading("Horaires de l’élève", level: 2);
        doc.Table(ScheduleColumns, m.Schedule.Select(day => (IReadOnlyList<string>)(day.IsDayOff
            ? [Capitalised(FrenchTime.DayName(day.Day)), "Repos", "—", "—"]
            : [Capitalised(FrenchTime.DayName(day.Day)), Time(day.Start), Time(day.End), day.HasBreak ? string.Join("\n", day.Breaks) : "Aucune"])),
            keepTogether: true);

        doc.Heading("Que faire", level: 2);
        doc.KeyValues(
        [
            ("Absence ou retard", "Prévenez le lycée sans attendre, le jour même : par le lien ci-dessous ou par téléphone. Le lycée informe la famille."),
            ("Maladie", "Prévenez le lycée, qui joint la famille. L’élève ne quitte pas la structure avant que le lycée ou la famille ne l’ait décidé."),
            ("Accident", $"Appelez le lycée immédiatement, le jour même ({Phone(m.School.Phone)}), pour prévenir le chef d’établissement ; "
                + "adressez-lui la déclaration d’accident le jour même, puis signalez-le aussi par le lien."),
            ("Incident", "Tout autre événement que le lycée doit connaître : signalez-le par le lien ou appelez le professeur référent."),
        ], labelWidth: 0.22);

        doc.QrCodeWithText(QrCodes.Modules(url), 34,
            TextRun.Strong("Signaler une absence\n"),
            "Sans compte, depuis un téléphone : scannez le code ou saisissez l’adresse\n",
            TextRun.Strong(url),
            "\nLe lien s’ouvre une semaine avant le stage et se ferme une semaine après. Ne le communiquez pas : il est propre à cet élève.");
        return doc;
    }

    private static string Phone(string? phone) =>
        string.IsNullOrWhiteSpace(phone) ? NotProvided : FrenchIdentifiers.FormatPhone(phone).Replace(" ", Nbsp, StringComparison.Ordinal);

    private static string Time(TimeOnly? time) => time is { } t ? FrenchTime.TimeOfDay(t) : "—";

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpper(text[0], ParisTime.French) + text[1..];
}
