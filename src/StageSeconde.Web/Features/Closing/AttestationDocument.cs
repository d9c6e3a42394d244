using System.Globalization;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.Printing;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Web.Infrastructure.Pdf;

namespace StageSeconde.Web.Features.Closing;

/// <summary>
/// The « attestation de stage » (issue 12): one page per pupil saying that they did their observation sequence at the host,
/// with the dates and the hours actually done (<see cref="AttendedHours"/>: the convention's timetable minus the absences
/// recorded), to be signed by the host's representative and by the chef d'établissement.
/// </summary>
public static class AttestationDocument
{
    public const string Title = "Attestation de stage d’observation";

    public static string Reference(int agreementId) => string.Create(CultureInfo.InvariantCulture, $"Attestation – convention n° {agreementId}");

    public static string FileName(AgreementPrintModel m) =>
        string.Create(CultureInfo.InvariantCulture, $"attestation-{Slug(m.Student.LastName)}-{Slug(m.Student.FirstName)}-{m.Id}.pdf");

    public static PdfDocumentBuilder Compose(AgreementPrintModel m, HoursDone hours, DateOnly generatedOn)
    {
        var student = PersonName.FirstLast(m.Student.FirstName, m.Student.LastName);
        var doc = new PdfDocumentBuilder(new DocumentIdentity(m.School.Name, m.School.Uai, Reference(m.Id), generatedOn, $"Attestation – {student}"));
        doc.Heading(Title);
        doc.Paragraph($"Séquence d’observation en milieu professionnel des élèves de seconde générale et technologique, année scolaire {m.SchoolYearLabel} "
            + "(articles D. 331-1 et suivants du code de l’éducation).");

        doc.Paragraph($"La structure d’accueil {m.Host.Name}, représentée par {Or(m.RepresentativeName)}{(string.IsNullOrWhiteSpace(m.RepresentativeFunction) ? "" : ", " + m.RepresentativeFunction.Trim())}, atteste que ",
            TextRun.Strong(student), $", élève de la classe {m.Student.ClassCode} ({m.School.Name}), a effectué sa séquence d’observation "
            + $"du {m.FirstDay.FormatFrench()} au {m.LastDay.FormatFrench()}.");

        doc.Heading("Élève et lycée", level: 2);
        doc.KeyValues(
        [
            ("Élève", $"{student}, né(e) le {m.Student.BirthDate.FormatFrench()}"),
            ("Classe", m.Student.ClassCode),
            ("Lycée", $"{m.School.Name} (UAI {m.School.Uai}), {m.School.Address}"),
        ], labelWidth: 0.3);

        doc.Heading("Structure d’accueil", level: 2);
        doc.KeyValues(
        [
            ("Structure", m.Host.Name),
            ("Adresse", m.Host.Address.ToString()),
            ("Lieu du stage", m.Place.ToString()),
            ("Tuteur", $"{m.Tutor.FullName}{(string.IsNullOrWhiteSpace(m.Tutor.Function) ? "" : ", " + m.Tutor.Function.Trim())}"),
        ], labelWidth: 0.3);

        doc.Heading("Durée", level: 2);
        doc.KeyValues(
        [
            ("Dates", $"du {m.FirstDay.FormatFrench()} au {m.LastDay.FormatFrench()}"),
            ("Heures prévues", FrenchTime.Duration(hours.Planned)),
            ("Heures effectuées", FrenchTime.Duration(hours.Done)),
        ], labelWidth: 0.3);
        doc.Paragraph(hours.HasAbsences
            ? $"Heures effectuées : les horaires de la convention, moins {FrenchTime.Duration(hours.Missed)} d’absence enregistrée par le lycée (demi-journées, retards, départs anticipés)."
            : "Aucune absence n’a été enregistrée par le lycée : les heures effectuées sont celles prévues par la convention.");

        doc.SignatureBoxes(
        [
            new SignatureBox($"Pour la structure d’accueil – {Or(m.RepresentativeName)}", Lines: ["Date\u00A0:", "Cachet et signature\u00A0:"]),
            new SignatureBox($"Le chef d’établissement – {Or(m.School.HeadName)}"),
        ], keepTogether: true);
        return doc;
    }

    private static string Or(string? text) => string.IsNullOrWhiteSpace(text) ? "……………………" : text.Trim();

    private static string Slug(string text)
    {
        var plain = SearchText.Normalize(text);
        var slug = new string(plain.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
        return slug.Length == 0 ? "eleve" : slug;
    }
}
