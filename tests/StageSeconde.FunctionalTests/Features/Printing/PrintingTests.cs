using System.Data.Common;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.Printing;
using StageSeconde.Web.Infrastructure.Security;
using UglyToad.PdfPig;

namespace StageSeconde.FunctionalTests.Features.Printing;

public sealed class PrintingTests(TestApp app) : IClassFixture<TestApp>
{
    /// <summary>
    /// A different lawful timetable each day (the student is 16): Monday 8 h – 16 h, Tuesday 8 h 30 – 16 h 30, Wednesday
    /// 9 h – 12 h 30, Thursday 7 h 45 – 15 h 15, Friday 10 h – 17 h, Saturday off.
    /// </summary>
    private static IReadOnlyList<DaySchedule> VariedWeek() =>
    [
        new(DayOfWeek.Monday, new(8, 0), new(16, 0), new DayBreak(new(12, 0), new(13, 0))),
        new(DayOfWeek.Tuesday, new(8, 30), new(16, 30), new DayBreak(new(12, 15), new(13, 15))),
        new(DayOfWeek.Wednesday, new(9, 0), new(12, 30)),
        new(DayOfWeek.Thursday, new(7, 45), new(15, 15), new DayBreak(new(11, 45), new(12, 30))),
        new(DayOfWeek.Friday, new(10, 0), new(17, 0), new DayBreak(new(13, 0), new(14, 0))),
        DaySchedule.Off(DayOfWeek.Saturday),
    ];

    private async Task<StaffMember> ReferentAsync(SchoolWorld world)
    {
        var referent = TestData.Staff(world.School.Id, "Caër");
        referent.UpdateDetails(referent.LastName, "Jérôme", referent.Function, referent.Email, "0655443322");
        return await app.AddAsync(referent);
    }

    private static async Task<(byte[] Pdf, HttpResponseMessage Response)> GetPdfAsync(AppClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadAsByteArrayAsync(), response);
    }

    private static IReadOnlyList<string> PageTexts(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))).ToList();
    }

    /// <summary>The letters of each page as drawn, white space removed (a rotated stamp included).</summary>
    private static IReadOnlyList<string> PageInk(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p => string.Concat(p.Letters.Select(l => l.Value).Where(v => !string.IsNullOrWhiteSpace(v)))).ToList();
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    [Fact]
    public async Task The_convention_pdf_carries_every_value_read_from_the_database()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var referent = await ReferentAsync(world);
        var agreement = await AgreementFactory.CreateAsync(app, world, AgreementState.Validated,
            AgreementFactory.Terms(schedule: VariedWeek(), referentTeacherId: referent.Id));
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);

        var (pdf, response) = await GetPdfAsync(client, $"/conventions/{agreement.Id}/pdf");

        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("inline", disposition.DispositionType);
        // The student « Élève123 Léa »: a plain ASCII name.
        Assert.Matches($"^convention-{agreement.Id}-ELEVE[0-9]+-Lea\\.pdf$", disposition.FileName?.Trim('"') ?? "");
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var text = string.Join(' ', PageTexts(pdf));
        Assert.Contains(AgreementDocument.Title, text);
        Assert.All(AgreementDocument.ArticleTitles, title => Assert.Contains(title, text));
        Assert.Contains($"{world.School.Name} – UAI {world.School.Uai}", text);
        Assert.Contains("1 rue de l'École, 94000 Créteil", text);
        Assert.Contains("Anne Proviseure, chef d’établissement", text);
        Assert.Contains($"{world.School.HeadEmail} – 01 43 00 00 00", text);
        Assert.Contains($"{world.Host.Name} (entreprise)", text);
        Assert.Contains($"SIRET : {world.Host.Siret}", text);
        Assert.Contains("3 place du Marché, 94200 Ivry-sur-Seine", text);
        Assert.Contains("Paul Durand, Gérant", text);
        Assert.Contains("contact@boulangerie.fr – 01 45 00 00 00", text);
        Assert.Contains($"{world.Student.LastName.ToUpperInvariant()} Léa, classe {world.Class.Code}", text);
        Assert.Contains("14/03/2011", text);
        Assert.Contains("Camille PARENT Mère parent@example.fr 06 12 34 56 78", text);
        Assert.Contains("Hugo MARTIN, Boulanger", text);
        Assert.Contains("hugo@boulangerie.fr", text);
        Assert.Contains("Téléphone : 06 11 22 33 44", text);
        Assert.Contains("Jérôme CAËR", text);
        Assert.Contains(referent.Email, text);
        Assert.Contains("Téléphone : 06 55 44 33 22", text);
        Assert.Contains("Deux semaines : du lundi 14 juin 2027 au vendredi 25 juin 2027", text);
        Assert.Contains("Lundi 8 h 16 h 12 h – 13 h 7 h", text);
        Assert.Contains("Mardi 8 h 30 16 h 30 12 h 15 – 13 h 15 7 h", text);
        Assert.Contains("Mercredi 9 h 12 h 30 Aucune 3 h 30", text);
        Assert.Contains("Jeudi 7 h 45 15 h 15 11 h 45 – 12 h 30 6 h 45", text);
        Assert.Contains("Vendredi 10 h 17 h 13 h – 14 h 6 h", text);
        Assert.Contains("Samedi Repos", text);
        Assert.Contains("Total hebdomadaire 30 h 15", text);
        Assert.Contains("Découverte des métiers de la structure : accueil du public, observation des équipes, entretien avec le tuteur.", text);
        Assert.Contains("Rapport d'étonnement, repris en classe pour une mise en commun collective.", text);
        Assert.Contains("assureur : MAIF, contrat n° POL-123", text);
        Assert.Contains($"Réf. Convention n° {agreement.Id}", text);
        Assert.DoesNotContain("BROUILLON", string.Concat(PageInk(pdf)));
    }

    [Fact]
    public async Task A_draft_carries_the_draft_mark_on_every_page_and_recorded_signatures_are_printed()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var draft = await AgreementFactory.CreateAsync(app, world, AgreementState.Draft);
        var other = await SchoolWorld.CreateAsync(app);
        var signed = await AgreementFactory.CreateAsync(app, other, AgreementState.Signed);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        using var otherClient = await app.SignInAsAsync(Roles.Secretariat, other.School.Id);

        var (draftPdf, _) = await GetPdfAsync(client, $"/conventions/{draft.Id}/pdf");
        var (signedPdf, _) = await GetPdfAsync(otherClient, $"/conventions/{signed.Id}/pdf");

        Assert.All(PageInk(draftPdf), page => Assert.EndsWith(Squeeze(AgreementDocument.DraftStamp), page));
        Assert.DoesNotContain("BROUILLON", string.Concat(PageInk(signedPdf)));
        var signedText = string.Join(' ', PageTexts(signedPdf));
        var today = DateOnly.FromDateTime(DateTime.UtcNow.ToParis()).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(4, signedText.Split($"Signé sur papier le {today}").Length - 1);
    }

    [Fact]
    public async Task The_pdf_of_another_schools_convention_is_not_found()
    {
        var mine = await SchoolWorld.CreateAsync(app);
        var theirs = await SchoolWorld.CreateAsync(app);
        var agreement = await AgreementFactory.CreateAsync(app, theirs, AgreementState.Validated);
        using var client = await app.SignInAsAsync(Roles.Direction, mine.School.Id);

        using var response = await client.GetAsync($"/conventions/{agreement.Id}/pdf");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var missing = await client.GetAsync("/conventions/999999/pdf");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task A_batch_prints_every_selected_convention_in_order_records_it_and_the_default_selection_then_leaves_it_out()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var ids = new List<int>();
        for (var n = 1; n <= 50; n++)
        {
            var student = await app.AddAsync(TestData.Student(world.School.Id, world.Class.Id, lastName: $"Lot{n:00}"));
            await app.AddAsync(TestData.Guardian(world.School.Id, student.Id));
            ids.Add((await AgreementFactory.CreateAsync(app, world.School.Id, student.Id, world.Host.Id, AgreementState.Validated)).Id);
        }
        // Neither a draft nor another class's convention is printed by default.
        var draft = await AgreementFactory.CreateAsync(app, world, AgreementState.Draft);
        var email = await app.CreateUserAsync(world.School.Id, Roles.Secretariat);
        using var client = await app.SignInAsync(email);

        var page = await client.GetDocumentAsync("/impression");
        Assert.Contains("50 convention(s) à imprimer", page.QuerySelector(".fr-callout__title")!.TextContent);
        Assert.Contains("Environ 250 pages", page.Body!.TextContent);
        var expected = new List<int>();
        foreach (var id in ids)
        {
            var (single, _) = await GetPdfAsync(client, $"/conventions/{id}/pdf");
            expected.Add(PageTexts(single).Count);
        }

        var before = DateTime.UtcNow.AddSeconds(-1);
        using var response = await client.PostFormAsync("/impression", "/impression",
            new() { ["state"] = nameof(AgreementState.Validated), ["printed"] = "false" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var pages = PageTexts(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(expected.Sum(), pages.Count);
        var first = 0;
        for (var i = 0; i < ids.Count; i++)
        {
            Assert.Contains($"Réf. Convention n° {ids[i]} ", pages[first] + " ");
            Assert.Contains($"Page 1 / {expected[i]}", pages[first]);
            Assert.Contains($"LOT{i + 1:00} Léa", pages[first]);
            first += expected[i];
        }
        Assert.DoesNotContain(pages, p => p.Contains($"Réf. Convention n° {draft.Id} ", StringComparison.Ordinal));

        var prints = await app.WithDbAsync(db => db.AgreementPrints.IgnoreQueryFilters().Where(p => p.SchoolId == world.School.Id).ToListAsync());
        Assert.Equal(ids.Order(), prints.Select(p => p.AgreementId).Order());
        Assert.All(prints, p => Assert.Equal(email, p.PrintedBy));
        Assert.All(prints, p => Assert.InRange(p.PrintedAt, before, DateTime.UtcNow.AddSeconds(1)));

        var after = await client.GetDocumentAsync("/impression");
        Assert.Null(after.QuerySelector("form[action='/impression'][method=post]"));
        Assert.Contains("Aucune convention validée n'attend d'être imprimée", after.Body!.TextContent);
        var reprint = await client.GetDocumentAsync("/impression?printed=true");
        Assert.Contains("50 convention(s) à imprimer", reprint.QuerySelector(".fr-callout__title")!.TextContent);
        var name = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == email).Select(u => u.DisplayName).SingleAsync());
        Assert.Contains($"par {name}", reprint.QuerySelector("tbody tr")!.TextContent);
    }

    [Fact]
    public async Task A_double_sided_batch_starts_every_convention_on_an_odd_page()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var ids = new List<int>();
        for (var n = 1; n <= 12; n++)
        {
            var student = await app.AddAsync(TestData.Student(world.School.Id, world.Class.Id, lastName: $"Recto{n:00}"));
            // Some students have two guardians: their convention is longer.
            for (var g = 0; g < 1 + n % 2; g++) await app.AddAsync(TestData.Guardian(world.School.Id, student.Id));
            ids.Add((await AgreementFactory.CreateAsync(app, world.School.Id, student.Id, world.Host.Id, AgreementState.Signed)).Id);
        }
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);

        using var response = await client.PostFormAsync($"/impression?state=Signed&classe={world.Class.Id}", "/impression",
            new() { ["state"] = nameof(AgreementState.Signed), ["classe"] = world.Class.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["duplex"] = "true" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var pages = PageTexts(await response.Content.ReadAsByteArrayAsync());
        var starts = ids.Select(id => pages.Select((text, index) => (text, index))
            .Single(p => (p.text + " ").Contains($"Réf. Convention n° {id} ", StringComparison.Ordinal) && p.text.Contains("Page 1 /", StringComparison.Ordinal)).index).ToList();
        Assert.All(starts, index => Assert.Equal(0, index % 2));
        Assert.Equal(starts.Order(), starts);
        // The padding pages are blank.
        Assert.All(Enumerable.Range(0, pages.Count).Where(i => !pages[i].Contains("Réf. Convention", StringComparison.Ordinal)),
            i => Assert.Equal("", pages[i]));
    }

    [Fact]
    public async Task An_empty_selection_prints_nothing_and_says_so()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);

        using var response = await client.PostFormAsync("/impression", "/impression", new() { ["state"] = nameof(AgreementState.Validated) });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Aucune convention ne correspond à cette sélection : rien n'a été imprimé.", page.Body!.TextContent);
        Assert.Equal(0, await app.WithDbAsync(db => db.AgreementPrints.IgnoreQueryFilters().CountAsync(p => p.SchoolId == world.School.Id)));
    }

    [Fact]
    public async Task Batch_printing_needs_the_antiforgery_token_and_a_role_that_manages_records()
    {
        var world = await SchoolWorld.CreateAsync(app);
        await AgreementFactory.CreateAsync(app, world, AgreementState.Validated);
        using var secretary = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        using var teacher = await app.SignInAsAsync(Roles.Enseignant, world.School.Id);

        using var noToken = await secretary.Http.PostAsync("/impression", new FormUrlEncodedContent([new("state", "Validated")]));
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        using var refused = await teacher.GetAsync("/impression");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/acces-refuse", refused.Headers.Location!.OriginalString);
        Assert.Equal(0, await app.WithDbAsync(db => db.AgreementPrints.IgnoreQueryFilters().CountAsync(p => p.SchoolId == world.School.Id)));
    }

    [Fact]
    public async Task A_chunk_of_fifty_conventions_is_read_by_one_query()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var ids = new List<int>();
        for (var n = 1; n <= 50; n++)
        {
            var student = await app.AddAsync(TestData.Student(world.School.Id, world.Class.Id, lastName: $"Requete{n:00}"));
            await app.AddAsync(TestData.Guardian(world.School.Id, student.Id));
            await app.AddAsync(TestData.Guardian(world.School.Id, student.Id));
            ids.Add((await AgreementFactory.CreateAsync(app, world.School.Id, student.Id, world.Host.Id, AgreementState.Signed)).Id);
        }
        var counter = new CommandCounter();
        await using var db = TestProvider.NewContext(app, new SchoolUser(world.School.Id), counter);

        var models = await AgreementPrintQuery.LoadAsync(db, ids, CancellationToken.None);

        Assert.Equal(1, counter.Commands);
        Assert.Equal(ids, models.Select(m => m.Id));
        Assert.All(models, m =>
        {
            Assert.Equal(2, m.Guardians.Count);
            Assert.Equal(6, m.Schedule.Count);
            Assert.Equal(4, m.Signatures.Count);
            Assert.Equal(world.School.Uai, m.School.Uai);
        });
    }

    private sealed class CommandCounter : DbCommandInterceptor
    {
        public int Commands { get; private set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Commands++;
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }

    private sealed class SchoolUser(int schoolId) : ICurrentUser
    {
        public int? SchoolId => schoolId;
        public int? StaffMemberId => null;
        public string? UserName => "test";
        public bool IsInRole(string role) => false;
    }
}
