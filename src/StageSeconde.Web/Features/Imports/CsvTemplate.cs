using System.Text;

namespace StageSeconde.Web.Features.Imports;

/// <summary>Builds a CSV template as French Excel opens it directly: UTF-8 with BOM, « ; » separated.</summary>
public static class CsvTemplate
{
    public static byte[] Build(IReadOnlyList<CsvColumn> columns)
    {
        var sb = new StringBuilder();
        sb.Append(string.Join(';', columns.Select(c => Quote(c.Header)))).Append("\r\n");
        sb.Append(string.Join(';', columns.Select(c => Quote(c.Example)))).Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];
    }

    private static string Quote(string value) =>
        value.IndexOfAny([';', ',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
