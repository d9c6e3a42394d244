using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Imports;

namespace StageSeconde.Web.Features.Imports;

/// <summary>Finds the documented columns in a CSV header, whatever their order, case or accents.</summary>
public sealed class CsvColumnMap
{
    private readonly Dictionary<CsvColumn, int> _indexes = [];

    public IReadOnlyList<string> Unknown { get; }

    public CsvColumnMap(CsvTable table, IReadOnlyList<CsvColumn> columns, string modelName, string? otherModelHint)
    {
        var unknown = new List<string>();
        for (var i = 0; i < table.Header.Count; i++)
        {
            var key = SearchText.Normalize(table.Header[i]);
            if (key.Length == 0) continue;
            var column = columns.FirstOrDefault(c => c.Keys.Contains(key));
            if (column is null) unknown.Add(table.Header[i]);
            else _indexes.TryAdd(column, i);
        }
        Unknown = unknown;

        var missing = columns.Where(c => c.Required && !_indexes.ContainsKey(c)).Select(c => $"« {c.Header} »").ToList();
        if (missing.Count == 0) return;
        var hint = otherModelHint is not null && unknown.Any(u => SearchText.Normalize(u) == SearchText.Normalize(otherModelHint.Split('|')[0]))
            ? " " + otherModelHint.Split('|')[1]
            : "";
        throw new ImportFormatException(
            $"Ce fichier n'a pas les colonnes du modèle « {modelName} » : colonne(s) obligatoire(s) absente(s) : {string.Join(", ", missing)}. " +
            $"La première ligne doit porter les en-têtes du modèle (séparateur « ; » ou « , »).{hint} Rien n'a été importé.");
    }

    public bool Has(CsvColumn column) => _indexes.ContainsKey(column);

    /// <summary>The cell of this column in <paramref name="row"/>, cleaned; null when the column is absent or the cell empty.</summary>
    public string? Get(CsvRow row, CsvColumn column) => _indexes.TryGetValue(column, out var i) ? ImportValues.Text(row.Cell(i)) : null;
}
