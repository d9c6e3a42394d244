using System.Text;

namespace StageSeconde.Web.Infrastructure.Export;

/// <summary>
/// CSV files that French Excel opens as they are: UTF-8 with a byte order mark (accents), « ; » between fields
/// (the French list separator), CRLF line ends. A field holding the separator, a quote or a line break is quoted
/// (inner quotes doubled); a field starting like a formula (= + - @) is prefixed with an apostrophe so that a
/// spreadsheet shows it as text instead of running it.
/// </summary>
public static class CsvWriter
{
    public const char Separator = ';';
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>The whole file: the header line then one line per row, as bytes (BOM included).</summary>
    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var text = new StringBuilder();
        AppendLine(text, header);
        foreach (var row in rows)
        {
            if (row.Count != header.Count) throw new ArgumentException($"A row has {row.Count} fields for {header.Count} columns.", nameof(rows));
            AppendLine(text, row);
        }
        return [.. Utf8WithBom.GetPreamble(), .. Utf8WithBom.GetBytes(text.ToString())];
    }

    /// <summary>One field as written in the file.</summary>
    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        var needsQuotes = value.IndexOfAny([Separator, '"', '\n', '\r']) >= 0;
        return needsQuotes ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static void AppendLine(StringBuilder text, IReadOnlyList<string?> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) text.Append(Separator);
            text.Append(Field(fields[i]));
        }
        text.Append("\r\n");
    }
}
