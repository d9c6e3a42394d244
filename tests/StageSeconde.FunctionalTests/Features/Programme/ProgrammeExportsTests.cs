using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using StageSeconde.FunctionalTests.Features.Absences;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Features.Programme;

/// <summary>The CSV and XLSX exports of the programme's groups and attendance.</summary>
public sealed class ProgrammeExportsTests(AbsencesApp app) : IClassFixture<AbsencesApp>
{
    private static async Task<List<string[]>> CsvAsync(AppClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        return lines[..^1].Select(l => l.Split(';')).ToList();
    }

    [Fact]
    public async Task The_groups_export_has_one_row_per_pupil_and_group_with_their_weeks_and_class()
    {
        var p = await ProgrammeWorld.CreateAsync(app);
        await ProgrammeWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Secretariat, p.SchoolId);

        var table = await CsvAsync(client, "/programme/export/groupes.csv");

        Assert.Equal(["Groupe", "Semaines", "Nom", "Prénom", "Classe"], table[0]);
        Assert.Equal(
        [
            ["Les Curieux", "1 et 2", "ÉLUARD", "Paul", table[1][4]],
            ["Les Curieux", "1", "MARTIN", "Léa", p.World.Class.Code],
            ["Les Curieux", "1 et 2", "ZOLA", "Émile", p.World.Class.Code],
            ["Les Explorateurs", "1", "ABEL", "Inès", table[1][4]],
        ], table.Skip(1).ToList());
        Assert.NotEqual(p.World.Class.Code, table[1][4]);
    }

    [Fact]
    public async Task The_attendance_export_has_one_row_per_pupil_and_half_day_and_opens_as_a_workbook()
    {
        var p = await ProgrammeWorld.CreateAsync(app);
        await app.CreateUserAsync(p.SchoolId, Roles.Cpe);
        using var teacher = await app.SignInAsync(p.Teacher.Login);
        var url = ProgrammeWorld.AttendanceUrl(p.Curious, AbsencesApp.Today, false);
        await teacher.PostFormAsync(url, url, new()
        {
            ["Lines[0].StudentId"] = p.Eluard.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Lines[0].Present"] = "true",
            ["Lines[1].StudentId"] = p.Martin.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Lines[1].Present"] = "false",
            ["Lines[2].StudentId"] = p.Zola.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Lines[2].Present"] = "true",
        });
        using var client = await app.SignInAsAsync(Roles.Direction, p.SchoolId);

        var table = await CsvAsync(client, "/programme/export/appel.csv");
        Assert.Equal(["Date", "Demi-journée", "Groupe", "Nom", "Prénom", "Classe", "Présence"], table[0]);
        Assert.Equal(3, table.Count - 1);
        Assert.Equal(["15/06/2027", "Matin", "Les Curieux", "MARTIN", "Léa", p.World.Class.Code, "Absent"], table[2]);
        Assert.Equal("Présent", table[1][6]);

        using var response = await client.GetAsync("/programme/export/appel.xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        Assert.Equal("Appel", document.WorkbookPart!.Workbook.Descendants<Sheet>().Single().Name!.Value);
        Assert.Equal(4, document.WorkbookPart.WorksheetParts.Single().Worksheet.Descendants<Row>().Count());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/programme/export/appel.pdf")).StatusCode);
    }
}
