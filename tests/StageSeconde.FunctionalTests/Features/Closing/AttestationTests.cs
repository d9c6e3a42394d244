using System.Net;
using StageSeconde.FunctionalTests.Features.MyStudents;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;
using UglyToad.PdfPig;

namespace StageSeconde.FunctionalTests.Features.Closing;

/// <summary>
/// The attestation de stage, read back from the PDF: pupil, class, lycée, host, tutor, dates, hours planned and done
/// (the timetable of AgreementFactory: 6 h 30 a day, Monday to Friday, over the two weeks of 14–25 June 2027 = 65 h).
/// </summary>
public sealed class AttestationTests(ClockedTestApp app) : IClassFixture<ClockedTestApp>
{
    private static readonly DateTimeOffset AfterThePeriod = new(2027, 6, 28, 8, 0, 0, TimeSpan.Zero);

    private static IReadOnlyList<string> PageTexts(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))).ToList();
    }

    private static async Task<byte[]> PdfAsync(AppClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private Task AbsentAsync(SchoolWorld world, Agreement agreement, DateOnly day, AbsenceKind kind, DayPart part, TimeOnly? time = null)
    {
        var at = app.Clock.GetUtcNow();
        var report = new AbsenceReport(ReportSource.TutorCall, "Hélène Tutrice", null, part, time, at);
        return app.AddAsync(Absence.Open(world.School.Id, world.Student.Id, agreement.Id, new AbsenceFacts(day, kind, part, time, null), report, at.AddHours(2)));
    }

    [Fact]
    public async Task Without_absence_the_attestation_says_the_planned_hours_with_the_names_and_dates()
    {
        app.Clock.SetUtcNow(DateTimeOffset.UtcNow);
        var world = await SchoolWorld.CreateAsync(app);
        var agreement = await AgreementFactory.CreateAsync(app, world, AgreementState.Signed);
        app.Clock.SetUtcNow(AfterThePeriod);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);

        var text = Assert.Single(PageTexts(await PdfAsync(client, $"/conventions/{agreement.Id}/attestation.pdf")));

        Assert.Contains("Attestation de stage d’observation", text);
        Assert.Contains($"Léa {world.Student.LastName.ToUpperInvariant()}", text);
        Assert.Contains(world.Class.Code, text);
        Assert.Contains(world.School.Name, text);
        Assert.Contains(world.Host.Name, text);
        Assert.Contains(world.Tutor.LastName.ToUpperInvariant(), text);
        Assert.Contains("du 14/06/2027 au 25/06/2027", text);
        Assert.Contains("Heures prévues : 65 h", text);
        Assert.Contains("Heures effectuées : 65 h", text);
        Assert.Contains("Aucune absence n’a été enregistrée", text);
        Assert.Contains("Pour la structure d’accueil", text);
        Assert.Contains("Le chef d’établissement", text);
    }

    [Fact]
    public async Task A_whole_day_and_a_late_arrival_are_taken_off_the_hours_done()
    {
        app.Clock.SetUtcNow(DateTimeOffset.UtcNow);
        var world = await SchoolWorld.CreateAsync(app);
        var agreement = await AgreementFactory.CreateAsync(app, world, AgreementState.Signed);
        await AbsentAsync(world, agreement, new DateOnly(2027, 6, 15), AbsenceKind.Illness, DayPart.WholeDay);
        await AbsentAsync(world, agreement, new DateOnly(2027, 6, 17), AbsenceKind.LateArrival, DayPart.Morning, new TimeOnly(10, 30));
        app.Clock.SetUtcNow(AfterThePeriod);
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);

        var text = Assert.Single(PageTexts(await PdfAsync(client, $"/conventions/{agreement.Id}/attestation.pdf")));

        Assert.Contains("Heures prévues : 65 h", text);
        Assert.Contains("Heures effectuées : 57 h", text);
        Assert.Contains("moins 8 h d’absence", text);
    }

    [Fact]
    public async Task A_class_batch_has_one_page_per_pupil_with_a_signed_convention_whose_dates_are_over()
    {
        app.Clock.SetUtcNow(DateTimeOffset.UtcNow);
        var world = await SchoolWorld.CreateAsync(app);
        await AgreementFactory.CreateAsync(app, world, AgreementState.Signed);
        var second = await app.AddAsync(TestData.Student(world.School.Id, world.Class.Id, "Martin", "Hugo"));
        await app.AddAsync(TestData.Guardian(world.School.Id, second.Id));
        await AgreementFactory.CreateAsync(app, world.School.Id, second.Id, world.Host.Id, AgreementState.Signed);
        var third = await app.AddAsync(TestData.Student(world.School.Id, world.Class.Id, "Petit", "Inès"));
        await app.AddAsync(TestData.Guardian(world.School.Id, third.Id));
        await AgreementFactory.CreateAsync(app, world.School.Id, third.Id, world.Host.Id, AgreementState.Validated);
        app.Clock.SetUtcNow(AfterThePeriod);
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);

        var page = await client.GetDocumentAsync("/attestations");
        var row = page.QuerySelectorAll("#attestations-classes tbody tr").Single(r => r.QuerySelector("th")?.TextContent.Trim() == world.Class.Code);
        Assert.Equal("2", row.QuerySelector("td")?.TextContent.Trim());
        var pages = PageTexts(await PdfAsync(client, $"/attestations/lot.pdf?classe={world.Class.Id}"));

        Assert.Equal(2, pages.Count);
        Assert.Contains(pages, p => p.Contains("Hugo MARTIN"));
        Assert.Contains(pages, p => p.Contains($"Léa {world.Student.LastName.ToUpperInvariant()}"));
        Assert.DoesNotContain(pages, p => p.Contains("PETIT"));
    }

    [Fact]
    public async Task Before_the_last_day_is_over_there_is_no_attestation()
    {
        app.Clock.SetUtcNow(DateTimeOffset.UtcNow);
        var world = await SchoolWorld.CreateAsync(app);
        var agreement = await AgreementFactory.CreateAsync(app, world, AgreementState.Signed);
        app.Clock.SetUtcNow(new DateTimeOffset(2027, 6, 25, 15, 0, 0, TimeSpan.Zero));
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);

        var response = await client.GetAsync($"/conventions/{agreement.Id}/attestation.pdf");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/conventions/{agreement.Id}", response.Headers.Location?.OriginalString);
    }
}
