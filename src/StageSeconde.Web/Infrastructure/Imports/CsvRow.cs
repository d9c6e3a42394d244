namespace StageSeconde.Web.Infrastructure.Imports;

/// <summary>One data row of a CSV file: its line number in the file (1 = the header) and its cells.</summary>
public sealed record CsvRow(int Line, IReadOnlyList<string> Cells)
{
    public string Cell(int index) => index >= 0 && index < Cells.Count ? Cells[index] : "";
}
