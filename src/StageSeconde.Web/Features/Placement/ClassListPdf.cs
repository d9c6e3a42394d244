using System.Globalization;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Web.Infrastructure.Pdf;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Placement;

/// <summary>
/// The class list for the professeur principal's folder: every present student of the class with situation, what covers
/// week 1 and week 2, hosts, dates and referent teacher, alphabetically; the table header repeats on each page.
/// </summary>
public static class ClassListPdf
{
    private static readonly StringComparer FrenchOrder = StringComparer.Create(ParisTime.French, CompareOptions.IgnoreCase);

    public static readonly IReadOnlyList<TableColumn> Columns =
    [
        new("Élève", 0.16), new("Situation", 0.15), new("Semaine 1", 0.13), new("Semaine 2", 0.13), new("Structure d'accueil", 0.16),
        new("Dates", 0.14), new("Professeur référent", 0.13),
    ];

    public static string Title(string classCode) => $"Classe {classCode} – situation des élèves";

    public static PdfDocumentBuilder Build(BoardModel board, string schoolName, string uai, DateOnly today)
    {
        var code = board.Class?.Code ?? throw new ArgumentException("Le tableau n'a pas de classe.", nameof(board));
        var title = Title(code);
        var document = new PdfDocumentBuilder(new DocumentIdentity(schoolName, uai, $"SUIVI-{code}", today, title));
        document.Heading(title);

        var summary = new List<(string, string)>
        {
            ("Professeur principal", board.PrincipalTeachers.Count == 0 ? "non désigné" : string.Join(", ", board.PrincipalTeachers)),
            ("Élèves présents", board.Total.ToString(ParisTime.French)),
            ("Avec une solution", $"{board.WithSolution} sur {board.Total} ({board.PercentWithSolution} %)"),
            ("À traiter", board.Count(BoardFilter.NeedingAction).ToString(ParisTime.French)),
        };
        document.KeyValues(summary, labelWidth: 0.3);

        if (board.Total == 0)
            return document.Paragraph("Aucun élève présent dans cette classe.");

        var rows = board.AllRows
            .OrderBy(r => r.LastName, FrenchOrder).ThenBy(r => r.FirstName, FrenchOrder).ThenBy(r => r.StudentId)
            .Select(r => (IReadOnlyList<string>)
            [
                r.FullName,
                r.Situation.Label(),
                r.State.Week1.Label(),
                r.State.Week2.Label(),
                r.Placements.Count == 0 ? "—" : string.Join("\n", r.Placements.Select(p => p.HostName)),
                r.Placements.Count == 0 ? "—" : string.Join("\n", r.Placements.Select(p => p.Dates)),
                r.ReferentTeachers.Count == 0 ? "—" : string.Join("\n", r.ReferentTeachers),
            ]);
        return document.Table(Columns, rows, repeatHeader: true);
    }

    public static string FileName(string classCode) => $"classe-{classCode}-situation.pdf";
}
