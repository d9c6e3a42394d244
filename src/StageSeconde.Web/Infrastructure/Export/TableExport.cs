using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace StageSeconde.Web.Infrastructure.Export;

/// <summary>
/// Writes an <see cref="ExportTable"/> as a CSV file that French Excel opens as it is (UTF-8 with BOM, « ; » separator,
/// dates dd/MM/yyyy, CRLF), or as an XLSX workbook (one sheet, bold frozen header row, real dates shown dd/mm/yyyy).
/// </summary>
public static class TableExport
{
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private const char Separator = ';';
    private static readonly DateOnly ExcelEpoch = new(1899, 12, 30);

    // ---- CSV ----

    public static byte[] ToCsv(ExportTable table)
    {
        table.EnsureRectangular();
        var text = new StringBuilder();
        AppendCsvLine(text, table.Headers.Select(h => (ExportCell)h));
        foreach (var row in table.Rows) AppendCsvLine(text, row);
        var preamble = Encoding.UTF8.GetPreamble();
        var body = Encoding.UTF8.GetBytes(text.ToString());
        return [.. preamble, .. body];
    }

    private static void AppendCsvLine(StringBuilder text, IEnumerable<ExportCell> cells)
    {
        var first = true;
        foreach (var cell in cells)
        {
            if (!first) text.Append(Separator);
            first = false;
            text.Append(CsvField(cell));
        }
        text.Append("\r\n");
    }

    /// <summary>
    /// One field: quoted when it holds the separator, a quote or a line break; a text that a spreadsheet would take for a
    /// formula (starting with = + - @ or a tab) is prefixed with an apostrophe.
    /// </summary>
    private static string CsvField(ExportCell cell)
    {
        var value = cell.ToString();
        if (cell.Text is not null && value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
            value = "'" + value;
        return value.IndexOfAny([Separator, '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

    // ---- XLSX ----

    /// <summary>Style indexes of the stylesheet written by <see cref="Stylesheet"/>.</summary>
    private const uint NormalStyle = 0, HeaderStyle = 1, DateStyle = 2;

    public static byte[] ToXlsx(ExportTable table)
    {
        table.EnsureRectangular();
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Stylesheet();

            var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(XlsxRow(1, table.Headers.Select(h => (ExportCell)h).ToList(), HeaderStyle));
            for (var i = 0; i < table.Rows.Count; i++) data.Append(XlsxRow((uint)i + 2, table.Rows[i], NormalStyle));

            sheetPart.Worksheet = new Worksheet(
                new SheetViews(new SheetView(
                    new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                    new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
                { WorkbookViewId = 0 }),
                Columns(table),
                data);

            workbookPart.Workbook.Append(new Sheets(new Sheet
            {
                Id = workbookPart.GetIdOfPart(sheetPart), SheetId = 1, Name = SheetName(table.Name),
            }));
            workbookPart.Workbook.Save();
        }
        return buffer.ToArray();
    }

    private static Row XlsxRow(uint index, IReadOnlyList<ExportCell> cells, uint textStyle)
    {
        var row = new Row { RowIndex = index };
        for (var c = 0; c < cells.Count; c++)
        {
            var reference = ColumnName(c) + index.ToString(CultureInfo.InvariantCulture);
            var cell = cells[c];
            if (cell.Date is { } date)
            {
                var serial = date.DayNumber - ExcelEpoch.DayNumber;
                row.Append(new Cell { CellReference = reference, StyleIndex = DateStyle, CellValue = new CellValue(serial) });
            }
            else if (cell.Number is { } number)
            {
                row.Append(new Cell { CellReference = reference, StyleIndex = textStyle, DataType = CellValues.Number, CellValue = new CellValue(number) });
            }
            else
            {
                var text = new Text(XmlSafe(cell.Text ?? ""));
                if (text.Text.Length > 0 && (char.IsWhiteSpace(text.Text[0]) || char.IsWhiteSpace(text.Text[^1]) || text.Text.Contains('\n')))
                    text.Space = SpaceProcessingModeValues.Preserve;
                row.Append(new Cell { CellReference = reference, StyleIndex = textStyle, DataType = CellValues.InlineString, InlineString = new InlineString(text) });
            }
        }
        return row;
    }

    /// <summary>Column widths from the longest line of each column (in characters, between 8 and 60).</summary>
    private static Columns Columns(ExportTable table)
    {
        var columns = new Columns();
        for (var c = 0; c < table.Headers.Count; c++)
        {
            var longest = table.Rows.Select(r => r[c].ToString()).Append(table.Headers[c])
                .SelectMany(v => v.Split('\n')).Max(v => v.Length);
            var width = Math.Clamp(longest + 2, 8, 60);
            columns.Append(new Column { Min = (uint)c + 1, Max = (uint)c + 1, Width = width, CustomWidth = true });
        }
        return columns;
    }

    /// <summary>Fonts: normal, bold; fills: the two Excel requires; one border; cell formats: normal, bold, date dd/mm/yyyy.</summary>
    private static Stylesheet Stylesheet() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "dd/mm/yyyy" }) { Count = 1 },
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" })) { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, Alignment = new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true } },
            new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true },
            new CellFormat { NumberFormatId = 164, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true, Alignment = new Alignment { Vertical = VerticalAlignmentValues.Top } })
        { Count = 3 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    /// <summary>A, B, …, Z, AA, AB, … for a 0-based column index.</summary>
    internal static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }

    /// <summary>A sheet name Excel accepts: at most 31 characters, none of : \ / ? * [ ].</summary>
    private static string SheetName(string name)
    {
        var cleaned = new string(name.Select(ch => ch is ':' or '\\' or '/' or '?' or '*' or '[' or ']' ? '-' : ch).ToArray()).Trim('\'', ' ');
        if (cleaned.Length == 0) cleaned = "Export";
        return cleaned.Length > 31 ? cleaned[..31] : cleaned;
    }

    /// <summary>Drops the control characters XML 1.0 cannot carry (line feeds and tabs stay).</summary>
    private static string XmlSafe(string text) =>
        text.Any(ch => char.IsControl(ch) && ch is not ('\n' or '\t' or '\r'))
            ? new string(text.Where(ch => !char.IsControl(ch) || ch is '\n' or '\t' or '\r').ToArray())
            : text;
}
