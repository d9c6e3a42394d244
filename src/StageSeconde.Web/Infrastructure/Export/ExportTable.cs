using DocumentFormat.OpenXml;

namespace StageSeconde.Web.Infrastructure.Export;

/// <summary>A table to export: a name (the sheet's), the header row, then the rows (one cell per header).</summary>
public sealed record ExportTable(string Name, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<ExportCell>> Rows)
{
    public void EnsureRectangular()
    {
        if (Headers.Count == 0) throw new ArgumentException("Un tableau exporté a au moins une colonne.");
        if (Rows.Any(r => r.Count != Headers.Count))
            throw new ArgumentException($"Chaque ligne du tableau exporté a {Headers.Count} cellules.");
    }
}
