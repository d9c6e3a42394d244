using System.Net;
using Microsoft.EntityFrameworkCore;
using StageSeconde.FunctionalTests.Features.Absences;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;
using UglyToad.PdfPig;

namespace StageSeconde.FunctionalTests.Features.Programme;

/// <summary>The programme's PDFs, read back: timetables of a group, a pupil, a supervisor and a room, attendance sheets, the batch.</summary>
public sealed class ProgrammeDocumentsTests(AbsencesApp app) : IClassFixture<AbsencesApp>
{
    private static async Task<byte[]> PdfAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        // To look at the documents: PROGRAMME_PDF_DIR=/tmp/programme-pdfs dotnet test … then pdftoppm -r 60 -png.
        if (Environment.GetEnvironmentVariable("PROGRAMME_PDF_DIR") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await File.WriteAllBytesAsync(Path.Combine(folder, response.Content.Headers.ContentDisposition?.FileNameStar ?? Guid.NewGuid().ToString("N") + ".pdf"), pdf);
        }
        return pdf;
    }

    private static IReadOnlyList<string> Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))).ToList();
    }

    /// <summary>The letters of each page in the order they are drawn (a table row by row, each cell's lines in turn), white space removed.</summary>
    private static string Ink(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("|", document.GetPages().Select(p => string.Concat(p.Letters.Select(l => l.Value).Where(v => !string.IsNullOrWhiteSpace(v)))));
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static void AssertRow(string ink, string row) => Assert.Contains(Squeeze(row), ink);

    [Fact]
    public async Task The_group_timetable_names_every_half_day_with_its_activity_room_or_outing_and_supervisor_then_its_pupils()
    {
        var p = await ProgrammeWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Secretariat, p.SchoolId);

        var pdf = await PdfAsync(await client.GetAsync($"/programme/documents/groupe/{p.Curious.Id}"));
        var text = string.Join(' ', Pages(pdf));
        var ink = Ink(pdf);

        Assert.Contains("Programme au lycée – groupe Les Curieux", text);
        Assert.Contains("Semaine 1 : du lundi 14 juin au vendredi 18 juin", text);
        Assert.Contains("Semaine 2 : du lundi 21 juin au vendredi 25 juin", text);
        AssertRow(ink, "Mardi 15 juin Matin 8 h 30 – 12 h Enquête métier CDI Jérôme CAËR");
        AssertRow(ink, "Mardi 15 juin Après-midi 13 h 30 – 16 h 30 Visite d'entreprise Sortie Sophie LENOIR");
        Assert.Equal(10, CountOf(ink, Squeeze("Visite d'entreprise Sortie")));
        // The pupils, sorted the French way (É with E); Abel is in the other group.
        var eluard = text.IndexOf("ÉLUARD Paul", StringComparison.Ordinal);
        var martin = text.IndexOf("MARTIN Léa", StringComparison.Ordinal);
        var zola = text.IndexOf("ZOLA Émile", StringComparison.Ordinal);
        Assert.True(eluard > 0 && eluard < martin && martin < zola, text);
        Assert.DoesNotContain("ABEL", text);
    }

    [Fact]
    public async Task The_pupils_timetable_shows_only_the_weeks_they_are_enrolled_for_and_whom_the_family_calls()
    {
        var p = await ProgrammeWorld.CreateAsync(app);
        await app.CreateUserAsync(p.SchoolId, Roles.Cpe, $"cpe.{Guid.NewGuid():N}@lycee.fr");
        using var client = await app.SignInAsAsync(Roles.Direction, p.SchoolId);

        var pdf = await PdfAsync(await client.GetAsync($"/programme/documents/eleve/{p.Martin.Id}"));
        var text = string.Join(' ', Pages(pdf));

        Assert.Contains($"Élève : Léa MARTIN, classe {p.World.Class.Code}", text);
        Assert.Contains("Semaine 1 – groupe Les Curieux", text);
        Assert.DoesNotContain("Semaine 2", text);
        AssertRow(Ink(pdf), "Lundi 14 juin Matin 8 h 30 – 12 h Enquête métier CDI Jérôme CAËR");
        Assert.Contains("Contacts du lycée", text);
        Assert.Contains("CPE (vie scolaire) : CPE Test", text);
        Assert.Contains("En cas d'absence", text);
        // A pupil of another school is not found.
        var other = await ProgrammeWorld.CreateAsync(app);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/programme/documents/eleve/{other.Martin.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/programme/documents/groupe/{other.Curious.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/programme/documents/salle/{other.Cdi.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/programme/documents/encadrant/{other.Teacher.Entity.Id}")).StatusCode);
    }

    [Fact]
    public async Task The_supervisor_and_room_timetables_list_their_half_days_with_the_group()
    {
        var p = await ProgrammeWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Direction, p.SchoolId);

        var supervisorPdf = await PdfAsync(await client.GetAsync($"/programme/documents/encadrant/{p.Teacher.Entity.Id}"));
        var supervisor = string.Join(' ', Pages(supervisorPdf));
        Assert.Contains("encadrement de Jérôme CAËR", supervisor);
        AssertRow(Ink(supervisorPdf), "Lundi 14 juin Matin 8 h 30 – 12 h Les Curieux 3 élèves Enquête métier CDI");
        AssertRow(Ink(supervisorPdf), "Lundi 14 juin Après-midi 13 h 30 – 16 h 30 Les Explorateurs 1 élève Enquête métier CDI");
        Assert.DoesNotContain("Visite d'entreprise", supervisor);

        var room = Ink(await PdfAsync(await client.GetAsync($"/programme/documents/salle/{p.ComputerRoom.Id}")));
        Assert.Contains(Squeeze("salle Salle informatique B12"), room);
        Assert.Equal(5, CountOf(room, "LesExplorateurs1élève"));
        Assert.DoesNotContain("LesCurieux", room);
    }

    [Fact]
    public async Task An_attendance_sheet_lists_the_pupils_of_the_week_sorted_with_boxes_and_a_signature_column()
    {
        var p = await ProgrammeWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Enseignant, p.SchoolId);

        var week1Pdf = await PdfAsync(await client.GetAsync($"/programme/documents/appel/{p.Curious.Id}/2027-06-15/matin"));
        var week1 = string.Join(' ', Pages(week1Pdf));
        Assert.Contains("Feuille d'appel – groupe Les Curieux", week1);
        Assert.Contains("Demi-journée : Mardi 15 juin, matin (8 h 30 – 12 h)", week1);
        Assert.Contains("Activité : Enquête métier", week1);
        Assert.Contains("Lieu : CDI", week1);
        Assert.Contains("Encadrant : Jérôme CAËR", week1);
        Assert.Contains("N° Élève Classe Présent Absent Signature", week1);
        AssertRow(Ink(week1Pdf), $"1 ÉLUARD Paul {await ClassCodeAsync(p.Eluard.SchoolClassId)} □ □ 2 MARTIN Léa {p.World.Class.Code} □ □ 3 ZOLA Émile {p.World.Class.Code} □ □");
        Assert.Contains("3 élèves", week1);

        // Léa Martin is enrolled in week 1 only: not on the sheets of week 2.
        var week2 = string.Join(' ', Pages(await PdfAsync(await client.GetAsync($"/programme/documents/appel/{p.Curious.Id}/2027-06-22/apres-midi"))));
        Assert.Contains("Lieu : Sortie", week2);
        Assert.DoesNotContain("MARTIN", week2);
        Assert.Contains("2 élèves", week2);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/programme/documents/appel/{p.Explorers.Id}/2027-06-22/matin")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/programme/documents/appel/{p.Curious.Id}/2027-06-15/soir")).StatusCode);
    }

    [Fact]
    public async Task The_batch_holds_the_chosen_kinds_of_the_chosen_week_each_on_its_own_pages()
    {
        var p = await ProgrammeWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Secretariat, p.SchoolId);
        var token = await client.TokenFromAsync("/programme/documents");

        var all = await client.PostWithTokenAsync("/programme/documents", token,
            [new("inclure", "groupes"), new("inclure", "eleves"), new("inclure", "surveillants"), new("inclure", "salles"), new("inclure", "appel")]);
        var pages = Pages(await PdfAsync(all));
        Assert.Equal("attachment", all.Content.Headers.ContentDisposition?.DispositionType);
        // 2 groups, 4 pupils, 2 supervisors, 2 rooms, 20 + 10 attendance sheets: each document starts a page.
        Assert.Equal(2, pages.Count(t => t.Contains("Programme au lycée – groupe")));
        Assert.Equal(4, pages.Count(t => t.Contains("Programme de découverte au lycée")));
        Assert.Equal(2, pages.Count(t => t.Contains("encadrement de")));
        Assert.Equal(2, pages.Count(t => t.Contains("Programme au lycée – salle")));
        Assert.Equal(30, pages.Count(t => t.Contains("Feuille d'appel – groupe")));

        var week2Rooms = await client.PostWithTokenAsync("/programme/documents", token, [new("semaine", "2"), new("inclure", "salles"), new("inclure", "appel")]);
        var week2 = Pages(await PdfAsync(week2Rooms));
        Assert.Single(week2, t => t.Contains("Programme au lycée – salle CDI"));
        Assert.DoesNotContain(week2, t => t.Contains("Salle informatique B12") || t.Contains("Les Explorateurs") || t.Contains("Programme de découverte"));
        Assert.Equal(10, week2.Count(t => t.Contains("Feuille d'appel – groupe Les Curieux")));

        var none = await client.PostWithTokenAsync("/programme/documents", token, [new("inclure", "inconnu")]);
        Assert.Equal(HttpStatusCode.Redirect, none.StatusCode);
        var page = await client.GetDocumentAsync("/programme/documents");
        Assert.Contains("Cochez au moins un type de document", page.QuerySelector(".fr-alert--error")?.TextContent);
    }

    [Fact]
    public async Task The_documents_page_offers_every_document_and_an_empty_programme_says_so()
    {
        var p = await ProgrammeWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.ProfesseurPrincipal, p.SchoolId);

        var page = await client.GetDocumentAsync("/programme/documents");
        var links = page.QuerySelectorAll("main a[href^='/programme/documents/']").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/programme/documents/groupe/{p.Curious.Id}", links);
        Assert.Contains($"/programme/documents/groupe/{p.Explorers.Id}/appel", links);
        Assert.Contains($"/programme/documents/eleve/{p.Abel.Id}", links);
        Assert.Contains($"/programme/documents/encadrant/{p.Librarian.Entity.Id}", links);
        Assert.Contains($"/programme/documents/salle/{p.Cdi.Id}", links);
        var week2 = await client.GetDocumentAsync("/programme/documents?semaine=2");
        Assert.DoesNotContain(week2.QuerySelectorAll("main td").Select(td => td.TextContent), t => t.Contains("ABEL"));

        var empty = await SchoolWorld.CreateAsync(app);
        using var elsewhere = await app.SignInAsAsync(Roles.Direction, empty.School.Id);
        Assert.Contains("n'a pas encore de groupe", (await elsewhere.GetDocumentAsync("/programme/documents")).QuerySelector(".fr-callout")?.TextContent);
        var token = await elsewhere.TokenFromAsync("/programme/documents");
        var nothing = await elsewhere.PostWithTokenAsync("/programme/documents", token, [new("inclure", "groupes")]);
        Assert.Equal(HttpStatusCode.Redirect, nothing.StatusCode);
    }

    private Task<string> ClassCodeAsync(int classId) =>
        app.WithDbAsync(db => db.Classes.IgnoreQueryFilters().Where(c => c.Id == classId).Select(c => c.Code).SingleAsync());

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
