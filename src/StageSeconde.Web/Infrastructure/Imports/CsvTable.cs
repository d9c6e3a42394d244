using System.Text;

namespace StageSeconde.Web.Infrastructure.Imports;

/// <summary>
/// A CSV file as French Excel saves it: <c>;</c> or <c>,</c> (or tab) separated, detected from the header line;
/// UTF-8 with or without BOM, or Windows-1252 when the bytes are not valid UTF-8; quoted cells with doubled quotes
/// and line breaks inside quotes. Blank lines are skipped.
/// </summary>
public sealed record CsvTable(char Delimiter, string EncodingName, IReadOnlyList<string> Header, IReadOnlyList<CsvRow> Rows)
{
    private const string NotTextMessage = "Ce fichier n'est pas un fichier texte CSV (il ressemble à un fichier binaire : classeur Excel, PDF, archive…). " +
                                          "Enregistrez le tableau au format « CSV (séparateur : point-virgule) ». Rien n'a été importé.";

    static CsvTable() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static CsvTable Parse(byte[] bytes)
    {
        var (text, encodingName) = Decode(bytes);
        return Parse(text, encodingName);
    }

    /// <summary>Decodes the bytes: BOM if any, else strict UTF-8, else Windows-1252 (what Excel writes as « CSV (séparateur : point-virgule) »).</summary>
    public static (string Text, string EncodingName) Decode(byte[] bytes)
    {
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return (Strict(new UTF8Encoding(false, true), span[3..]), "UTF-8");
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return (Strict(new UnicodeEncoding(false, false, true), span[2..]), "UTF-16");
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return (Strict(new UnicodeEncoding(true, false, true), span[2..]), "UTF-16");
        if (LooksBinary(span)) throw new ImportFormatException(NotTextMessage);
        try
        {
            return (new UTF8Encoding(false, true).GetString(span), "UTF-8");
        }
        catch (DecoderFallbackException)
        {
            return (Encoding.GetEncoding(1252).GetString(span), "Windows-1252");
        }
    }

    private static string Strict(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new ImportFormatException("Le fichier annonce un codage de caractères qu'il ne respecte pas : enregistrez-le de nouveau en CSV UTF-8. Rien n'a été importé.", e);
        }
    }

    /// <summary>Zip (xlsx, ods), PDF, or NUL bytes: not a text file.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("PK"u8) || bytes.StartsWith("%PDF"u8) || bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0])) return true;
        return bytes[..Math.Min(bytes.Length, 8192)].Contains((byte)0);
    }

    public static CsvTable Parse(string text, string encodingName = "UTF-8")
    {
        var position = 0;
        var line = 1;
        // Excel's "sep=;" first line names the delimiter.
        char? declared = null;
        if (text.StartsWith("sep=", StringComparison.OrdinalIgnoreCase) && text.Length > 4)
        {
            declared = text[4];
            var end = text.IndexOf('\n');
            position = end < 0 ? text.Length : end + 1;
            line = 2;
        }

        var delimiter = declared ?? DetectDelimiter(text, position);
        var records = new List<CsvRow>();
        while (position < text.Length)
        {
            var startLine = line;
            var cells = ReadRecord(text, ref position, ref line, delimiter);
            if (cells.Count == 1 && cells[0].Length == 0) continue;
            records.Add(new CsvRow(startLine, cells));
        }
        if (records.Count == 0) throw new ImportFormatException("Le fichier est vide : il doit commencer par la ligne des en-têtes de colonnes du modèle. Rien n'a été importé.");

        var header = records[0].Cells;
        return new CsvTable(delimiter, encodingName, header, records.Skip(1).ToList());
    }

    /// <summary>The delimiter that occurs most on the header line outside quotes; <c>;</c> wins ties (French Excel).</summary>
    private static char DetectDelimiter(string text, int start)
    {
        int semicolons = 0, commas = 0, tabs = 0;
        var inQuotes = false;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"') inQuotes = !inQuotes;
            else if (!inQuotes && c is '\n' or '\r') break;
            else if (!inQuotes && c == ';') semicolons++;
            else if (!inQuotes && c == ',') commas++;
            else if (!inQuotes && c == '\t') tabs++;
        }
        if (tabs > semicolons && tabs > commas) return '\t';
        return commas > semicolons ? ',' : ';';
    }

    private static List<string> ReadRecord(string text, ref int position, ref int line, char delimiter)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        var quoteLine = line;
        while (position < text.Length)
        {
            var c = text[position++];
            if (quoted)
            {
                if (c == '"')
                {
                    if (position < text.Length && text[position] == '"') { cell.Append('"'); position++; }
                    else quoted = false;
                }
                else
                {
                    if (c == '\n') line++;
                    else if (c == '\r' && (position >= text.Length || text[position] != '\n')) line++;
                    cell.Append(c);
                }
                continue;
            }
            if (c == '"' && cell.ToString().Trim().Length == 0)
            {
                cell.Clear();
                quoted = true;
                quoteLine = line;
            }
            else if (c == delimiter)
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && position < text.Length && text[position] == '\n') position++;
                line++;
                cells.Add(cell.ToString().Trim());
                return cells;
            }
            else
            {
                cell.Append(c);
            }
        }
        if (quoted) throw new ImportFormatException($"Ligne {quoteLine} : un guillemet ouvert n'est jamais fermé ; le fichier est tronqué ou mal enregistré. Rien n'a été importé.");
        cells.Add(cell.ToString().Trim());
        return cells;
    }
}
