using StageSeconde.Web.Infrastructure.Pdf;

namespace StageSeconde.Web.Features.Programme.Printing;

/// <summary>The kinds of documents a batch may include, by the value the form sends.</summary>
public static class ProgrammeBatch
{
    public const string Groups = "groupes";
    public const string Pupils = "eleves";
    public const string Supervisors = "surveillants";
    public const string Rooms = "salles";
    public const string AttendanceSheets = "appel";

    public static readonly IReadOnlyList<(string Value, string Label, string Hint)> Kinds =
    [
        (Groups, "Emplois du temps des groupes", "Un document par groupe, avec la liste de ses élèves."),
        (Pupils, "Emplois du temps des élèves", "Un document par élève, à remettre à la famille, avec les contacts du lycée."),
        (Supervisors, "Emplois du temps des encadrants", "Un document par encadrant : ses demi-journées, groupes et salles."),
        (Rooms, "Occupation des salles", "Un document par salle, à afficher sur la porte."),
        (AttendanceSheets, "Feuilles d'appel", "Une feuille par groupe et par demi-journée, élèves triés par nom."),
    ];

    /// <summary>The kinds asked for, in the printing order; unknown values are ignored.</summary>
    public static IReadOnlyList<string> Chosen(IEnumerable<string>? values)
    {
        var set = (values ?? []).ToHashSet(StringComparer.Ordinal);
        return Kinds.Select(k => k.Value).Where(set.Contains).ToList();
    }

    /// <summary>Draws every document of <paramref name="kinds"/> into <paramref name="composer"/>; returns how many.</summary>
    public static int Compose(DocumentComposer composer, ProgrammeSheets sheets, IReadOnlyList<string> kinds, DateOnly today)
    {
        var count = 0;
        foreach (var kind in kinds)
        {
            foreach (var doc in Documents(sheets, kind, today))
            {
                composer.Add(doc);
                count++;
            }
        }
        return count;
    }

    public static IEnumerable<PdfDocumentBuilder> Documents(ProgrammeSheets sheets, string kind, DateOnly today) => kind switch
    {
        Groups => sheets.Groups.Select(g => ProgrammeDocuments.Group(sheets, g, today)),
        Pupils => sheets.Pupils.Select(p => ProgrammeDocuments.Pupil(sheets, p, today)),
        Supervisors => sheets.Supervisors.Select(s => ProgrammeDocuments.Supervisor(sheets, s, today)),
        Rooms => sheets.Rooms.Select(r => ProgrammeDocuments.Room(sheets, r, today)),
        AttendanceSheets => sheets.Groups.SelectMany(g => AttendanceOf(sheets, g, today)),
        _ => [],
    };

    public static IEnumerable<PdfDocumentBuilder> AttendanceOf(ProgrammeSheets sheets, SheetGroup group, DateOnly today) =>
        sheets.SlotsOf(group.Id).Where(s => group.IsIn(s.Week)).Select(s => ProgrammeDocuments.Attendance(sheets, group, s, today));
}
