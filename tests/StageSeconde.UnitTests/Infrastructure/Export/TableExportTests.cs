using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using StageSeconde.Web.Infrastructure.Export;

namespace StageSeconde.UnitTests.Infrastructure.Export;

public sealed class TableExportTests
{
    private static ExportTable Table(params IReadOnlyList<ExportCell>[] rows) => new("Essai", ["Texte", "Date", "Nombre"], rows);

    private static string CsvText(ExportTable table)
    {
        var bytes = TableExport.ToCsv(table);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        return Encoding.UTF8.GetString(bytes[3..]);
    }

    [Fact]
    public void Csv_starts_with_a_bom_separates_with_semicolons_and_ends_lines_with_crlf()
    {
        var text = CsvText(Table(["Élève", new DateOnly(2027, 6, 14), 3]));

        Assert.Equal("Texte;Date;Nombre\r\nÉlève;14/06/2027;3\r\n", text);
    }

    [Fact]
    public void Csv_quotes_fields_holding_the_separator_a_quote_or_a_line_break()
    {
        var text = CsvText(Table(["Boulangerie « Au pain ; chaud »", ExportCell.Empty, 0], ["Dit \"oui\"", ExportCell.Empty, 0], ["Deux\nlignes", ExportCell.Empty, 0]));

        var lines = text.Split("\r\n");
        Assert.Equal("\"Boulangerie « Au pain ; chaud »\";;0", lines[1]);
        Assert.Equal("\"Dit \"\"oui\"\"\";;0", lines[2]);
        Assert.Equal("\"Deux\nlignes\";;0", lines[3]);
    }

    [Theory]
    [InlineData("=SOMME(A1:A2)", "'=SOMME(A1:A2)")]
    [InlineData("+33 1 23", "'+33 1 23")]
    [InlineData("-1", "'-1")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("Sans souci", "Sans souci")]
    public void Csv_neutralises_a_text_a_spreadsheet_would_take_for_a_formula(string value, string expected)
    {
        var text = CsvText(Table([value, ExportCell.Empty, 1]));

        Assert.Equal(expected + ";;1", text.Split("\r\n")[1]);
    }

    [Fact]
    public void A_row_with_a_missing_cell_is_refused()
    {
        Assert.Throws<ArgumentException>(() => TableExport.ToCsv(Table(["seul"])));
        Assert.Throws<ArgumentException>(() => TableExport.ToXlsx(Table(["seul"])));
    }

    [Fact]
    public void Xlsx_is_a_valid_workbook_with_a_bold_header_inline_texts_real_dates_and_numbers()
    {
        var bytes = TableExport.ToXlsx(new ExportTable("Suivi 2NDE3 : [juin]", ["Texte", "Date", "Nombre"],
            [["  Élève « accentuée »\u0001", new DateOnly(2027, 6, 14), 42], ["", ExportCell.Empty, 0]]));

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var workbook = document.WorkbookPart!;
        Assert.Equal("Suivi 2NDE3 - -juin-", workbook.Workbook.Descendants<Sheet>().Single().Name!.Value);
        var rows = workbook.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
        Assert.Equal(3, rows.Count);
        var cells = rows[1].Elements<Cell>().ToList();
        Assert.Equal(["A2", "B2", "C2"], cells.Select(c => c.CellReference!.Value));
        Assert.Equal("  Élève « accentuée »", cells[0].InlineString!.Text!.Text);
        Assert.Equal(new DateTime(2027, 6, 14), DateTime.FromOADate(double.Parse(cells[1].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("42", cells[2].CellValue!.Text);
        var formats = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var fonts = workbook.WorkbookStylesPart.Stylesheet.Fonts!.Elements<Font>().ToList();
        Assert.All(rows[0].Elements<Cell>(), c => Assert.NotNull(fonts[(int)formats[(int)c.StyleIndex!.Value].FontId!.Value].Bold));
        Assert.Null(fonts[(int)formats[(int)cells[0].StyleIndex!.Value].FontId!.Value].Bold);
        Assert.Equal(164u, formats[(int)cells[1].StyleIndex!.Value].NumberFormatId!.Value);
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    public void Column_names_follow_the_spreadsheet_lettering(int index, string expected) =>
        Assert.Equal(expected, TableExport.ColumnName(index));
}
