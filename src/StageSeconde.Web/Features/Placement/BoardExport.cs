using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Web.Infrastructure.Export;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Placement;

/// <summary>The board as a table to export (CSV, XLSX): the rows the filter keeps, in the board's order.</summary>
public static class BoardExport
{
    public static readonly IReadOnlyList<string> Headers =
    [
        "Nom", "Prénom", "Classe", "Situation", "Structure d'accueil", "Semaine 1", "Semaine 2", "Dates", "Professeur référent", "Dernier changement",
    ];

    public static ExportTable Table(BoardModel board)
    {
        var classCode = board.Class?.Code ?? "";
        var rows = board.Rows.Select(r => (IReadOnlyList<ExportCell>)
        [
            r.LastName.ToUpperInvariant(),
            r.FirstName,
            classCode,
            r.Situation.Label(),
            string.Join(" / ", r.HostNames),
            r.State.Week1.Label(),
            r.State.Week2.Label(),
            string.Join(" / ", r.Placements.Select(p => p.Dates)),
            string.Join(" / ", r.ReferentTeachers),
            r.State.LastChange is { } at ? DateOnly.FromDateTime(at.ToParis()) : ExportCell.Empty,
        ]).ToList();
        return new ExportTable($"Suivi {classCode}", Headers, rows);
    }

    /// <summary>« suivi-2NDE3-a-traiter » (without extension).</summary>
    public static string FileName(BoardModel board) =>
        string.Join('-', new[] { "suivi", board.Class?.Code, board.Filter.Slug }.Where(p => !string.IsNullOrEmpty(p)));
}
