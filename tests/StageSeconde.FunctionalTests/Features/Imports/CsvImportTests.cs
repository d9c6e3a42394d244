using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Features.Imports;

public sealed class CsvImportTests(TestApp app) : IClassFixture<TestApp>
{
    static CsvImportTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string Students =
        "Nom;Prénom;Date de naissance;Classe;INE;STHR;Courriel;Téléphone;Adresse;Code postal;Commune;Responsable 1 lien;Responsable 1 nom;Responsable 1 prénom;Responsable 1 courriel;Responsable 1 téléphone portable\r\n" +
        "CŒUR;Zoé;02/02/2011;2NDE1;;non;zoe@exemple.fr;06 12 34 56 78;\"12 rue de l'Église; bât. B\";94000;Créteil;mère;CŒUR;Bérénice;berenice@exemple.fr;+33 6 98 76 54 32\r\n" +
        "N'DIAYE;Aïssatou;30/12/2010;2NDE2;123456789AB;oui;;;;;;;;;;\r\n" +
        "DUPONT;Léa;31/02/2011;2NDE1;;;;;;;;;;;;\r\n";

    private async Task<(School School, AppClient Client)> SchoolAsync()
    {
        var school = await app.AddAsync(TestData.School());
        return (school, await app.SignInAsAsync(Roles.Secretariat, school.Id));
    }

    private async Task<List<string>> ImportedStudentsAsync(int schoolId) =>
        (await app.WithDbAsync(db => db.Students.IgnoreQueryFilters().Include(s => s.SchoolClass).Include(s => s.Guardians)
            .Where(s => s.SchoolId == schoolId).OrderBy(s => s.LastName).ToListAsync()))
        .Select(s => $"{s.LastName}|{s.FirstName}|{s.BirthDate:yyyy-MM-dd}|{s.SchoolClass!.Code}|{s.Ine}|{s.IsSthr}|{s.Email}|{s.Phone}|{s.AddressLine}|{s.City}|" +
                     string.Join(",", s.Guardians.Select(g => $"{g.Relationship}:{g.LastName}:{g.FirstName}:{g.Email}:{g.MobilePhone}:{g.IsLegalGuardian}")))
        .ToList();

    [Fact]
    public async Task Utf8_with_bom_and_windows_1252_with_semicolons_import_the_same_students()
    {
        var (utf8School, utf8Client) = await SchoolAsync();
        var (ansiSchool, ansiClient) = await SchoolAsync();

        var utf8 = await utf8Client.ImportAsync(ImportKind.CsvStudents, "eleves.csv", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Students)]);
        var ansi = await ansiClient.ImportAsync(ImportKind.CsvStudents, "eleves.csv", Encoding.GetEncoding(1252).GetBytes(Students));

        Assert.Contains("Fichier lu en UTF-8, séparateur « ; », 3 ligne(s) de données.", utf8.Body!.TextContent);
        Assert.Contains("Fichier lu en Windows-1252, séparateur « ; »", ansi.Body!.TextContent);
        Assert.Equal((2, 1), (ImportClient.Counts(ansi)["Create"], ImportClient.Counts(ansi)["Reject"]));
        Assert.Contains("ligne 4", ansi.QuerySelector("table[data-outcome=Reject]")!.TextContent);
        var fromUtf8 = await ImportedStudentsAsync(utf8School.Id);
        Assert.Equal(fromUtf8, await ImportedStudentsAsync(ansiSchool.Id));
        Assert.Equal(
        [
            "CŒUR|Zoé|2011-02-02|2NDE1||False|zoe@exemple.fr|0612345678|12 rue de l'Église; bât. B|Créteil|Mother:CŒUR:Bérénice:berenice@exemple.fr:0698765432:True",
            "N'DIAYE|Aïssatou|2010-12-30|2NDE2|123456789AB|True|||||",
        ], fromUtf8);
    }

    [Fact]
    public async Task Reimporting_a_csv_changes_nothing_and_a_changed_cell_updates_that_field_only()
    {
        var (school, client) = await SchoolAsync();
        await client.ImportAsync(ImportKind.CsvStudents, "eleves.csv", Encoding.UTF8.GetBytes(Students));

        var again = await client.ImportAsync(ImportKind.CsvStudents, "eleves.csv", Encoding.UTF8.GetBytes(Students));
        var changed = await client.ImportAsync(ImportKind.CsvStudents, "eleves.csv", Encoding.UTF8.GetBytes(Students.Replace("berenice@exemple.fr", "b.coeur@exemple.fr", StringComparison.Ordinal)));

        Assert.Equal((0, 0, 2), (ImportClient.Counts(again)["Create"], ImportClient.Counts(again)["Update"], ImportClient.Counts(again)["Unchanged"]));
        Assert.Equal((1, 1), (ImportClient.Counts(changed)["Update"], ImportClient.Counts(changed)["Unchanged"]));
        Assert.Contains("Responsable Bérénice CŒUR : courriel", changed.QuerySelector("table[data-outcome=Update]")!.TextContent);
        var guardian = await app.WithDbAsync(db => db.Guardians.IgnoreQueryFilters().SingleAsync(g => g.SchoolId == school.Id));
        Assert.Equal(("b.coeur@exemple.fr", 2), (guardian.Email, guardian.Version));
    }

    [Fact]
    public async Task Hosts_and_tutors_import_by_siret_and_a_bad_row_is_rejected()
    {
        var (school, client) = await SchoolAsync();
        var siret = TestData.Siret(880001);
        var csv =
            "SIRET,Nom,Type,Adresse,Code postal,Commune,Représentant,Fonction du représentant,Téléphone,Tuteur nom,Tuteur prénom,Tuteur fonction,Tuteur téléphone\n" +
            $"{siret},Mairie d'Ivry,Collectivité territoriale,Esplanade Georges-Marrane,94200,Ivry-sur-Seine,Philippe Bouyssou,Maire,01 49 60 25 00,MARTIN,Hugo,Agent d'accueil,06 11 22 33 44\n" +
            $"{siret},,,,,,,,,PETIT,Jean,Jardinier,06 11 22 33 55\n" +
            "12345678901234,Faux SIRET,,,,,,,,,,,\n";

        var preview = await client.ImportAsync(ImportKind.CsvHosts, "structures.csv", Encoding.UTF8.GetBytes(csv));

        Assert.Equal((1, 1), (ImportClient.Counts(preview)["Create"], ImportClient.Counts(preview)["Reject"]));
        var host = await app.WithDbAsync(db => db.HostOrganisations.IgnoreQueryFilters().Include(h => h.Tutors).SingleAsync(h => h.SchoolId == school.Id));
        Assert.Equal(("Mairie d'Ivry", HostKind.LocalAuthority, "0149602500"), (host.Name, host.Kind, host.Phone));
        Assert.Equal(["MARTIN", "PETIT"], host.Tutors.Select(t => t.LastName).Order());

        var again = await client.ImportAsync(ImportKind.CsvHosts, "structures.csv", Encoding.UTF8.GetBytes(csv));
        Assert.Equal((0, 0, 1), (ImportClient.Counts(again)["Create"], ImportClient.Counts(again)["Update"], ImportClient.Counts(again)["Unchanged"]));
        var log = await app.WithDbAsync(db => db.ImportLogs.IgnoreQueryFilters().Where(l => l.SchoolId == school.Id).OrderBy(l => l.Id).LastAsync());
        Assert.Equal((ImportKind.CsvHosts, 0, 1, 1), (log.Kind, log.Created, log.Unchanged, log.Rejected));
    }

    [Fact]
    public async Task A_spreadsheet_or_the_other_model_is_refused_with_a_french_message()
    {
        var (_, client) = await SchoolAsync();

        using var xlsx = await client.UploadAsync(ImportKind.CsvStudents, "eleves.csv", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
        using var wrongModel = await client.UploadAsync(ImportKind.CsvStudents, "structures.csv", Encoding.UTF8.GetBytes("SIRET;Nom\n35600000000048;La Poste\n"));

        Assert.Contains("Ce fichier n'est pas un fichier texte CSV", string.Join(" ", await AppClient.FieldErrorsAsync(xlsx)));
        Assert.Contains("ressemble au modèle des structures d'accueil", string.Join(" ", await AppClient.FieldErrorsAsync(wrongModel)));
    }

    [Fact]
    public async Task The_templates_download_as_utf8_csv_for_excel()
    {
        var (_, client) = await SchoolAsync();

        using var students = await client.GetAsync("/imports/modeles/eleves.csv");
        using var hosts = await client.GetAsync("/imports/modeles/structures.csv");

        Assert.Equal(HttpStatusCode.OK, students.StatusCode);
        Assert.Equal("text/csv", students.Content.Headers.ContentType!.MediaType);
        var bytes = await students.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.StartsWith("Nom;Prénom;Date de naissance;Classe;INE", Encoding.UTF8.GetString(bytes[3..]));
        Assert.StartsWith("SIRET;Nom;Type", (await hosts.Content.ReadAsStringAsync()).TrimStart('\uFEFF'));
        var page = await client.GetDocumentAsync("/imports/nouveau");
        Assert.Contains("Responsable 2 téléphone fixe", page.QuerySelector("#colonnes-eleves")!.TextContent);
    }
}
