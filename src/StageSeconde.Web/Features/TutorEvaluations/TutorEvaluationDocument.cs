using System.Globalization;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Web.Infrastructure.Pdf;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.TutorEvaluations;

/// <summary>
/// The tutor's evaluation as a one-page PDF for the pupil's file: the sequence (pupil, class, host, tutor, dates), the level
/// of each target skill on the four-level scale, the comment, and who entered it and when. No address, no guardian, no health.
/// </summary>
public static class TutorEvaluationDocument
{
    public const string Title = "Évaluation du tuteur – séquence d’observation de seconde";

    private static readonly TableColumn[] Columns = [new("Compétence visée", 0.4), new("Niveau observé par le tuteur", 0.6)];

    public static string FileName(EvaluationSubject s) => string.Create(CultureInfo.InvariantCulture, $"evaluation-tuteur-{s.AgreementId}.pdf");

    public static PdfDocumentBuilder Compose(EvaluationSubject s, EvaluationRecord e, DateOnly generatedOn)
    {
        var reference = string.Create(CultureInfo.InvariantCulture, $"Évaluation du tuteur – convention n° {s.AgreementId}");
        var doc = new PdfDocumentBuilder(new DocumentIdentity(s.SchoolName, s.SchoolUai, reference, generatedOn, $"Évaluation – {s.StudentName}"));
        doc.Heading(Title);
        doc.KeyValues(
        [
            ("Élève", s.StudentName),
            ("Classe", s.ClassCode),
            ("Structure d’accueil", s.HostName),
            ("Tuteur", s.TutorName),
            ("Dates", $"du {s.FirstDay.FormatFrench()} au {s.LastDay.FormatFrench()}"),
            ("Professeur référent", s.ReferentName ?? "non désigné"),
        ], labelWidth: 0.3);

        doc.Heading("Compétences visées", level: 2);
        doc.Paragraph("Échelle : Non observé, Fragile, Satisfaisant, Très satisfaisant. Il ne s’agit pas d’une note : l’évaluation prépare le retour sur la séquence.");
        doc.Table(Columns, EvaluationRead.Skills.Select(skill => (IReadOnlyList<string>)[skill.Label(), e.LevelOf(skill).Label()]), keepTogether: true);

        doc.Heading("Commentaire du tuteur", level: 2);
        doc.Paragraph(string.IsNullOrWhiteSpace(e.Comment) ? "Aucun commentaire." : e.Comment);

        doc.KeyValues(
        [
            ("Évalué par", e.EvaluatorName),
            ("Saisie", $"{e.Source.Label()}, le {e.RecordedAt.FormatParis()}"),
        ], labelWidth: 0.3);
        return doc;
    }
}
