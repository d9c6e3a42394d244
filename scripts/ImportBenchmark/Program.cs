using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Tests.Imports;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.Hosts;
using StageSeconde.Web.Features.Imports;
using StageSeconde.Web.Infrastructure.Security;
using static StageSeconde.Tests.Imports.SiecleExport;

// Import benchmark: `generate DIR [PUPILS GUARDIANS]` writes a synthetic SIECLE export (zips) into DIR;
// `run DIR` imports it through the real services (upload check, preview, confirmation) into a new SQLite database in DIR,
// in a fresh process so that the peak memory is the import's own, and prints a Markdown table.
var culture = CultureInfo.InvariantCulture;
if (args.Length < 2 || args[0] is not ("generate" or "run"))
{
    Console.Error.WriteLine("usage: ImportBenchmark generate DIR [PUPILS GUARDIANS] | run DIR");
    return 2;
}
var dir = args[1];
Directory.CreateDirectory(dir);
const string Uai = "0940122Y";
var studentsZip = Path.Combine(dir, "ElevesAvecAdresses.zip");
var guardiansZip = Path.Combine(dir, "ResponsablesAvecAdresses.zip");

if (args[0] == "generate")
{
    var pupils = args.Length > 2 ? int.Parse(args[2], culture) : 42_000;
    var guardians = args.Length > 3 ? int.Parse(args[3], culture) : 70_000;
    Generate(pupils, guardians);
    Console.WriteLine($"{pupils} élèves, {guardians} responsables : XML de {Size(Path.Combine(dir, "ElevesAvecAdresses.xml"))} et {Size(Path.Combine(dir, "ResponsablesAvecAdresses.xml"))}, " +
                      $"zip de {Size(studentsZip)} et {Size(guardiansZip)}.");
    return 0;
}

return await RunAsync();

void Generate(int pupilCount, int guardianCount)
{
    string[] lastNames = ["MARTIN", "BERNARD", "DUBOIS", "THOMAS", "ROBERT", "RICHARD", "PETIT", "DURAND", "LEROY", "MOREAU", "N'DIAYE", "CŒUR", "D'ALMEIDA", "LEFÈVRE", "GARCIA"];
    string[] firstNames = ["Léa", "Hugo", "Zoé", "Noé", "Chloé", "Aïssatou", "Maëlle", "Inès", "Lucas", "Jules", "Œdipe", "Anaïs", "Mathis", "Yanis", "Jade"];
    const int perDivision = 35;
    var pupils = Enumerable.Range(1, pupilCount).Select(i => new Pupil(
        (100000 + i).ToString(culture),
        i % 97 == 0 ? null : $"{i:0000000000}A",
        lastNames[i % lastNames.Length] + (i % 7 == 0 ? $" {lastNames[(i / 7) % lastNames.Length]}" : ""),
        firstNames[(i / 3) % firstNames.Length],
        new DateOnly(2010, 1, 1).AddDays(i % 700).ToString("dd/MM/yyyy", culture),
        $"2NDE{(i - 1) / perDivision + 1:0000}",
        Group: i % 2 == 0 ? "G_ESP" : null,
        LeftOn: i % 211 == 0 ? "03/11/2026" : null,
        Phone: $"06 {i % 100:00} {i / 100 % 100:00} {i / 10000 % 100:00} 00",
        Email: $"eleve{i}@exemple.fr",
        AddressId: $"A{i}")).ToList();
    var addresses = Enumerable.Range(1, pupilCount).Select(i => new Address($"A{i}", $"{i % 200 + 1} rue de l'Église", i % 5 == 0 ? "Bâtiment B" : null, "94000", "CRÉTEIL")).ToList();
    using (var file = File.Create(Path.Combine(dir, "ElevesAvecAdresses.xml"))) WriteStudents(file, Uai, pupils, addresses);

    // Two guardians for most pupils, one for the others, until the count is reached.
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
    using (var file = File.Create(Path.Combine(dir, "ResponsablesAvecAdresses.xml"))) WriteGuardians(file, Uai, persons, links, addresses);

    File.WriteAllBytes(studentsZip, Zip(("ElevesAvecAdresses.xml", File.ReadAllBytes(Path.Combine(dir, "ElevesAvecAdresses.xml")))));
    File.WriteAllBytes(guardiansZip, Zip(("ResponsablesAvecAdresses.xml", File.ReadAllBytes(Path.Combine(dir, "ResponsablesAvecAdresses.xml")))));
}

async Task<int> RunAsync()
{
    var dbPath = Path.Combine(dir, "bench.db");
    foreach (var f in Directory.EnumerateFiles(dir, "bench.db*")) File.Delete(f);
    var connection = new SqliteConnectionStringBuilder { DataSource = dbPath, Pooling = true }.ToString();
    var clock = TimeProvider.System;

    int schoolId;
    await using (var setup = Context(NoCurrentUser.Instance))
    {
        await setup.Database.MigrateAsync();
        var school = new School { Uai = Uai, Name = "Lycée du banc d'essai", AddressLine = "1 rue de l'École", PostalCode = "94000", City = "Créteil", HeadName = "Anne Proviseure" };
        setup.Schools.Add(school);
        await setup.SaveChangesAsync();
        schoolId = school.Id;
    }
    var user = new BenchUser(schoolId);

    var rows = new List<string>();
    var loadBefore = LoadAverage();
    var total = Stopwatch.StartNew();
    async Task<T> Measure<T>(string step, Func<Task<T>> action, Func<T, string> describe)
    {
        var sw = Stopwatch.StartNew();
        var result = await action();
        sw.Stop();
        rows.Add($"| {step} | {sw.Elapsed.TotalSeconds:0.0} s | {describe(result)} |");
        Console.Error.WriteLine(rows[^1]);
        return result;
    }

    foreach (var (kind, zip) in new[] { (ImportKind.SiecleStudents, studentsZip), (ImportKind.SiecleGuardians, guardiansZip), (ImportKind.SiecleStudents, studentsZip) })
    {
        var again = kind == ImportKind.SiecleStudents && rows.Count > 0 ? " (réimport)" : "";
        var label = (kind == ImportKind.SiecleStudents ? "élèves" : "responsables") + again;
        await Measure($"Contrôle au dépôt, {label}", () => { ImportService.Check(kind, zip); return Task.FromResult(0); }, _ => Size(zip) + " zip");
        await using (var db = Context(user))
        {
            var service = new ImportService(db, user, clock, new HostFormValidator(), new TutorFormValidator(), Microsoft.Extensions.Logging.Abstractions.NullLogger<ImportService>.Instance);
            await Measure($"Aperçu, {label}", () => service.PreviewAsync(kind, zip, Path.GetFileName(zip), ImportChoices.Default, CancellationToken.None),
                p => Describe(p.Plan!));
        }
        await using (var db = Context(user))
        {
            var service = new ImportService(db, user, clock, new HostFormValidator(), new TutorFormValidator(), Microsoft.Extensions.Logging.Abstractions.NullLogger<ImportService>.Instance);
            await Measure($"Confirmation, {label}", () => service.ConfirmAsync(kind, zip, Path.GetFileName(zip), ImportChoices.Default, CancellationToken.None),
                l => $"{l.Created} créés, {l.Updated} mis à jour, {l.Unchanged} inchangés, {l.Rejected} rejetés, {l.Left} sortis");
        }
    }
    total.Stop();

    await using (var check = Context(user))
    {
        var students = await check.Students.CountAsync();
        var guardians = await check.Guardians.CountAsync();
        rows.Add($"| Base après import | | {students} élèves, {guardians} responsables, {new FileInfo(dbPath).Length / 1024 / 1024} Mo |");
    }
    using var process = Process.GetCurrentProcess();
    process.Refresh();
    Console.WriteLine($"Mesuré le {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC ; machine : {Environment.ProcessorCount} cœurs, .NET {Environment.Version}, SQLite ; " +
                      $"charge moyenne (1 / 5 / 15 min) au début : {loadBefore}, à la fin : {LoadAverage()}.");
    Console.WriteLine();
    Console.WriteLine("| Étape | Durée | Résultat |");
    Console.WriteLine("|---|---|---|");
    foreach (var row in rows) Console.WriteLine(row);
    Console.WriteLine();
    Console.WriteLine($"Total : {total.Elapsed.TotalSeconds:0.0} s ; mémoire de travail maximale du processus : {process.PeakWorkingSet64 / 1024 / 1024} Mo ; " +
                      $"tas géré au dernier GC : {GC.GetGCMemoryInfo(GCKind.Any).HeapSizeBytes / 1024 / 1024} Mo ; " +
                      $"allocations cumulées : {GC.GetTotalAllocatedBytes() / 1024 / 1024 / 1024.0:0.0} Go.");
    return 0;

    SqliteAppDbContext Context(ICurrentUser current) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(connection).AddInterceptors(new AuditInterceptor(clock)).Options, current);
}

static string Describe(ImportPlan plan) =>
    $"{plan.Created} à créer, {plan.Updated} à mettre à jour, {plan.Unchanged} inchangés, {plan.Rejected} rejetés, {plan.Left} sortis, {plan.Ignored} ignorés";

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(" / ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "inconnue";

static string Size(string path) => $"{new FileInfo(path).Length / 1024.0 / 1024:0.0} Mo";

internal sealed class BenchUser(int schoolId) : ICurrentUser
{
    public int? SchoolId => schoolId;
    public int? StaffMemberId => null;
    public string? UserName => "banc-d-essai";
    public bool IsInRole(string role) => role == Roles.Secretariat;
}
