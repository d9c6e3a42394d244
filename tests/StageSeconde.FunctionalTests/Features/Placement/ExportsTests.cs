using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Web;
using UglyToad.PdfPig;

namespace StageSeconde.FunctionalTests.Features.Placement;

public sealed class ExportsTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly string[] Headers =
        ["Nom", "Prénom", "Classe", "Situation", "Structure d'accueil", "Semaine 1", "Semaine 2", "Dates", "Professeur référent", "Dernier changement"];

    /// <summary>« NOM Prénom » and the situation of each row of the board's page, in its order.</summary>
    private static async Task<IReadOnlyList<(string Name, string Situation)>> ScreenAsync(AppClient client, string query) =>
        BoardScenario.Rows(await client.GetDocumentAsync("/suivi" + query)).Select(r => (r.Name, r.Situation)).ToList();

    [Theory]
    [InlineData("a-traiter")]
    [InlineData("sans-solution")]
    [InlineData("")]
    public async Task The_csv_export_has_the_rows_of_the_screen_with_the_filter_applied(string filter)
    {
        var world = await SchoolWorld.CreateAsync(app);
        var scenario = await BoardScenario.CreateAsync(app, world, "2NDE6" + filter.Length);
        using var client = await BoardScenario.SignInAsPrincipalOfAsync(app, world.School.Id, scenario.Class.Id);
        var query = $"?classe={scenario.Class.Id}&situation={filter}";

        using var response = await client.GetAsync("/suivi/export.csv" + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.EndsWith(".csv", response.Content.Headers.ContentDisposition!.FileNameStar);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal("", lines[^1]);
        var table = lines[..^1].Select(l => l.Split(';')).ToList();
        Assert.Equal(Headers, table[0]);
        Assert.All(table, cells => Assert.Equal(Headers.Length, cells.Length));
        var screen = await ScreenAsync(client, query);
        Assert.NotEmpty(screen);
        Assert.Equal(screen, table.Skip(1).Select(c => ($"{c[0]} {c[1]}", c[3])).ToList());
        Assert.All(table.Skip(1), c => Assert.Equal(scenario.Class.Code, c[2]));
        if (filter != "sans-solution") Assert.Contains(table, c => c[3] == "Partiellement couvert" && c[4] == world.Host.Name && c[5] == "Convention en cours" && c[6] == "Rien");
        Assert.All(table.Skip(1).Where(c => c[9] != ""), c => Assert.Matches(@"^\d\d/\d\d/\d{4}$", c[9]));
    }

    [Fact]
    public async Task The_xlsx_export_opens_and_has_the_rows_of_the_screen_with_the_filter_applied()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var scenario = await BoardScenario.CreateAsync(app, world, "2NDE70");
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);
        var query = $"?classe={scenario.Class.Id}&situation=a-traiter";

        using var response = await client.GetAsync("/suivi/export.xlsx" + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var workbook = document.WorkbookPart!;
        Assert.Equal($"Suivi {scenario.Class.Code}", workbook.Workbook.Descendants<Sheet>().Single().Name!.Value);
        var rows = workbook.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
        var formats = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var fonts = workbook.WorkbookStylesPart.Stylesheet.Fonts!.Elements<Font>().ToList();

        string Text(Cell cell) => cell.InlineString?.Text?.Text ?? cell.CellValue?.Text ?? "";
        Assert.Equal(Headers, rows[0].Elements<Cell>().Select(Text));
        Assert.All(rows[0].Elements<Cell>(), c => Assert.NotNull(fonts[(int)formats[(int)c.StyleIndex!.Value].FontId!.Value].Bold));
        var screen = await ScreenAsync(client, query);
        Assert.Equal(screen, rows.Skip(1).Select(r => r.Elements<Cell>().ToList()).Select(c => ($"{Text(c[0])} {Text(c[1])}", Text(c[3]))).ToList());
        Assert.Equal(5, rows.Count - 1);

        // « Dernier changement »: a real date, shown dd/mm/yyyy.
        var lastChange = rows.Skip(1).Select(r => r.Elements<Cell>().Last()).First(c => c.DataType is null);
        Assert.Contains(rows.Skip(1), r => r.Elements<Cell>().Last().InlineString?.Text?.Text == "");
        var dateFormat = formats[(int)lastChange.StyleIndex!.Value];
        var numberFormat = workbook.WorkbookStylesPart.Stylesheet.NumberingFormats!.Elements<NumberingFormat>().Single(f => f.NumberFormatId!.Value == dateFormat.NumberFormatId!.Value);
        Assert.Equal("dd/mm/yyyy", numberFormat.FormatCode!.Value);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.ToParis());
        Assert.InRange(DateOnly.FromDateTime(DateTime.FromOADate(double.Parse(lastChange.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture))), today.AddDays(-1), today.AddDays(1));
    }

    [Fact]
    public async Task The_class_pdf_lists_every_present_student_with_their_situation()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var scenario = await BoardScenario.CreateAsync(app, world, "2NDE80");
        using var client = await BoardScenario.SignInAsPrincipalOfAsync(app, world.School.Id, scenario.Class.Id);

        using var response = await client.GetAsync($"/suivi/liste.pdf?classe={scenario.Class.Id}&situation=sans-solution");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("inline", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("classe-2NDE80-situation.pdf", response.Content.Headers.ContentDisposition.FileNameStar);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Join("\n", pdf.GetPages().SelectMany(TextLines));
        Assert.Contains(world.School.Name, text);
        Assert.Contains($"UAI : {world.School.Uai}", text);
        Assert.Contains("Classe 2NDE80 – situation des élèves", text);
        Assert.Contains("Page 1 / 1", text);
        var table = TableRows(pdf.GetPages().Single(), scenario.Students.Values.Select(p => p.FullName));
        foreach (var (key, student) in scenario.Students.Where(p => p.Key != "Left"))
        {
            Assert.True(table.ContainsKey(student.FullName), $"{student.FullName} absent du PDF");
            Assert.Equal(BoardScenario.Expected[key].Label(), table[student.FullName]["Situation"]);
        }
        Assert.Equal(11, table.Count);
        Assert.DoesNotContain("PARTI Paul", text);
        var week1 = table[scenario.Students["Week1"].FullName];
        Assert.Equal((world.Host.Name, "14/06/2027 – 18/06/2027", PersonName.FirstLast(world.Staff.FirstName, world.Staff.LastName)),
            (week1["Structure"], week1["Dates"], week1["Professeur"]));
        Assert.Equal(("Convention en cours", "Rien"), (week1["Semaine 1"], week1["Semaine 2"]));
        Assert.Equal(("SNU", "SNU"), (table[scenario.Students["Snu"].FullName]["Semaine 1"], table[scenario.Students["Snu"].FullName]["Semaine 2"]));
        Assert.Equal("—", table[scenario.Students["Nothing"].FullName]["Structure"]);
    }

    /// <summary>
    /// The cells of the class list's table, by student and by column (named by the first word of its header): the words of
    /// the lines from a student's row down to the next row, each in the column its left edge falls in, joined.
    /// </summary>
    private static Dictionary<string, Dictionary<string, string>> TableRows(UglyToad.PdfPig.Content.Page page, IEnumerable<string> studentNames)
    {
        const double footerTop = 90; // points from the bottom of the page: the footer's band and below
        var words = page.GetWords().ToList();
        var headerRow = words.First(w => w.Text == "Élève").BoundingBox.Bottom;
        var weeks = words.Where(w => w.Text == "Semaine" && Math.Abs(w.BoundingBox.Bottom - headerRow) < 1).OrderBy(w => w.BoundingBox.Left).ToList();
        var columns = new[] { "Élève", "Situation", "Structure", "Dates", "Professeur" }
            .Select(h => (Header: h, Left: words.First(w => w.Text == h && Math.Abs(w.BoundingBox.Bottom - headerRow) < 1).BoundingBox.Left - 2))
            .Concat(weeks.Select((w, i) => (Header: $"Semaine {i + 1}", Left: w.BoundingBox.Left - 2)))
            .OrderBy(c => c.Left)
            .ToList();
        string ColumnOf(UglyToad.PdfPig.Content.Word w) => columns.Last(c => w.BoundingBox.Left >= c.Left).Header;

        var names = studentNames.ToHashSet();
        var cells = new Dictionary<string, Dictionary<string, List<string>>>();
        Dictionary<string, List<string>>? row = null;
        var lines = words.Where(w => w.BoundingBox.Bottom < headerRow - 1 && w.BoundingBox.Bottom > footerTop)
            .GroupBy(w => Math.Round(w.BoundingBox.Bottom, 0)).OrderByDescending(g => g.Key);
        foreach (var line in lines)
        {
            var ordered = line.OrderBy(w => w.BoundingBox.Left).ToList();
            var first = string.Join(" ", ordered.Where(w => ColumnOf(w) == "Élève").Select(w => w.Text));
            if (names.Contains(first))
            {
                row = columns.ToDictionary(c => c.Header, _ => new List<string>());
                cells[first] = row;
            }
            if (row is null) continue;
            foreach (var w in ordered) row[ColumnOf(w)].Add(w.Text);
        }
        return cells.ToDictionary(r => r.Key, r => r.Value.ToDictionary(c => c.Key, c => string.Join(" ", c.Value)));
    }

    [Fact]
    public async Task The_class_pdf_repeats_the_table_header_on_each_page()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var schoolClass = await app.AddAsync(TestData.Class(world.School.Id, "2NDE90"));
        for (var i = 0; i < 70; i++) await app.AddAsync(TestData.Student(world.School.Id, schoolClass.Id, $"Nom{i:00}"));
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);

        using var response = await client.GetAsync($"/suivi/liste.pdf?classe={schoolClass.Id}");

        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        Assert.True(pdf.NumberOfPages >= 2, $"{pdf.NumberOfPages} page(s)");
        foreach (var page in pdf.GetPages())
        {
            var lines = TextLines(page).ToList();
            Assert.Contains(lines, l => l.StartsWith("Élève Situation Semaine", StringComparison.Ordinal) && l.Contains("Structure", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.Contains($"Page {page.Number} / {pdf.NumberOfPages}"));
        }
        var names = pdf.GetPages().SelectMany(TextLines).Where(l => l.StartsWith("NOM", StringComparison.Ordinal)).ToList();
        Assert.Equal(70, names.Count);
    }

    /// <summary>The words of a page grouped into lines (same baseline), left to right.</summary>
    private static IEnumerable<string> TextLines(UglyToad.PdfPig.Content.Page page) =>
        page.GetWords()
            .GroupBy(w => Math.Round(w.BoundingBox.Bottom, 0))
            .OrderByDescending(g => g.Key)
            .Select(g => string.Join(" ", g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text)));
}
