using System.Net;
using Microsoft.EntityFrameworkCore;
using StageSeconde.FunctionalTests.Features.TutorReport;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;
using UglyToad.PdfPig;

namespace StageSeconde.FunctionalTests.Features.TutorLinks;

/// <summary>The tutor's link on paper: the convention PDF and the fiche tuteur carry it (and its QR code); a draft does not.</summary>
public sealed class TutorLinkPdfTests(TutorLinkTestApp app) : IClassFixture<TutorLinkTestApp>
{
    private static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join(' ', document.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))));
    }

    private static async Task<byte[]> PdfAsync(AppClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    [Fact]
    public async Task The_convention_pdf_carries_the_short_link()
    {
        var scenario = await TutorLinkScenario.CreateAsync(app);

        var pdf = await PdfAsync(scenario.Staff, $"/conventions/{scenario.Agreement.Id}/pdf");

        var text = Text(pdf);
        Assert.Contains("Signaler une absence", text);
        Assert.Contains($"https://stageseconde.example.fr/t/{scenario.Token}", text);
    }

    [Fact]
    public async Task Printing_a_validated_convention_for_the_first_time_issues_its_link_and_prints_the_same_one_again()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var agreement = await AgreementFactory.CreateAsync(app, world, AgreementState.InSignature);
        // The printed convention carries the family's details: the secrétariat prints it (docs/matrice-des-roles.md).
        using var secretary = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);

        var first = Text(await PdfAsync(secretary, $"/conventions/{agreement.Id}/pdf"));
        var second = Text(await PdfAsync(secretary, $"/conventions/{agreement.Id}/pdf"));

        var link = await app.WithDbAsync(db => db.AgreementLinks.IgnoreQueryFilters().SingleAsync(l => l.AgreementId == agreement.Id));
        Assert.Null(link.RevokedAt);
        var url = System.Text.RegularExpressions.Regex.Match(first, @"https://stageseconde\.example\.fr/t/[A-Za-z0-9_-]{22}").Value;
        Assert.NotEmpty(url);
        Assert.Equal(AgreementLink.Hash(url[^22..]), link.TokenHash);
        Assert.Contains(url, second);
    }

    [Fact]
    public async Task A_draft_is_printed_without_a_link_and_gets_none()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var draft = await AgreementFactory.CreateAsync(app, world, AgreementState.Draft);
        using var secretary = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);

        var text = Text(await PdfAsync(secretary, $"/conventions/{draft.Id}/pdf"));
        var sheet = await secretary.GetAsync($"/conventions/{draft.Id}/lien-tuteur/fiche.pdf");

        Assert.DoesNotContain("/t/", text);
        Assert.Equal(HttpStatusCode.Redirect, sheet.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.AgreementLinks.IgnoreQueryFilters().CountAsync(l => l.AgreementId == draft.Id)));
    }

    [Fact]
    public async Task The_fiche_tuteur_names_whom_to_call_the_hours_what_to_do_and_the_link()
    {
        var scenario = await TutorLinkScenario.CreateAsync(app, "Dupré", "Léa");

        var pdf = await PdfAsync(scenario.Staff, $"/conventions/{scenario.Agreement.Id}/lien-tuteur/fiche.pdf");

        var text = Text(pdf);
        using (var document = PdfDocument.Open(pdf)) Assert.Equal(1, document.NumberOfPages);
        Assert.Contains("Fiche tuteur", text);
        Assert.Contains("Léa D.", text);
        Assert.DoesNotContain("Dupré", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Jérôme CAËR – 06 55 44 33 22", text);
        Assert.Contains("01 43 11 11 11 – ce.lycee@ac-creteil.fr", text);
        Assert.Contains("du 14/06/2027 au 25/06/2027", text);
        Assert.Contains("Lundi 9 h 17 h 12 h – 13 h 30", text);
        Assert.Contains("Samedi Repos", text);
        Assert.Contains("Accident", text);
        Assert.Contains("immédiatement", text);
        Assert.Contains($"https://stageseconde.example.fr/t/{scenario.Token}", text);
    }

    [Fact]
    public async Task The_convention_page_shows_the_link_with_who_issued_and_revoked_it_to_those_who_manage_conventions_only()
    {
        var scenario = await TutorLinkScenario.CreateAsync(app);
        using var teacher = await app.SignInAsAsync(Roles.Enseignant, scenario.World.School.Id);
        await scenario.Staff.PostFormAsync($"/conventions/{scenario.Agreement.Id}", $"/conventions/{scenario.Agreement.Id}/lien-tuteur/revoquer", []);

        var page = await scenario.Staff.GetDocumentAsync($"/conventions/{scenario.Agreement.Id}");
        var teacherPage = await teacher.GetDocumentAsync($"/conventions/{scenario.Agreement.Id}");
        var forbidden = await teacher.PostFormAsync($"/conventions/{scenario.Agreement.Id}", $"/conventions/{scenario.Agreement.Id}/lien-tuteur/emettre", []);

        var section = page.QuerySelector("#lien-tuteur")?.TextContent ?? "";
        Assert.Contains("Aucun lien actif", section);
        Assert.Contains("Secrétariat Test", section);
        Assert.Null(page.QuerySelector("[data-tutor-link]"));
        Assert.Null(teacherPage.QuerySelector("#lien-tuteur"));
        Assert.Contains("/acces-refuse", forbidden.Headers.Location?.OriginalString);
        Assert.Equal(1, await app.WithDbAsync(db => db.AgreementLinks.IgnoreQueryFilters().CountAsync(l => l.AgreementId == scenario.Agreement.Id)));
    }

    [Fact]
    public async Task Batch_printing_issues_a_link_for_each_convention_and_the_printing_page_offers_the_fiche_tuteur()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var first = await AgreementFactory.CreateAsync(app, world, AgreementState.Validated, AgreementFactory.Terms(PeriodOption.Week1));
        var secondStudent = await app.AddAsync(TestData.Student(world.School.Id, world.Class.Id));
        var second = await AgreementFactory.CreateAsync(app, world.School.Id, secondStudent.Id, world.Host.Id, AgreementState.Validated);
        using var secretary = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);

        var page = await secretary.GetDocumentAsync("/impression");
        var response = await secretary.PostFormAsync("/impression", "/impression", new() { ["duplex"] = "false" });

        Assert.NotNull(page.QuerySelector($"a[href='/conventions/{first.Id}/lien-tuteur/fiche.pdf']"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = Text(await response.Content.ReadAsByteArrayAsync());
        var links = await app.WithDbAsync(db => db.AgreementLinks.IgnoreQueryFilters().Where(l => l.AgreementId == first.Id || l.AgreementId == second.Id).ToListAsync());
        Assert.Equal(2, links.Count);
        var urls = System.Text.RegularExpressions.Regex.Matches(text, @"https://stageseconde\.example\.fr/t/([A-Za-z0-9_-]{22})").Select(m => AgreementLink.Hash(m.Groups[1].Value)).ToHashSet();
        Assert.Equal(links.Select(l => l.TokenHash).ToHashSet(), urls);
    }
}
