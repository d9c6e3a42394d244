namespace StageSeconde.Web.Infrastructure.Export;

/// <summary>A cell of an exported table: a text, a date or a number (an empty cell is an empty text).</summary>
public readonly record struct ExportCell
{
    private ExportCell(string? text, DateOnly? date, decimal? number) => (Text, Date, Number) = (text, date, number);

    public string? Text { get; }
    public DateOnly? Date { get; }
    public decimal? Number { get; }

    public static ExportCell Empty => default;

    public static implicit operator ExportCell(string? text) => new(text, null, null);
    public static implicit operator ExportCell(DateOnly? date) => new(null, date, null);
    public static implicit operator ExportCell(DateOnly date) => new(null, date, null);
    public static implicit operator ExportCell(int number) => new(null, null, number);

    /// <summary>How the cell reads as text: dates as dd/MM/yyyy, numbers the French way.</summary>
    public override string ToString() =>
        Date is { } d ? d.FormatFrench() : Number is { } n ? n.ToString(ParisTime.French) : Text ?? "";
}
