// Benchmark of the in-school programme's batch PDF: every document (timetables of the groups, pupils, supervisors and
// rooms, and every attendance sheet) of a programme of 200 pupils in 8 groups over 20 half-days, drawn with the
// application's own ProgrammeDocuments and DocumentComposer (no database, no server). Reports times, pages, file size and
// the process's peak working set, and writes them into docs/performance.md (section « Programme au lycée : documents »).
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.Programme.Printing;
using StageSeconde.Web.Infrastructure.Pdf;

var pupils = Arg("--pupils", 200);
var groups = Arg("--groups", 8);
var output = ArgText("--out");
var loadBefore = LoadAverage();

var sheets = World(pupils, groups);
var today = new DateOnly(2027, 6, 1);
string[] kinds = [.. ProgrammeBatch.Kinds.Select(k => k.Value)];

var cold = Stopwatch.StartNew();
var coldResult = Compose(sheets, kinds, today);
cold.Stop();
var runs = new List<(TimeSpan Time, int Pages, long Bytes, int Documents)>();
for (var i = 0; i < 3; i++)
{
    var watch = Stopwatch.StartNew();
    var result = Compose(sheets, kinds, today);
    watch.Stop();
    runs.Add((watch.Elapsed, result.Pages, result.Bytes, result.Documents));
}
var median = runs.OrderBy(r => r.Time).ElementAt(1);
var perKind = kinds.Select(k =>
{
    var watch = Stopwatch.StartNew();
    var result = Compose(sheets, [k], today);
    watch.Stop();
    return (Kind: ProgrammeBatch.Kinds.First(x => x.Value == k).Label, result.Documents, result.Pages, watch.Elapsed);
}).ToList();
var peak = Process.GetCurrentProcess().PeakWorkingSet64;

var sb = new StringBuilder();
sb.AppendLine("## Programme au lycée : documents");
sb.AppendLine();
sb.AppendLine(string.Create(CultureInfo.InvariantCulture, $"Mesuré le {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC par `scripts/bench-programme-pdf.sh` : programme `scripts/ProgrammePdfBenchmark` compilé en Release, qui compose en mémoire (sans base de données) le lot « tout imprimer » de la page `/programme/documents` avec le code même de l'application (`ProgrammeDocuments`, `ProgrammeBatch`, `DocumentComposer`), puis l'enregistre (`SaveAsync`, fichier temporaire). Programme de {pupils} élèves en {groups} groupes (les deux semaines), 20 demi-journées, 16 encadrants, 8 salles et des sorties ; noms et activités réalistes. Le lot est composé trois fois : le tableau donne la médiane."));
sb.AppendLine();
sb.AppendLine($"Machine : {Environment.ProcessorCount} cœurs, {CpuModel()}, {RuntimeInformation.OSDescription}; .NET {Environment.Version}. Charge moyenne (1 / 5 / 15 min) au début : {loadBefore}, à la fin : {LoadAverage()}.");
sb.AppendLine();
sb.AppendLine("| Cas | Documents | Pages | Durée | Fichier |");
sb.AppendLine("|---|---:|---:|---:|---:|");
sb.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| Tout le programme, première composition (à froid) | {coldResult.Documents} | {coldResult.Pages} | {cold.Elapsed.TotalSeconds:0.00} s | {coldResult.Bytes / 1024.0 / 1024.0:0.0} Mo |"));
sb.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| Tout le programme, à chaud (médiane de 3) | {median.Documents} | {median.Pages} | {median.Time.TotalSeconds:0.00} s | {median.Bytes / 1024.0 / 1024.0:0.0} Mo |"));
foreach (var k in perKind)
    sb.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {k.Kind} seuls | {k.Documents} | {k.Pages} | {k.Elapsed.TotalSeconds:0.00} s | |"));
sb.AppendLine();
sb.AppendLine(string.Create(CultureInfo.InvariantCulture, $"Pic de mémoire du processus (`Process.PeakWorkingSet64`, runtime compris) : {peak / 1024 / 1024} Mo. La lecture en base (`ProgrammeSheets.LoadAsync` : 5 requêtes, quelques centaines de lignes) n'est pas comptée ici."));
var section = sb.ToString();
Console.WriteLine(section);
if (output is not null) WriteSection(output, section);

static (int Documents, int Pages, long Bytes) Compose(ProgrammeSheets sheets, IReadOnlyList<string> kinds, DateOnly today)
{
    using var composer = new DocumentComposer();
    var documents = ProgrammeBatch.Compose(composer, sheets, kinds, today);
    var path = Path.GetTempFileName();
    try
    {
        using (var file = File.Create(path)) composer.SaveAsync(file).GetAwaiter().GetResult();
        return (documents, composer.PageCount, new FileInfo(path).Length);
    }
    finally { File.Delete(path); }
}

static ProgrammeSheets World(int pupilCount, int groupCount)
{
    var year = SchoolYear.Create(1, 2026);
    string[] last = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefèbvre", "Michel", "Garcia", "Éluard", "N'Diaye", "Zola"];
    string[] first = ["Léa", "Emma", "Lucas", "Hugo", "Chloé", "Inès", "Jules", "Adam", "Zoé", "Noé", "Maël", "Anaïs"];
    string[] activities = ["Enquête métier : interview d'un professionnel du lycée", "Fiche métier", "Découverte d'un secteur avec les ressources ONISEP", "Visite d'entreprise", "Rencontre avec un ambassadeur de lycée professionnel", "Quiz sur les secteurs professionnels", "Égalité filles-garçons et métiers", "Se connaître et valoriser ses expériences"];
    var pupils = Enumerable.Range(0, pupilCount)
        .Select(i => new SheetPupil(i + 1, last[i % last.Length] + (i / last.Length == 0 ? "" : $"-{(char)('A' + i / last.Length % 26)}"), first[i % first.Length], $"2NDE{i % 9 + 1}", true, i % 7 != 0))
        .ToList();
    var groups = Enumerable.Range(0, groupCount)
        .Select(g => new SheetGroup(g + 1, $"Groupe {g + 1}", true, true, pupils.Where(p => p.Id % groupCount == g).ToList()))
        .ToList();
    var rooms = Enumerable.Range(1, 8).Select(r => new SheetOption(r, r == 1 ? "CDI" : $"Salle B{r:00}")).ToList();
    var supervisors = Enumerable.Range(1, 16).Select(s => new SheetOption(s, $"{first[s % first.Length]} {last[(s * 5) % last.Length].ToUpperInvariant()}")).ToList();
    var slots = new List<SheetSlot>();
    var halfDays = StageSeconde.Web.Domain.Programme.ProgrammeCalendar.HalfDays(year);
    for (var h = 0; h < halfDays.Count; h++)
    {
        var (date, afternoon) = halfDays[h];
        var week = StageSeconde.Web.Domain.Programme.ProgrammeCalendar.WeekOf(year, date)!.Value;
        foreach (var g in groups)
        {
            var activity = activities[(h + g.Id) % activities.Length];
            var outing = activity.StartsWith("Visite", StringComparison.Ordinal);
            var room = rooms[(h + g.Id) % rooms.Count];
            var supervisor = supervisors[(h * 3 + g.Id) % supervisors.Count];
            slots.Add(new SheetSlot(g.Id, date, afternoon, week, activity, outing, outing ? null : room.Id, outing ? null : room.Name, supervisor.Id, supervisor.Name, supervisor.Id));
        }
    }
    var school = new SheetSchool("Lycée Marcelin-Berthelot", "0940120R", "0148891234", "ce.0940120r@ac-creteil.fr", [new SheetContact("Mme Claire Fontaine", "cpe@lycee.fr", "0148891240")]);
    return new ProgrammeSheets(school, year, null, groups, slots, supervisors, rooms);
}

int Arg(string name, int fallback) => ArgText(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

string? ArgText(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

static void WriteSection(string path, string section)
{
    var heading = section[..section.IndexOf('\n', StringComparison.Ordinal)].TrimEnd();
    var text = File.ReadAllText(path);
    var start = text.IndexOf(heading, StringComparison.Ordinal);
    if (start < 0) text = text.TrimEnd('\n') + "\n\n" + section;
    else
    {
        var next = text.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
        text = text[..start] + section + (next < 0 ? "" : "\n" + text[(next + 1)..]);
    }
    File.WriteAllText(path, text.TrimEnd('\n') + "\n");
}

static string LoadAverage()
{
    try { var p = File.ReadAllText("/proc/loadavg").Split(' '); return $"{p[0]} / {p[1]} / {p[2]}"; }
    catch (IOException) { return "inconnue"; }
}

static string CpuModel()
{
    try
    {
        var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
        return line is null ? RuntimeInformation.ProcessArchitecture.ToString() : line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }
    catch (IOException) { return RuntimeInformation.ProcessArchitecture.ToString(); }
}
