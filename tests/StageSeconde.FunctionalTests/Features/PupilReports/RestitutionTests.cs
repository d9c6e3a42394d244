using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Microsoft.EntityFrameworkCore;
using StageSeconde.FunctionalTests.Features.Placement;
using StageSeconde.FunctionalTests.Features.TutorReport;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.Restitution;

namespace StageSeconde.FunctionalTests.Features.PupilReports;

/// <summary>
/// « Restitution en 1ère » (issue 12): who did what, class by class, with its CSV and XLSX exports; the readers of the tutors'
/// evaluations (direction, secrétariat, professeurs principaux of the class); last year's classes stay readable.
/// </summary>
public sealed class RestitutionTests(TutorLinkTestApp app) : IClassFixture<TutorLinkTestApp>
{
    private static readonly DateTimeOffset AfterTheSequence = new(2027, 6, 30, 8, 0, 0, TimeSpan.Zero);

    /// <summary>The world's pupil: signed two weeks at a host « Santé humaine », evaluated, report handed in on 28 June; BERNARD Chloé: nothing.</summary>
    private async Task<(SchoolWorld World, Agreement Agreement, Student Other)> SceneAsync()
    {
        app.Clock.SetUtcNow(AfterTheSequence);
        var world = await SchoolWorld.CreateAsync(app);
        var agreement = await AgreementFactory.CreateAsync(app, world, AgreementState.Validated);
        var other = await app.AddAsync(TestData.Student(world.School.Id, world.Class.Id, "BERNARD", "Chloé"));
        await app.WithDbAsync(async db =>
        {
            (await db.HostOrganisations.IgnoreQueryFilters().SingleAsync(h => h.Id == world.Host.Id)).SetActivitySector("Santé humaine");
            var evaluation = new TutorEvaluation(world.School.Id, agreement.Id);
            evaluation.Record(SkillLevel.Satisfactory, SkillLevel.Satisfactory, SkillLevel.Satisfactory, SkillLevel.Satisfactory, null, "Hugo Martin",
                EvaluationSource.Referent, agreement.FirstDay, agreement.LastDay, new DateOnly(2027, 6, 25), AfterTheSequence);
            db.Add(evaluation);
            var report = new PupilReport(world.School.Id, world.Student.Id, world.Year.Id);
            report.Record(new DateOnly(2027, 6, 28), null, agreement.FirstDay, new DateOnly(2027, 6, 30), "direction@test.fr", AfterTheSequence);
            db.Add(report);
            await db.SaveChangesAsync();
        });
        return (world, agreement, other);
    }

    private static List<List<string>> Rows(IDocument page) =>
        page.QuerySelectorAll("#restitution tbody tr")
            .Select(r => r.Children.Select(c => Regex.Replace(c.TextContent, @"\s+", " ").Trim()).ToList()).ToList();

    [Fact]
    public async Task The_class_view_shows_host_sector_weeks_evaluation_and_report_sorted_by_name()
    {
        var (world, _, _) = await SceneAsync();
        using var principal = await BoardScenario.SignInAsPrincipalOfAsync(app, world.School.Id, world.Class.Id);

        var page = await principal.GetDocumentAsync($"/restitution?classe={world.Class.Id}");

        var rows = Rows(page);
        Assert.Equal(2, rows.Count);
        Assert.Equal(["BERNARD Chloé", world.Class.Code, "—", "—", "Rien", "Rien", "Non", "Non"], rows[0]);
        Assert.Equal([world.Class.Code, world.Host.Name, "Santé humaine", "Convention en cours", "Convention en cours", "Oui", "Oui, remis le 28/06/2027"], rows[1][1..]);
        Assert.StartsWith(world.Student.LastName.ToUpperInvariant(), rows[1][0]);
        Assert.Equal("2 élève(s), 1 évaluation(s) du tuteur, 1 rapport(s) remis", page.QuerySelector(".app-count")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("nav a[href='/restitution']"));
    }

    [Fact]
    public async Task The_csv_and_xlsx_exports_hold_the_same_rows()
    {
        var (world, _, _) = await SceneAsync();
        using var secretary = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);

        using var csv = await secretary.GetAsync($"/restitution/export.csv?classe={world.Class.Id}");
        using var xlsx = await secretary.GetAsync($"/restitution/export.xlsx?classe={world.Class.Id}");

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal($"restitution-2026-2027-{world.Class.Code}.csv", csv.Content.Headers.ContentDisposition!.FileNameStar);
        var lines = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(";", RestitutionList.Headers), lines[0]);
        Assert.Equal($"BERNARD;Chloé;{world.Class.Code};;;Rien;Rien;Non;Non;", lines[1]);
        Assert.Equal($"{world.Student.LastName.ToUpperInvariant()};Léa;{world.Class.Code};{world.Host.Name};Santé humaine;Convention en cours;Convention en cours;Oui;Oui;28/06/2027", lines[2]);
        Assert.Equal(3, lines.Length);

        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
        string Text(Cell cell) => cell.InlineString?.Text?.Text ?? cell.CellValue?.Text ?? "";
        Assert.Equal(RestitutionList.Headers, rows[0].Elements<Cell>().Select(Text));
        Assert.Equal(3, rows.Count);
        Assert.Equal(["BERNARD", "Chloé"], rows[1].Elements<Cell>().Take(2).Select(Text));
        Assert.Equal(["Santé humaine", "Convention en cours", "Convention en cours", "Oui", "Oui"], rows[2].Elements<Cell>().Skip(4).Take(5).Select(Text));
        var date = rows[2].Elements<Cell>().Last();
        Assert.Equal(new DateOnly(2027, 6, 28), DateOnly.FromDateTime(DateTime.FromOADate(double.Parse(date.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Fact]
    public async Task Same_readers_as_the_evaluations_another_class_is_not_found_and_an_empty_class_says_so()
    {
        var (world, _, _) = await SceneAsync();
        var empty = await app.AddAsync(TestData.Class(world.School.Id));
        using var otherPrincipal = await BoardScenario.SignInAsPrincipalOfAsync(app, world.School.Id, empty.Id);
        using var teacher = await app.SignInAsAsync(Roles.Enseignant, world.School.Id);
        using var cpe = await app.SignInAsAsync(Roles.Cpe, world.School.Id);

        Assert.Equal(HttpStatusCode.NotFound, (await otherPrincipal.GetAsync($"/restitution?classe={world.Class.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherPrincipal.GetAsync($"/restitution/export.csv?classe={world.Class.Id}")).StatusCode);
        var own = await otherPrincipal.GetDocumentAsync("/restitution");
        Assert.NotNull(own.QuerySelector("#restitution-vide"));
        Assert.Equal([empty.Code], own.QuerySelectorAll("#classe option[value]:not([value=''])").Select(o => o.TextContent.Trim()));
        Assert.Contains("/acces-refuse", (await teacher.GetAsync("/restitution")).Headers.Location?.OriginalString ?? "");
        Assert.Contains("/acces-refuse", (await cpe.GetAsync("/restitution/export.csv")).Headers.Location?.OriginalString ?? "");
        Assert.Equal(HttpStatusCode.NotFound, (await otherPrincipal.GetAsync("/restitution?annee=1999")).StatusCode);
    }

    [Fact]
    public async Task Last_years_classes_stay_readable_once_the_next_year_is_open()
    {
        var (world, _, _) = await SceneAsync();
        using var admin = await app.SignInAsAsync(Roles.Administrateur, world.School.Id);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/etablissement/annee-scolaire", "/etablissement/annee-scolaire/suivante", [])).StatusCode);
        using var head = await app.SignInAsAsync(Roles.Direction, world.School.Id);

        var current = await head.GetDocumentAsync("/restitution");
        var last = await head.GetDocumentAsync($"/restitution?annee=2026&classe={world.Class.Id}");

        Assert.NotNull(current.QuerySelector("#restitution-vide"));
        Assert.Equal("2027", current.QuerySelector("#annee option[selected]")!.GetAttribute("value"));
        var rows = Rows(last);
        Assert.Equal(2, rows.Count);
        Assert.Equal(["Convention en cours", "Convention en cours", "Oui", "Oui, remis le 28/06/2027"], rows[1][4..]);
        Assert.Contains("est close", last.QuerySelector(".fr-alert--info")!.TextContent);
        Assert.Equal($"/restitution/export.csv?annee=2026&classe={world.Class.Id}", last.QuerySelector("a[href*='export.csv']")!.GetAttribute("href"));
    }
}
