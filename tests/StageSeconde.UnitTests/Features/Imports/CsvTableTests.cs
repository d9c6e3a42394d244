using System.Text;
using StageSeconde.Web.Infrastructure.Imports;

namespace StageSeconde.UnitTests.Features.Imports;

public sealed class CsvTableTests
{
    static CsvTableTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string Text = "Nom;Prénom;Date de naissance;Classe\r\nCŒUR;Zoé;02/02/2011;2NDE1\r\nN'DIAYE;Aïssatou;30/12/2010;2NDE2\r\n";

    [Fact]
    public void Utf8_with_bom_and_windows_1252_give_the_same_table()
    {
        var utf8 = CsvTable.Parse([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Text)]);
        var ansi = CsvTable.Parse(Encoding.GetEncoding(1252).GetBytes(Text));

        Assert.Equal("UTF-8", utf8.EncodingName);
        Assert.Equal("Windows-1252", ansi.EncodingName);
        Assert.Equal(utf8.Header, ansi.Header);
        Assert.Equal(utf8.Rows.SelectMany(r => r.Cells), ansi.Rows.SelectMany(r => r.Cells));
        Assert.Equal(["Nom", "Prénom", "Date de naissance", "Classe"], utf8.Header);
        Assert.Equal("CŒUR", ansi.Rows[0].Cells[0]);
    }

    [Fact]
    public void Utf8_without_bom_is_read_as_utf8()
    {
        var table = CsvTable.Parse(Encoding.UTF8.GetBytes(Text));

        Assert.Equal("UTF-8", table.EncodingName);
        Assert.Equal("Aïssatou", table.Rows[1].Cells[1]);
    }

    [Fact]
    public void Detects_commas_and_reads_quotes_doubled_quotes_and_line_breaks_in_quotes()
    {
        var table = CsvTable.Parse("Nom,Adresse,Note\n\"DUPONT, Léa\",\"12 rue \"\"des Écoles\"\"\nBâtiment B\",ok\n\nMARTIN,,fin\n");

        Assert.Equal(',', table.Delimiter);
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal(["DUPONT, Léa", "12 rue \"des Écoles\"\nBâtiment B", "ok"], table.Rows[0].Cells);
        Assert.Equal(2, table.Rows[0].Line);
        Assert.Equal(5, table.Rows[1].Line);
        Assert.Equal("", table.Rows[1].Cell(1));
        Assert.Equal("", table.Rows[1].Cell(7));
    }

    [Fact]
    public void Semicolons_win_over_commas_inside_cells()
    {
        var table = CsvTable.Parse("Nom;Commentaire\nDUPONT;oui, vraiment, oui\n");

        Assert.Equal(';', table.Delimiter);
        Assert.Equal("oui, vraiment, oui", table.Rows[0].Cells[1]);
    }

    [Fact]
    public void Follows_excel_sep_line()
    {
        var table = CsvTable.Parse("sep=,\nNom;Prénom,Classe\nA;B,C\n");

        Assert.Equal(',', table.Delimiter);
        Assert.Equal(["Nom;Prénom", "Classe"], table.Header);
        Assert.Equal(3, table.Rows[0].Line);
    }

    [Fact]
    public void Refuses_an_unclosed_quote_a_binary_file_and_an_empty_file()
    {
        Assert.StartsWith("Ligne 2 : un guillemet", Assert.Throws<ImportFormatException>(() => CsvTable.Parse("Nom;Prénom\n\"DUPONT;Léa\n")).Message);
        Assert.StartsWith("Ce fichier n'est pas un fichier texte CSV", Assert.Throws<ImportFormatException>(() => CsvTable.Parse("PK\u0003\u0004xlsx"u8.ToArray())).Message);
        Assert.StartsWith("Ce fichier n'est pas un fichier texte CSV", Assert.Throws<ImportFormatException>(() => CsvTable.Parse(new byte[] { 65, 0, 66, 0 })).Message);
        Assert.StartsWith("Le fichier est vide", Assert.Throws<ImportFormatException>(() => CsvTable.Parse("\r\n\r\n"u8.ToArray())).Message);
    }
}
