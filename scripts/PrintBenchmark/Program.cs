// Benchmark of convention printing, run by scripts/bench-print.sh (Release): composes in memory one convention, then a
// batch of N conventions (600 by default) through the application's own AgreementDocument and DocumentComposer, drawn
// into one PDF 50 at a time as the /impression page does, saved through SaveAsync to a temporary file. Reports times,
// page counts, file sizes and the process's peak working set, and writes them into docs/performance.md.
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.Printing;
using StageSeconde.Web.Infrastructure.Pdf;

var options = BenchOptions.Parse(args);
var loadBefore = Machine.LoadAverage();
var today = new DateOnly(2027, 5, 18);
var folder = options.KeepFolder ?? Path.Combine(Path.GetTempPath(), $"stageseconde-print-{Guid.NewGuid():N}");
Directory.CreateDirectory(folder);

try
{
    // One convention, cold (first use: JIT, fonts), then warm (median of 20).
    var cold = Stopwatch.StartNew();
    var single = await ComposeAsync(Samples.Agreements(1), padToEvenPages: false, Path.Combine(folder, "convention.pdf"));
    cold.Stop();
    var warm = new List<double>();
    for (var i = 0; i < 20; i++)
    {
        var watch = Stopwatch.StartNew();
        await ComposeAsync(Samples.Agreements(1), padToEvenPages: false, Path.Combine(folder, "convention.pdf"));
        warm.Add(watch.Elapsed.TotalMilliseconds);
    }
    warm.Sort();
    Console.WriteLine($"1 convention : {single.Pages} pages, {single.Bytes / 1024.0:0} Ko ; à froid {cold.Elapsed.TotalMilliseconds:0} ms, à chaud (médiane de 20) {warm[warm.Count / 2]:0.0} ms");

    // Each batch three times: the machine is shared, the median says more than one run.
    var beforeBatch = Process.GetCurrentProcess().WorkingSet64;
    var batches = new List<(BatchResult Result, TimeSpan Time)>();
    var duplexes = new List<(BatchResult Result, TimeSpan Time)>();
    for (var run = 0; run < 3; run++)
    {
        var batchWatch = Stopwatch.StartNew();
        var result = await ComposeAsync(Samples.Agreements(options.Count), padToEvenPages: false, Path.Combine(folder, "lot.pdf"));
        var batchElapsed = batchWatch.Elapsed;
        batches.Add((result, batchElapsed));
        var duplexWatch = Stopwatch.StartNew();
        var duplexResult = await ComposeAsync(Samples.Agreements(options.Count), padToEvenPages: true, Path.Combine(folder, "lot-recto-verso.pdf"));
        var duplexElapsed = duplexWatch.Elapsed;
        duplexes.Add((duplexResult, duplexElapsed));
        Console.WriteLine($"Essai {run + 1} : {options.Count} conventions en {batchElapsed.TotalSeconds:0.00} s, recto verso en {duplexElapsed.TotalSeconds:0.00} s");
    }
    var (batch, batchTime) = batches.OrderBy(b => b.Time).ElementAt(1);
    var (duplex, duplexTime) = duplexes.OrderBy(b => b.Time).ElementAt(1);
    var slowest = batches.Max(b => b.Time);
    using var process = Process.GetCurrentProcess();
    process.Refresh();
    var peak = process.PeakWorkingSet64;
    Console.WriteLine($"{options.Count} conventions (médiane de 3) : {batch.Pages} pages, {batch.Bytes / 1048576.0:0.0} Mo en {batchTime.TotalSeconds:0.00} s (dessin {batch.Compose.TotalSeconds:0.00} s, enregistrement {batch.Save.TotalSeconds:0.00} s) ; le plus lent {slowest.TotalSeconds:0.00} s");
    Console.WriteLine($"{options.Count} conventions recto verso (médiane de 3) : {duplex.Pages} pages, {duplex.Bytes / 1048576.0:0.0} Mo en {duplexTime.TotalSeconds:0.00} s");
    Console.WriteLine($"Pages par convention : {batch.Distribution}");
    Console.WriteLine($"Mémoire : {beforeBatch / 1048576.0:0} Mo avant les lots, pic du processus {peak / 1048576.0:0} Mo");

    var section = Report.Section(options, single, cold.Elapsed, warm[warm.Count / 2], batch, batchTime, slowest, duplex, duplexTime,
        peak, loadBefore, Machine.LoadAverage());
    Console.WriteLine();
    Console.WriteLine(section);
    if (options.OutputPath is { } output)
    {
        Report.WriteSection(output, section);
        Console.WriteLine($"Résultats écrits dans {output}.");
    }

    var withinTargets = batchTime.TotalSeconds < 10 && peak < 500L * 1024 * 1024;
    Console.WriteLine(withinTargets ? "Objectifs tenus (< 10 s, < 500 Mo)." : "Objectifs NON tenus (< 10 s, < 500 Mo).");
    return withinTargets ? 0 : 1;
}
finally
{
    if (options.KeepFolder is null) Directory.Delete(folder, recursive: true);
    else Console.WriteLine($"PDF conservés dans {folder}.");
}

// The /impression page's loop: chunks of 50 models, each drawn at once, then one SaveAsync through a temporary file.
static async Task<BatchResult> ComposeAsync(IEnumerable<AgreementPrintModel> models, bool padToEvenPages, string path)
{
    var compose = Stopwatch.StartNew();
    using var composer = new DocumentComposer(padToEvenPages);
    var documents = 0;
    var pagesPerDocument = new SortedDictionary<int, int>();
    foreach (var chunk in models.Chunk(AgreementPrintQuery.ChunkSize))
    {
        foreach (var model in chunk)
        {
            var pages = composer.Add(AgreementDocument.Compose(model, new DateOnly(2027, 5, 18))).PageCount;
            pagesPerDocument[pages] = pagesPerDocument.GetValueOrDefault(pages) + 1;
            documents++;
        }
    }
    compose.Stop();
    var save = Stopwatch.StartNew();
    await using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
        await composer.SaveAsync(file);
    save.Stop();
    return new BatchResult(documents, composer.PageCount, new FileInfo(path).Length, compose.Elapsed, save.Elapsed, pagesPerDocument);
}

internal sealed record BatchResult(int Documents, int Pages, long Bytes, TimeSpan Compose, TimeSpan Save, IReadOnlyDictionary<int, int> PagesPerDocument)
{
    /// <summary>« 4 pages : 450, 5 pages : 150 ».</summary>
    public string Distribution => string.Join(", ", PagesPerDocument.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} pages : {p.Value}")));
}

internal sealed record BenchOptions(int Count, string? OutputPath, string? KeepFolder, string Sdk)
{
    public static BenchOptions Parse(string[] args)
    {
        var count = 600;
        string? output = null, keep = null;
        var sdk = "?";
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--count": count = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--out": output = args[++i]; break;
                case "--keep": keep = args[++i]; break;
                case "--sdk": sdk = args[++i]; break;
                default: throw new ArgumentException($"Option inconnue : {args[i]}");
            }
        }
        return new BenchOptions(count, output, keep, sdk);
    }
}

/// <summary>Realistic conventions, built in memory: varied names, hosts, timetables, activities (200 to 1 500 characters).</summary>
internal static class Samples
{
    private static readonly string[] LastNames =
        ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent",
         "Lefèvre", "Michel", "García", "N'Diaye", "Benali", "Nguyen", "Fournier", "Girard", "Bonnet", "Dupré", "Lambert", "Fontaine"];
    private static readonly string[] FirstNames =
        ["Léa", "Chloé", "Inès", "Jade", "Zoé", "Maël", "Noé", "Théo", "Hugo", "Raphaël", "Lina", "Aïcha", "Yanis", "Émile", "Anaïs", "Jérôme"];
    private static readonly (string Name, HostKind Kind, string Function)[] Hosts =
    [
        ("Boulangerie « Au cœur du blé »", HostKind.Company, "Gérante"),
        ("Mairie de Créteil – direction des espaces verts", HostKind.LocalAuthority, "Directeur général des services"),
        ("Pharmacie du Marché", HostKind.Company, "Pharmacienne titulaire"),
        ("Association Les Restos du Cœur – antenne de Vitry", HostKind.Association, "Présidente"),
        ("Centre hospitalier intercommunal de Créteil", HostKind.PublicInstitution, "Directrice des ressources humaines"),
        ("Cabinet d'architectes Perret & associés", HostKind.Company, "Associé gérant"),
    ];
    private const string Activity =
        "Découverte de la structure et de ses métiers ; observation de l'accueil du public et des échanges avec les usagers ; "
        + "entretien avec le tuteur sur son parcours de formation ; observation d'une réunion d'équipe ; "
        + "présentation des règles d'hygiène et de sécurité ; préparation d'un compte rendu illustré. ";

    public static IEnumerable<AgreementPrintModel> Agreements(int count)
    {
        for (var i = 0; i < count; i++) yield return Sample(i);
    }

    public static AgreementPrintModel Sample(int i)
    {
        var host = Hosts[i % Hosts.Length];
        var last = LastNames[i % LastNames.Length];
        var first = FirstNames[i * 7 % FirstNames.Length];
        var activities = string.Concat(Enumerable.Repeat(Activity, 1 + i % 5));
        activities = activities[..Math.Min(activities.Length, Agreement.PlannedActivitiesMaxLength)].TrimEnd();
        var start = new TimeOnly(8 + i % 2, i % 3 == 0 ? 30 : 0);
        var saturday = i % 7 == 0;
        var signed = i % 4 == 3;
        return new AgreementPrintModel
        {
            Id = 1000 + i,
            State = i % 10 == 9 ? AgreementState.Submitted : signed ? AgreementState.InSignature : AgreementState.Validated,
            SchoolYearStart = 2026,
            School = new PrintedSchool("Lycée Louise-Michel – Champigny-sur-Marne", "0940580V",
                new PrintedAddress("1, rue Louise-Michel", "94500", "Champigny-sur-Marne"), "0148801234", "ce.0940580v@ac-creteil.fr",
                "Mme Hélène Carpentier", "ce.0940580v@ac-creteil.fr", "0148801234"),
            Host = new PrintedHost(host.Name, host.Kind, "81234567800019", new PrintedAddress($"{3 + i % 40}, avenue du Général-de-Gaulle", "94000", "Créteil"),
                "contact@structure.example.fr", "0145123456", i % 3 == 0 ? null : "MAIF", i % 3 == 0 ? null : $"CTR-{i:00000}"),
            RepresentativeName = "Jean-Baptiste Ngoma",
            RepresentativeFunction = host.Function,
            Pupil = new PrintedPupil(last, first, new DateOnly(2010 + i % 2, 1 + i % 12, 1 + i % 28), $"2NDE{1 + i % 10}",
                new PrintedAddress($"{10 + i % 90}, rue de la République", "94500", "Champigny-sur-Marne")),
            Guardians = Enumerable.Range(0, 1 + i % 2).Select(g => new PrintedGuardian(10_000 + i * 2 + g, last, g == 0 ? "Nadia" : "Karim",
                g == 0 ? GuardianRelationship.Mother : GuardianRelationship.Father, true, $"famille.{i}@example.fr", "0612345678", g == 0 ? "0143210987" : null)).ToList(),
            Tutor = new PrintedContact("Noël", "Lefèvre", "Responsable d'équipe", "noel.lefevre@structure.example.fr", "0611223344"),
            ReferentTeacher = i % 6 == 5 ? null : new PrintedContact("Amélie", "Rousseau", "Professeure de SVT", "amelie.rousseau@ac-creteil.fr", "0655443322"),
            Period = (PeriodOption)(1 + i % 3),
            FirstDay = i % 3 == 1 ? new DateOnly(2027, 6, 21) : new DateOnly(2027, 6, 14),
            LastDay = i % 3 == 0 ? new DateOnly(2027, 6, 18) : new DateOnly(2027, 6, 25),
            Place = new PrintedAddress($"{3 + i % 40}, avenue du Général-de-Gaulle", "94000", "Créteil"),
            Schedule = Agreement.ScheduleDays.Select(day =>
                day == DayOfWeek.Saturday && !saturday ? DaySchedule.Off(day)
                : day == DayOfWeek.Wednesday && saturday ? DaySchedule.Off(day)
                : new DaySchedule(day, start, start.AddHours(7).AddMinutes(30), new TimeOnly(12, 0), new TimeOnly(13, 0))).ToList(),
            PlannedActivities = activities,
            TargetSkills = i % 5 == 0 ? TargetSkills.Observer | TargetSkills.Comprendre : TargetSkills.All,
            EvaluationModality = "Rapport d'étonnement rédigé pendant la séquence et restitution orale en classe la semaine suivante.",
            HasPai = i % 8 == 0,
            EmergencyKitSuppliedBy = i % 8 == 0 ? "La famille" : null,
            Remarks = i % 9 == 0 ? "L'élève se présente le premier jour à 9 h à l'accueil du bâtiment B." : null,
            Signatures = signed
                ? [new PrintedSignature(SignatureParty.SchoolHead, null, new DateOnly(2027, 5, 3), SignatureMode.Paper),
                   new PrintedSignature(SignatureParty.HostRepresentative, null, new DateOnly(2027, 5, 6), SignatureMode.Electronic)]
                : [],
        };
    }
}

internal static class Report
{
    public static string Section(BenchOptions options, BatchResult single, TimeSpan cold, double warmMs, BatchResult batch, TimeSpan batchTime,
        TimeSpan slowest, BatchResult duplex, TimeSpan duplexTime, long peak, string loadBefore, string loadAfter)
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine("## Impression des conventions");
        sb.AppendLine();
        sb.AppendLine(string.Create(c, $"Mesuré le {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC par `scripts/bench-print.sh` : programme `scripts/PrintBenchmark` compilé en Release, ") +
            "qui compose en mémoire (sans base de données) des conventions réalistes avec le code même de l'application " +
            "(`AgreementDocument` et `DocumentComposer`) : dessin direct dans un seul `PdfDocument`, 50 conventions à la fois comme la page " +
            "`/impression`, puis `SaveAsync` (fichier temporaire) vers un fichier. Activités de 300 à 1 500 caractères, 1 ou 2 responsables légaux. "
            + "Chaque lot est composé trois fois : le tableau donne la médiane.");
        sb.AppendLine();
        sb.AppendLine($"Machine : {Environment.ProcessorCount} cœurs (nproc), {Machine.CpuModel()}, {RuntimeInformation.OSDescription}; " +
            $"SDK .NET {options.Sdk}, {RuntimeInformation.FrameworkDescription}. Charge moyenne (1 / 5 / 15 min) au début : {loadBefore}, " +
            $"à la fin : {loadAfter} (au-delà du nombre de cœurs, d'autres travaux se partageaient la machine pendant la mesure).");
        sb.AppendLine();
        sb.AppendLine("| Cas | Pages | Durée | Fichier |");
        sb.AppendLine("|---|---:|---:|---:|");
        sb.AppendLine(string.Create(c, $"| 1 convention, première composition (à froid) | {single.Pages} | {cold.TotalMilliseconds:0} ms | {single.Bytes / 1024.0:0} Ko |"));
        sb.AppendLine(string.Create(c, $"| 1 convention, à chaud (médiane de 20) | {single.Pages} | {warmMs:0.0} ms | {single.Bytes / 1024.0:0} Ko |"));
        sb.AppendLine(string.Create(c, $"| Lot de {batch.Documents} conventions | {batch.Pages} | {batchTime.TotalSeconds:0.00} s (dessin {batch.Compose.TotalSeconds:0.00} s, enregistrement {batch.Save.TotalSeconds:0.00} s ; essai le plus lent {slowest.TotalSeconds:0.00} s) | {batch.Bytes / 1048576.0:0.0} Mo |"));
        sb.AppendLine(string.Create(c, $"| Lot de {duplex.Documents} conventions, recto verso | {duplex.Pages} | {duplexTime.TotalSeconds:0.00} s | {duplex.Bytes / 1048576.0:0.0} Mo |"));
        sb.AppendLine();
        sb.AppendLine($"Pages par convention dans le lot : {batch.Distribution}.");
        sb.AppendLine();
        sb.AppendLine(string.Create(c, $"Pic de mémoire du processus (`Process.PeakWorkingSet64`, runtime compris) : {peak / 1048576.0:0} Mo. ") +
            "Objectifs : moins de 10 s et de 500 Mo pour 600 conventions.");
        return sb.ToString();
    }

    public static void WriteSection(string path, string section)
    {
        var heading = section[..section.IndexOf('\n', StringComparison.Ordinal)].TrimEnd();
        var text = File.Exists(path)
            ? File.ReadAllText(path)
            : "# Performances mesurées\n\nChiffres mesurés sur l'application réelle ; chaque section dit comment la reproduire.\n";
        var start = text.IndexOf(heading, StringComparison.Ordinal);
        if (start < 0)
        {
            text = text.TrimEnd('\n') + "\n\n" + section;
        }
        else
        {
            var next = text.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
            text = text[..start] + section + (next < 0 ? "" : "\n" + text[(next + 1)..]);
        }
        File.WriteAllText(path, text.TrimEnd('\n') + "\n");
    }
}

internal static class Machine
{
    public static string LoadAverage()
    {
        try
        {
            var parts = File.ReadAllText("/proc/loadavg").Split(' ');
            return $"{parts[0]} / {parts[1]} / {parts[2]}";
        }
        catch (IOException) { return "inconnue"; }
        catch (UnauthorizedAccessException) { return "inconnue"; }
    }

    public static string CpuModel()
    {
        try
        {
            var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            return line is null ? RuntimeInformation.ProcessArchitecture.ToString() : line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
        }
        catch (IOException) { return RuntimeInformation.ProcessArchitecture.ToString(); }
    }
}
