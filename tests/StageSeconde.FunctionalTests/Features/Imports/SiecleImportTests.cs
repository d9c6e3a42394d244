using System.Net;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Tests.Imports;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;
using Student = StageSeconde.Web.Domain.Student;
using static StageSeconde.Tests.Imports.SiecleExport;

namespace StageSeconde.FunctionalTests.Features.Imports;

public sealed class SiecleImportTests(TestApp app) : IClassFixture<TestApp>
{
    private const string AllSecondes = "?choix=true&divisions=2NDE1&divisions=2NDE2&divisions=2STHR&sthr=2STHR";

    private async Task<(School School, AppClient Client)> SchoolAsync(string role = Roles.Secretariat)
    {
        var school = await app.AddAsync(TestData.School());
        return (school, await app.SignInAsAsync(role, school.Id));
    }

    private Task<List<Student>> StudentsAsync(int schoolId) =>
        app.WithDbAsync(db => db.Students.IgnoreQueryFilters().Include(s => s.SchoolClass).Include(s => s.Guardians).Where(s => s.SchoolId == schoolId).ToListAsync());

    private string UploadFolder => Path.Combine(Path.GetDirectoryName(app.DatabasePath)!, "files", "imports");

    private int UploadedFiles() => Directory.Exists(UploadFolder) ? Directory.EnumerateFiles(UploadFolder).Count() : 0;

    [Fact]
    public async Task A_zipped_students_export_previews_then_imports_with_the_expected_counts_and_values()
    {
        var (school, client) = await SchoolAsync();
        var zip = Zip(("ElevesAvecAdresses.xml", SiecleSamples.Students(school.Uai)));
        var previewUrl = await client.UploadAcceptedAsync(ImportKind.SiecleStudents, "ElevesAvecAdresses.zip", zip);

        var preview = await client.GetDocumentAsync(previewUrl);

        var divisions = preview.QuerySelectorAll("form#divisions input[name=divisions]").ToDictionary(i => i.GetAttribute("value")!, i => i.HasAttribute("checked"));
        Assert.Equal(new Dictionary<string, bool> { ["1G1"] = false, ["2NDE1"] = true, ["2NDE2"] = true, ["2STHR"] = true }, divisions);
        Assert.Equal(new Dictionary<string, int> { ["Create"] = 5, ["Update"] = 0, ["Leave"] = 0, ["Reject"] = 1, ["Unchanged"] = 0, ["Ignore"] = 2 }, ImportClient.Counts(preview));
        var rejected = preview.QuerySelector("table[data-outcome=Reject] tbody tr")!.TextContent;
        Assert.Contains("DATE_NAISS", rejected);
        Assert.Contains("« 31/02/2011 » illisible", rejected);
        Assert.Empty(await StudentsAsync(school.Id)); // nothing written by the preview

        var chosen = await client.GetDocumentAsync(previewUrl + AllSecondes);
        using var confirmed = await client.ConfirmAsync(chosen);

        Assert.Equal("/imports", confirmed.Headers.Location!.OriginalString);
        var students = (await StudentsAsync(school.Id)).ToDictionary(s => s.SiecleId!);
        Assert.Equal(["1001", "1002", "1003", "1006", "1007"], students.Keys.Order());
        var lea = students["1001"];
        Assert.Equal(("DUPONT", "Léa", new DateOnly(2011, 3, 14), "1234567890A", "2NDE1", "0612345678", "lea.dupont@exemple.fr"),
            (lea.LastName, lea.FirstName, lea.BirthDate, lea.Ine, lea.SchoolClass!.Code, lea.Phone, lea.Email));
        Assert.Equal(("12 rue de l'Église, Bâtiment B", "94000", "CRÉTEIL"), (lea.AddressLine, lea.PostalCode, lea.City));
        Assert.Equal(("CŒUR", (string?)null, "coeur zoe"), (students["1002"].LastName, students["1002"].Ine, students["1002"].SearchKey));
        Assert.Equal(("N'DIAYE", "Aïssatou", "0711223344", "BRUXELLES (BELGIQUE)"), (students["1003"].LastName, students["1003"].FirstName, students["1003"].Phone, students["1003"].City));
        Assert.True(students["1006"].IsSthr);
        Assert.False(lea.IsSthr);
        Assert.Equal("D'ALMEIDA", students["1006"].LastName);
        Assert.Equal("LEFÈVRE-ROUX", students["1007"].LastName);
        Assert.All(students.Values, s => Assert.Null(s.LeftOn));

        var classes = await app.WithDbAsync(db => db.Classes.IgnoreQueryFilters().Where(c => c.SchoolId == school.Id).OrderBy(c => c.Code).Select(c => new { c.Code, c.Label }).ToListAsync());
        Assert.Equal(["2NDE1", "2NDE2", "2STHR"], classes.Select(c => c.Code));
        Assert.Equal("Seconde STHR", classes[2].Label);

        var log = await app.WithDbAsync(db => db.ImportLogs.IgnoreQueryFilters().SingleAsync(l => l.SchoolId == school.Id));
        Assert.Equal((ImportKind.SiecleStudents, "ElevesAvecAdresses.zip", 5, 0, 0, 1, 0), (log.Kind, log.FileName, log.Created, log.Updated, log.Unchanged, log.Rejected, log.Left));
        Assert.StartsWith("secretariat.", log.UserName);
        var history = await client.GetDocumentAsync("/imports");
        Assert.Contains("Import de « ElevesAvecAdresses.zip » enregistré : 5 créé(s), 0 mis à jour, 0 inchangé(s), 1 rejeté(s).", history.Body!.TextContent);
        Assert.Contains("Export SIECLE – élèves", history.QuerySelector("table tbody tr")!.TextContent);
        Assert.False(Directory.EnumerateFiles(UploadFolder).Any(f => f.Contains(previewUrl.Split('/')[2], StringComparison.Ordinal)), "le fichier déposé est supprimé après l'import");
    }

    [Fact]
    public async Task Reimporting_changes_nothing_and_a_newer_export_updates_exactly_the_changed_fields_and_marks_who_left()
    {
        var (school, client) = await SchoolAsync();
        await client.ImportAsync(ImportKind.SiecleStudents, "ElevesAvecAdresses.xml", SiecleSamples.Students(school.Uai), AllSecondes);
        var before = (await StudentsAsync(school.Id)).ToDictionary(s => s.SiecleId!);

        var again = await client.ImportAsync(ImportKind.SiecleStudents, "ElevesAvecAdresses.xml", SiecleSamples.Students(school.Uai), AllSecondes);

        Assert.Equal((0, 0, 5, 0), (ImportClient.Counts(again)["Create"], ImportClient.Counts(again)["Update"], ImportClient.Counts(again)["Unchanged"], ImportClient.Counts(again)["Leave"]));
        Assert.All(await StudentsAsync(school.Id), s => Assert.Equal((1, before[s.SiecleId!].UpdatedAt), (s.Version, s.UpdatedAt)));

        var newer = SiecleSamples.Students()
            .Where(p => p.Id != "1007") // gone from the lycée: absent from the newer export
            .Select(p => p.Id switch
            {
                "1001" => p with { Phone = "07 99 88 77 66" },
                "1003" => p with { Division = "2NDE1" },
                "1002" => p with { LeftOn = "05/01/2027" },
                _ => p,
            })
            .ToList();
        var preview = await client.ImportAsync(ImportKind.SiecleStudents, "ElevesAvecAdresses.xml", SiecleSamples.Students(school.Uai, newer, exportDate: "10/01/2027"), AllSecondes);

        Assert.Equal((0, 2, 1, 2), (ImportClient.Counts(preview)["Create"], ImportClient.Counts(preview)["Update"], ImportClient.Counts(preview)["Unchanged"], ImportClient.Counts(preview)["Leave"]));
        var updates = preview.QuerySelectorAll("table[data-outcome=Update] tbody tr").Select(r => string.Join(" ", r.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToList();
        Assert.Contains(updates, u => u.Contains("DUPONT Léa") && u.Contains("Téléphone : 0612345678 → 0799887766") && !u.Contains("Classe"));
        Assert.Contains(updates, u => u.Contains("N'DIAYE Aïssatou") && u.Contains("Classe : 2NDE2 → 2NDE1") && !u.Contains("Téléphone"));

        var after = (await StudentsAsync(school.Id)).ToDictionary(s => s.SiecleId!);
        Assert.Equal(5, after.Count); // nobody deleted
        Assert.Equal(("0799887766", 2), (after["1001"].Phone, after["1001"].Version));
        Assert.Equal("lea.dupont@exemple.fr", after["1001"].Email);
        Assert.Equal(("2NDE1", 2), (after["1003"].SchoolClass!.Code, after["1003"].Version));
        Assert.Equal(new DateOnly(2027, 1, 5), after["1002"].LeftOn);
        Assert.Equal(new DateOnly(2027, 1, 10), after["1007"].LeftOn);
        Assert.Equal(1, after["1006"].Version);
        var logs = await app.WithDbAsync(db => db.ImportLogs.IgnoreQueryFilters().Where(l => l.SchoolId == school.Id).OrderBy(l => l.Id).Select(l => new { l.Created, l.Updated, l.Unchanged, l.Left }).ToListAsync());
        Assert.Equal([new { Created = 5, Updated = 0, Unchanged = 0, Left = 0 }, new { Created = 0, Updated = 0, Unchanged = 5, Left = 0 }, new { Created = 0, Updated = 2, Unchanged = 1, Left = 2 }], logs);
    }

    [Fact]
    public async Task Guardians_of_both_siecle_models_import_to_the_same_rows()
    {
        var (school, client) = await SchoolAsync();
        await client.ImportAsync(ImportKind.SiecleStudents, "ElevesSansAdresses.xml", SiecleSamples.Students(school.Uai), AllSecondes);

        var current = await client.ImportAsync(ImportKind.SiecleGuardians, "ResponsablesAvecAdresses.xml", SiecleSamples.Guardians(school.Uai));

        Assert.Equal((4, 1), (ImportClient.Counts(current)["Create"], ImportClient.Counts(current)["Ignore"]));
        var guardians = (await StudentsAsync(school.Id)).SelectMany(s => s.Guardians.Select(g => (Student: s.SiecleId, Guardian: g))).ToDictionary(x => x.Guardian.SiecleId!);
        Assert.Equal(["P1", "P2", "P3", "P4"], guardians.Keys.Order());
        var mother = guardians["P1"];
        Assert.Equal(("1001", "DUPONT", "Camille", GuardianRelationship.Mother, true, "0698765432", "camille.dupont@exemple.fr", "12 rue de l'Église, Bâtiment B"),
            (mother.Student, mother.Guardian.LastName, mother.Guardian.FirstName, mother.Guardian.Relationship, mother.Guardian.IsLegalGuardian, mother.Guardian.MobilePhone, mother.Guardian.Email, mother.Guardian.AddressLine));
        Assert.Equal((GuardianRelationship.Father, true, "0143000000"), (guardians["P2"].Guardian.Relationship, guardians["P2"].Guardian.IsLegalGuardian, guardians["P2"].Guardian.HomePhone));
        Assert.Equal(("1002", "CŒUR", GuardianRelationship.Other, false), (guardians["P4"].Student, guardians["P4"].Guardian.LastName, guardians["P4"].Guardian.Relationship, guardians["P4"].Guardian.IsLegalGuardian));

        var legacy = await client.ImportAsync(ImportKind.SiecleGuardians, "ResponsablesAvecAdresses.zip", Zip(("ResponsablesAvecAdresses.xml", SiecleSamples.Guardians(school.Uai, legacy: true))));

        Assert.Equal((0, 0, 4), (ImportClient.Counts(legacy)["Create"], ImportClient.Counts(legacy)["Update"], ImportClient.Counts(legacy)["Unchanged"]));
    }

    public static TheoryData<string, string, string> Malformed => new()
    {
        { "wrong-root", "ElevesSansAdresses.xml", "Ce fichier est l'export des responsables" },
        { "truncated", "ElevesSansAdresses.xml", "Le fichier XML est mal formé ou incomplet" },
        { "binary", "ElevesSansAdresses.xml", "Ce fichier n'est ni un export XML de SIECLE ni une archive zip" },
        { "two-files", "export.zip", "L'archive zip contient 2 fichiers : elle doit en contenir un seul" },
        { "zip-bomb", "export.zip", "dépasse 100 Mo une fois décompressé" },
        { "over-20-mb", "ElevesSansAdresses.xml", "Le fichier dépasse la taille maximale de 20 Mo" },
        { "wrong-extension", "ElevesSansAdresses.pdf", "Un export SIECLE est un fichier .xml, ou l'archive .zip qui le contient." },
    };

    private static byte[] MalformedFile(string kind, string uai)
    {
        var xml = SiecleSamples.Students(uai);
        switch (kind)
        {
            case "wrong-root": return SiecleSamples.Guardians(uai);
            case "truncated": return xml[..(xml.Length * 2 / 3)];
            case "binary": return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0, 1, 2, 3, 4, 5];
            case "two-files": return Zip(("ElevesSansAdresses.xml", xml), ("ResponsablesAvecAdresses.xml", SiecleSamples.Guardians(uai)));
            case "zip-bomb":
                var huge = new byte[101 * 1024 * 1024];
                Array.Fill(huge, (byte)' ');
                "<?xml version=\"1.0\"?><BEE_ELEVES>"u8.CopyTo(huge);
                return Zip(("ElevesSansAdresses.xml", huge));
            case "over-20-mb":
                var big = new byte[20 * 1024 * 1024 + 1];
                Array.Fill(big, (byte)' ');
                xml.CopyTo(big, 0);
                return big;
            default: return xml;
        }
    }

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task A_file_that_is_not_what_it_claims_is_refused_with_its_message_and_writes_nothing(string kind, string fileName, string message)
    {
        var (school, client) = await SchoolAsync();
        var counts = await CountsAsync();
        var files = UploadedFiles();

        using var response = await client.UploadAsync(ImportKind.SiecleStudents, fileName, MalformedFile(kind, school.Uai));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, string.Join(" ", await AppClient.FieldErrorsAsync(response)));
        Assert.Equal(counts, await CountsAsync());
        Assert.Equal(files, UploadedFiles()); // the refused file is not kept
    }

    [Fact]
    public async Task A_request_over_the_size_limit_gets_the_french_message_not_an_error_page()
    {
        var (_, client) = await SchoolAsync();
        var counts = await CountsAsync();
        var huge = new byte[22 * 1024 * 1024];

        using var response = await client.UploadAsync(ImportKind.SiecleStudents, "ElevesSansAdresses.xml", huge);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/imports/nouveau", response.Headers.Location!.OriginalString);
        var page = await client.GetDocumentAsync("/imports/nouveau");
        Assert.Contains("Le fichier dépasse la taille maximale de 20 Mo", page.QuerySelector(".fr-alert--error")!.TextContent);
        Assert.Equal(counts, await CountsAsync());
    }

    [Fact]
    public async Task Another_schools_export_is_refused_unless_an_administrator_confirms()
    {
        var (school, secretariat) = await SchoolAsync();
        var otherUai = TestData.Uai(9999);
        var file = SiecleSamples.Students(otherUai);

        var refused = await secretariat.GetDocumentAsync(await secretariat.UploadAcceptedAsync(ImportKind.SiecleStudents, "ElevesSansAdresses.xml", file));
        Assert.Contains($"l'établissement {otherUai}, et non du vôtre ({school.Uai}) : il est refusé", refused.QuerySelector("#refus")!.TextContent);
        Assert.Null(refused.QuerySelector("form#confirmer"));
        Assert.Null(refused.QuerySelector("#autreEtablissement"));
        var token = await secretariat.TokenFromAsync("/imports/nouveau");
        var previewPath = refused.QuerySelector("form[action$='/abandonner']")!.GetAttribute("action")!.Replace("/abandonner", "", StringComparison.Ordinal);
        using var forced = await secretariat.PostWithTokenAsync(previewPath + "/confirmer", token, new Dictionary<string, string?> { ["autreEtablissement"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, forced.StatusCode);
        Assert.Equal(previewPath + "/apercu?autreEtablissement=true", forced.Headers.Location!.OriginalString);
        using var withChoices = await secretariat.PostWithTokenAsync(previewPath + "/confirmer", token,
            [new("choix", "true"), new("divisions", "2NDE2"), new("divisions", "2NDE1"), new("sthr", "2STHR")]);
        Assert.Equal(previewPath + "/apercu?choix=true&divisions=2NDE1&divisions=2NDE2&sthr=2STHR", withChoices.Headers.Location!.OriginalString);
        Assert.Empty(await StudentsAsync(school.Id));

        using var admin = await app.SignInAsAsync(Roles.Administrateur, school.Id);
        var previewUrl = await admin.UploadAcceptedAsync(ImportKind.SiecleStudents, "ElevesSansAdresses.xml", file);
        var asked = await admin.GetDocumentAsync(previewUrl);
        Assert.NotNull(asked.QuerySelector("input#autreEtablissement"));
        Assert.Null(asked.QuerySelector("form#confirmer"));

        var confirmedPreview = await admin.GetDocumentAsync(previewUrl + "?autreEtablissement=true");
        using var confirmed = await admin.ConfirmAsync(confirmedPreview);
        Assert.Equal("/imports", confirmed.Headers.Location!.OriginalString);
        var imported = await StudentsAsync(school.Id);
        Assert.Equal(5, imported.Count); // default divisions: 2NDE1, 2NDE2, 2STHR
        Assert.Equal(["1006"], imported.Where(s => s.IsSthr).Select(s => s.SiecleId)); // 2STHR preselected as STHR
    }

    [Fact]
    public async Task Imports_are_for_records_managers_and_uploads_for_their_uploader_only()
    {
        var (school, secretariat) = await SchoolAsync();
        var previewUrl = await secretariat.UploadAcceptedAsync(ImportKind.SiecleStudents, "ElevesSansAdresses.xml", SiecleSamples.Students(school.Uai));
        using var teacher = await app.SignInAsAsync(Roles.Enseignant, school.Id);
        using var direction = await app.SignInAsAsync(Roles.Direction, school.Id);

        using var denied = await teacher.GetAsync("/imports");
        using var othersUpload = await direction.GetAsync(previewUrl);

        Assert.Contains("/acces-refuse", denied.Headers.Location!.ToString());
        Assert.Equal("/imports/nouveau", othersUpload.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await direction.GetAsync("/imports")).StatusCode);
    }

    private Task<(int Students, int Guardians, int Classes, int Logs)> CountsAsync() => app.WithDbAsync(async db => (
        await db.Students.IgnoreQueryFilters().CountAsync(), await db.Guardians.IgnoreQueryFilters().CountAsync(),
        await db.Classes.IgnoreQueryFilters().CountAsync(), await db.ImportLogs.IgnoreQueryFilters().CountAsync()));
}
