using System.Text;
using StageSeconde.Web.Infrastructure.Export;

namespace StageSeconde.UnitTests.Infrastructure.Export;

public sealed class CsvWriterTests
{
    private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);

    [Fact]
    public void The_file_starts_with_the_utf8_byte_order_mark_and_separates_fields_with_semicolons()
    {
        var bytes = CsvWriter.Write(["Élève", "Classe"], [["DUPRÉ Élise", "2NDE1"]]);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Equal("Élève;Classe\r\nDUPRÉ Élise;2NDE1\r\n", Text(bytes));
    }

    [Theory]
    [InlineData("Garage; Ivry", "\"Garage; Ivry\"")]
    [InlineData("Le « Bon » \"Pain\"", "\"Le « Bon » \"\"Pain\"\"\"")]
    [InlineData("deux\nlignes", "\"deux\nlignes\"")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+33 1 45 00 00 00", "'+33 1 45 00 00 00")]
    [InlineData("14/06/2027", "14/06/2027")]
    [InlineData(null, "")]
    public void A_field_is_quoted_only_when_it_must_be_and_a_formula_is_written_as_text(string? value, string written)
    {
        Assert.Equal(written, CsvWriter.Field(value));
    }

    [Fact]
    public void A_row_with_a_missing_field_is_refused()
    {
        Assert.Throws<ArgumentException>(() => CsvWriter.Write(["A", "B"], [["seul"]]));
    }
}
