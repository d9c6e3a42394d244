using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using StageSeconde.Web.Data;
using FrenchIdentifiers = StageSeconde.Web.Domain.FrenchIdentifiers;
using School = StageSeconde.Web.Domain.School;
using ImportKind = StageSeconde.Web.Domain.ImportKind;
using Roles = StageSeconde.Web.Domain.Roles;
using Student = StageSeconde.Tests.Imports.SiecleExport.Student;
using StageSeconde.Web.Features.Hosts;
using StageSeconde.Web.Features.Imports;
using StageSeconde.Web.Infrastructure.Security;
using static StageSeconde.Tests.Imports.SiecleExport;

namespace StageSeconde.Bench;

/// <summary>
/// A new lycée joins the national database and imports its whole SIECLE export (every division; those of 2nde, a third,
/// preselected; beyond 5 000 pupils an export of 2nde only, as scripts/ImportBenchmark's 42 000 pupils) through the real <see cref="ImportService"/>, as scripts/ImportBenchmark does on SQLite: upload check,
/// preview, confirmation, for the pupils then the guardians.
/// </summary>
internal static class ImportMeasure
{
    public static async Task<IReadOnlyList<string>> RunAsync(string connectionString, int pupils, int index)
    {
        var culture = CultureInfo.InvariantCulture;
        var rows = new List<string>();
        var dir = Directory.CreateTempSubdirectory("stageseconde-national-import-").FullName;
        try
        {
            var digits = (949_500 + index).ToString("0000000", culture);
            var uai = digits + FrenchIdentifiers.UaiKeyLetter(digits);
            var (studentsZip, guardiansZip, guardians, seconde) = Generate(dir, uai, pupils);
            var clock = TimeProvider.System;
            PostgresAppDbContext Context(ICurrentUser user) =>
                new(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(connectionString).AddInterceptors(new AuditInterceptor(clock)).Options, user);

            int schoolId;
            await using (var setup = Context(NoCurrentUser.Instance))
            {
                var school = new School { Uai = uai, Name = $"Lycée du banc d'essai national ({pupils} élèves)", AddressLine = "1 rue de l'École", PostalCode = "94000", City = "Créteil", HeadName = "Anne Proviseure" };
                setup.Schools.Add(school);
                await setup.SaveChangesAsync();
                schoolId = school.Id;
            }
            var user = new BenchUser(schoolId);
            var label = $"export de {pupils.ToString("#,0", CultureInfo.GetCultureInfo("fr-FR"))} élèves (dont {seconde} en 2nde), {guardians} responsables";
            rows.Add($"| **{label}** | | |");
            foreach (var (kind, zip, again) in new[] { (ImportKind.SiecleStudents, studentsZip, false), (ImportKind.SiecleGuardians, guardiansZip, false), (ImportKind.SiecleStudents, studentsZip, true) })
            {
                var what = (kind == ImportKind.SiecleStudents ? "élèves" : "responsables") + (again ? " (réimport)" : "");
                var sw = Stopwatch.StartNew();
                ImportService.Check(kind, zip);
                rows.Add($"| Contrôle au dépôt, {what} | {sw.Elapsed.TotalSeconds:0.0} s | {new FileInfo(zip).Length / 1024.0 / 1024:0.0} Mo zippés |");
                await using (var db = Context(user))
                {
                    var service = new ImportService(db, user, clock, new HostFormValidator(), new TutorFormValidator(), NullLogger<ImportService>.Instance);
                    sw.Restart();
                    var preview = await service.PreviewAsync(kind, zip, Path.GetFileName(zip), ImportChoices.Default, CancellationToken.None);
                    var plan = preview.Plan!;
                    rows.Add($"| Aperçu, {what} | {sw.Elapsed.TotalSeconds:0.0} s | {plan.Created} à créer, {plan.Updated} à mettre à jour, {plan.Unchanged} inchangés, {plan.Rejected} rejetés, {plan.Ignored} ignorés |");
                }
                await using (var db = Context(user))
                {
                    var service = new ImportService(db, user, clock, new HostFormValidator(), new TutorFormValidator(), NullLogger<ImportService>.Instance);
                    sw.Restart();
                    var log = await service.ConfirmAsync(kind, zip, Path.GetFileName(zip), ImportChoices.Default, CancellationToken.None);
                    rows.Add($"| Confirmation, {what} | {sw.Elapsed.TotalSeconds:0.0} s | {log.Created} créés, {log.Updated} mis à jour, {log.Unchanged} inchangés, {log.Rejected} rejetés, {log.Left} sortis |");
                }
                Console.WriteLine(string.Join(Environment.NewLine, rows.TakeLast(3)));
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
        return rows;
    }

    /// <summary>A lycée's whole export: a third of the pupils in 2nde (divisions 2NDExx), the others in 1re and terminale; beyond 5 000 pupils, all in 2nde.</summary>
    private static (string Students, string Guardians, int GuardianCount, int Seconde) Generate(string dir, string uai, int pupilCount)
    {
        var culture = CultureInfo.InvariantCulture;
        string[] lastNames = ["MARTIN", "BERNARD", "DUBOIS", "THOMAS", "ROBERT", "RICHARD", "PETIT", "DURAND", "LEROY", "MOREAU", "N'DIAYE", "CŒUR", "D'ALMEIDA", "LEFÈVRE", "GARCIA"];
        string[] firstNames = ["Léa", "Hugo", "Zoé", "Noé", "Chloé", "Aïssatou", "Maëlle", "Inès", "Lucas", "Jules", "Anaïs", "Mathis", "Yanis", "Jade"];
        const int perDivision = 35;
        // Up to 5 000 pupils: a lycée's whole export (2nde, 1re, terminale); beyond, an export of 2nde only (as scripts/ImportBenchmark).
        var perLevel = pupilCount > 5_000 ? pupilCount : (pupilCount + 2) / 3;
        string Division(int i)
        {
            var level = (i - 1) / perLevel;
            var n = ((i - 1) % perLevel) / perDivision + 1;
            return level switch { 0 => $"2NDE{n:00}", 1 => $"1G{n:00}", _ => $"TG{n:00}" };
        }
        string Mef(int i) => ((i - 1) / perLevel) switch { 0 => "20010018110", 1 => "20111010110", _ => "20211010110" };
        var pupils = Enumerable.Range(1, pupilCount).Select(i => new Student(
            (700000 + i).ToString(culture), i % 97 == 0 ? null : $"{i + 500000:0000000000}B",
            lastNames[i % lastNames.Length] + (i % 7 == 0 ? $" {lastNames[(i / 7) % lastNames.Length]}" : ""), firstNames[(i / 3) % firstNames.Length],
            new DateOnly(2010, 1, 1).AddDays(i % 700).ToString("dd/MM/yyyy", culture), Division(i), Mef: Mef(i),
            Group: i % 2 == 0 ? "G_ESP" : null, LeftOn: i % 211 == 0 ? "03/11/2026" : null,
            Phone: $"06 {i % 100:00} {i / 100 % 100:00} {i / 10000 % 100:00} 00", Email: $"eleve{i}@exemple.fr", AddressId: $"A{i}")).ToList();
        var addresses = Enumerable.Range(1, pupilCount).Select(i => new Address($"A{i}", $"{i % 200 + 1} rue de l'Église", null, "94000", "CRÉTEIL")).ToList();
        var guardianCount = pupilCount * 5 / 3;
        var persons = new List<Person>(guardianCount);
        var links = new List<Link>(guardianCount);
        for (var g = 0; g < guardianCount; g++)
        {
            var pupil = pupils[g % pupilCount];
            var second = g >= pupilCount;
            var id = $"P{g + 1}";
            persons.Add(new Person(id, pupil.LastName, second ? "Marc" : "Camille", second ? "M." : "MME",
                Mobile: $"+33 7 {g % 100:00} {g / 100 % 100:00} {g / 10000 % 100:00} 11", Email: $"parent{g}@exemple.fr", AddressId: pupil.AddressId));
            links.Add(new Link(pupil.Id, id, second ? "20" : "10", Level: g % 2 == 0 ? "1" : null, RespLegal: g % 2 == 0 ? null : "1"));
        }
        var studentsZip = Path.Combine(dir, "ElevesAvecAdresses.zip");
        var guardiansZip = Path.Combine(dir, "ResponsablesAvecAdresses.zip");
        File.WriteAllBytes(studentsZip, Zip(("ElevesAvecAdresses.xml", Students(uai, pupils, addresses))));
        File.WriteAllBytes(guardiansZip, Zip(("ResponsablesAvecAdresses.xml", Guardians(uai, persons, links, addresses))));
        return (studentsZip, guardiansZip, guardianCount, Math.Min(perLevel, pupilCount));
    }
}

internal sealed class BenchUser(int schoolId) : ICurrentUser
{
    public int? SchoolId => schoolId;
    public int? StaffMemberId => null;
    public string? UserName => "banc-d-essai";
    public bool IsInRole(string role) => role == Roles.Secretariat;
}
