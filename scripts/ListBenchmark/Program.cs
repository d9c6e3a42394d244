// Benchmark of the list and search pages, run by scripts/bench-lists.sh against a running instance of the application
// (loopback only): tops the demo school up to N pupils straight in its SQLite file, signs in as the secretariat, then
// times sequential GETs of each page and writes a Markdown table into docs/performance.md.
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using StageSeconde.Web.Domain;

var options = BenchOptions.Parse(args);
var baseUri = new Uri(options.Url);
if (!baseUri.IsLoopback)
{
    Console.Error.WriteLine($"Refusé : {options.Url} n'est pas une adresse de boucle locale.");
    return 2;
}

var loadBefore = LoadAverage();
Console.WriteLine($"Attente de {options.Url}/health …");
if (!await WaitUntilHealthyAsync(baseUri, TimeSpan.FromSeconds(options.StartTimeoutSeconds)))
{
    Console.Error.WriteLine("L'application ne répond pas.");
    return 1;
}

var seed = PupilSeeder.TopUp(options.DatabasePath, options.Email, options.Pupils);
Console.WriteLine($"Élèves de l'établissement : {seed.Before} avant, {seed.After} après ({seed.Inserted} insérés en {seed.Elapsed.TotalMilliseconds:0} ms) ; {seed.Hosts} structures d'accueil.");

var cookies = new CookieContainer();
using var handler = new SocketsHttpHandler { CookieContainer = cookies, AllowAutoRedirect = false, UseProxy = false };
using var http = new HttpClient(handler) { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(60) };
await SignInAsync(http, options.Email, options.Password);
Console.WriteLine($"Connecté en tant que {options.Email}.");

string[] routes = ["/structures", "/structures?q=bou", "/eleves", "/eleves?q=mar", "/eleves?page=40", "/eleves?sort=-birth"];
var results = new List<RouteResult>();
foreach (var route in routes)
{
    var result = await MeasureAsync(http, route, options.Warmup, options.Requests);
    results.Add(result);
    Console.WriteLine(result.Available
        ? $"{route,-22} médiane {result.MedianMs,7:0.0} ms   p95 {result.P95Ms,7:0.0} ms   {result.RequestsPerSecond,6:0.0} req/s"
        : $"{route,-22} {result.Note}");
}

var loadAfter = LoadAverage();
var section = Report.Section(options, seed, results, loadBefore, loadAfter);
Console.WriteLine();
Console.WriteLine(section);
if (options.OutputPath is { } output)
{
    Report.WriteSection(output, section);
    Console.WriteLine($"Résultats écrits dans {output}.");
}
return results.Any(r => r.Failed) ? 1 : 0;

static async Task<bool> WaitUntilHealthyAsync(Uri baseUri, TimeSpan timeout)
{
    using var http = new HttpClient { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(5) };
    var watch = Stopwatch.StartNew();
    while (watch.Elapsed < timeout)
    {
        try
        {
            using var response = await http.GetAsync("/health");
            if (response.StatusCode == HttpStatusCode.OK) return true;
        }
        catch (HttpRequestException) { }
        catch (TaskCanceledException) { }
        await Task.Delay(500);
    }
    return false;
}

static async Task SignInAsync(HttpClient http, string email, string password)
{
    var page = await http.GetStringAsync("/connexion");
    var input = Regex.Match(page, "<input[^>]*name=\"__RequestVerificationToken\"[^>]*>");
    var token = Regex.Match(input.Value, "value=\"([^\"]+)\"");
    if (!token.Success) throw new InvalidOperationException("Pas de jeton antiforgery sur /connexion.");

    using var response = await http.PostAsync("/connexion", new FormUrlEncodedContent(
    [
        new("Email", email), new("Password", password), new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value)),
    ]));
    var location = response.Headers.Location?.OriginalString ?? "";
    if (response.StatusCode != HttpStatusCode.Redirect || location.StartsWith("/connexion", StringComparison.Ordinal))
        throw new InvalidOperationException($"La connexion de {email} a échoué ({(int)response.StatusCode}).");
}

static async Task<RouteResult> MeasureAsync(HttpClient http, string route, int warmup, int requests)
{
    using (var first = await http.GetAsync(route))
    {
        if (first.StatusCode == HttpStatusCode.NotFound) return RouteResult.NotAvailable(route, "non disponible (404)");
        if (first.StatusCode != HttpStatusCode.OK) return RouteResult.Failure(route, $"échec : {(int)first.StatusCode} {first.Headers.Location}");
    }

    long bytes = 0;
    for (var i = 0; i < warmup; i++)
    {
        using var response = await http.GetAsync(route);
        if (response.StatusCode != HttpStatusCode.OK) return RouteResult.Failure(route, $"échec pendant l'échauffement : {(int)response.StatusCode}");
    }

    var times = new double[requests];
    var total = Stopwatch.StartNew();
    for (var i = 0; i < requests; i++)
    {
        var watch = Stopwatch.StartNew();
        using var response = await http.GetAsync(route);
        var body = await response.Content.ReadAsByteArrayAsync();
        times[i] = watch.Elapsed.TotalMilliseconds;
        if (response.StatusCode != HttpStatusCode.OK) return RouteResult.Failure(route, $"échec pendant la mesure : {(int)response.StatusCode}");
        bytes = body.Length;
    }
    total.Stop();

    Array.Sort(times);
    var median = requests % 2 == 1 ? times[requests / 2] : (times[requests / 2 - 1] + times[requests / 2]) / 2;
    var p95 = times[Math.Max(0, (int)Math.Ceiling(requests * 0.95) - 1)];
    return new RouteResult(route, true, false, median, p95, requests / total.Elapsed.TotalSeconds, bytes, "");
}

static string LoadAverage()
{
    try
    {
        var parts = File.ReadAllText("/proc/loadavg").Split(' ');
        return $"{parts[0]} / {parts[1]} / {parts[2]}";
    }
    catch (IOException) { return "inconnue"; }
    catch (UnauthorizedAccessException) { return "inconnue"; }
}

internal sealed record RouteResult(string Route, bool Available, bool Failed, double MedianMs, double P95Ms, double RequestsPerSecond, long Bytes, string Note)
{
    public static RouteResult NotAvailable(string route, string note) => new(route, false, false, 0, 0, 0, 0, note);
    public static RouteResult Failure(string route, string note) => new(route, false, true, 0, 0, 0, 0, note);
}

internal sealed record BenchOptions(
    string Url, string DatabasePath, int Pupils, int Requests, int Warmup, string? OutputPath, string Sdk,
    string Email, string Password, int StartTimeoutSeconds)
{
    public static BenchOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (args.Length % 2 != 0) throw new ArgumentException("Chaque option --nom attend une valeur.");
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal)) throw new ArgumentException($"Option inattendue : {args[i]}");
            values[args[i][2..]] = args[i + 1];
        }
        string Get(string key, string fallback) => values.TryGetValue(key, out var value) ? value : fallback;
        int GetInt(string key, int fallback, int max)
        {
            var value = int.Parse(Get(key, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
            if (value < 1 || value > max) throw new ArgumentOutOfRangeException(key, $"--{key} doit être entre 1 et {max}.");
            return value;
        }
        return new BenchOptions(
            Url: Get("url", "http://127.0.0.1:5190").TrimEnd('/'),
            DatabasePath: values.TryGetValue("db", out var db) ? db : throw new ArgumentException("--db (fichier SQLite de l'application) est obligatoire."),
            Pupils: GetInt("pupils", 5000, 100_000),
            Requests: GetInt("requests", 300, 10_000),
            Warmup: GetInt("warmup", 30, 1_000),
            OutputPath: values.GetValueOrDefault("out"),
            Sdk: Get("sdk", "inconnu"),
            Email: Get("email", "secretariat@lycee-demo.fr"),
            Password: Get("password", "Stage-Seconde-2027!"),
            StartTimeoutSeconds: GetInt("start-timeout", 180, 1_800));
    }
}

internal sealed record SeedResult(int Before, int After, int Inserted, int Hosts, TimeSpan Elapsed);

/// <summary>Inserts pupils straight into the application's SQLite file, with every NOT NULL column the migration declares.</summary>
internal static class PupilSeeder
{
    private static readonly string[] FirstNames =
    [
        "Emma", "Léa", "Chloé", "Inès", "Jade", "Manon", "Camille", "Sarah", "Lina", "Louise", "Zoé", "Maëlys", "Anaïs", "Yasmine",
        "Aminata", "Fatoumata", "Héloïse", "Éléa", "Marie-Lou", "Beatriz", "Linh", "Elif", "Lucas", "Hugo", "Louis", "Gabriel", "Nathan",
        "Enzo", "Mathis", "Adam", "Rayan", "Yanis", "Mohamed", "Ilyes", "Moussa", "Mamadou", "Théo", "Jean-Baptiste", "Noé", "Loïc",
        "Raphaël", "Étienne", "João", "Minh", "Emre", "Marius", "Margaux", "Marwan",
    ];

    private static readonly string[] LastNames =
    [
        "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Petit", "Durand", "Leroy", "Moreau", "Lefèvre", "Marchand", "Mercier",
        "Marie", "Martinez", "Masson", "Mathieu", "Garnier", "Faure", "Rousseau", "Guérin", "Le Gall", "Saint-Martin", "Dupré",
        "Benali", "Haddad", "Mansouri", "Aït-Ahmed", "Diallo", "Traoré", "N'Diaye", "Camara", "Keïta", "Kouassi", "Da Silva",
        "Dos Santos", "Ferreira", "Hoarau", "Payet", "Grondin", "Nguyen", "Tran", "Chen", "Kaya", "Yilmaz", "Çelik", "Nowak",
        "Bouzid", "Maréchal", "Marcelin", "Mbemba",
    ];

    private static readonly (string City, string PostalCode)[] Towns =
    [
        ("Ivry-sur-Seine", "94200"), ("Vitry-sur-Seine", "94400"), ("Villejuif", "94800"), ("Choisy-le-Roi", "94600"),
        ("Alfortville", "94140"), ("Le Kremlin-Bicêtre", "94270"), ("Gentilly", "94250"), ("Maisons-Alfort", "94700"),
    ];

    public static SeedResult TopUp(string databasePath, string staffEmail, int target)
    {
        var watch = Stopwatch.StartNew();
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = databasePath, Mode = SqliteOpenMode.ReadWrite, Pooling = false, DefaultTimeout = 30,
        }.ToString());
        connection.Open();

        var schoolId = Convert.ToInt32(Scalar(connection, "SELECT SchoolId FROM AspNetUsers WHERE NormalizedEmail = $email",
            ("$email", staffEmail.ToUpperInvariant())) ?? throw new InvalidOperationException($"Aucun compte {staffEmail} dans {databasePath}."), CultureInfo.InvariantCulture);
        var classIds = new List<int>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT c.Id FROM Classes c WHERE c.SchoolId = $school " +
                                  "AND NOT EXISTS (SELECT 1 FROM Students s WHERE s.SchoolClassId = c.Id AND s.IsSthr = 1) ORDER BY c.Id";
            command.Parameters.AddWithValue("$school", schoolId);
            using var reader = command.ExecuteReader();
            while (reader.Read()) classIds.Add(reader.GetInt32(0));
        }
        if (classIds.Count == 0) throw new InvalidOperationException("L'établissement n'a pas de classe de seconde générale.");

        var before = Count(connection, "Students", schoolId);
        var toInsert = Math.Max(0, target - before);
        var random = new Random(5000);
        var now = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
        var today = DateTime.Today;
        var startYear = today.Month >= 9 ? today.Year : today.Year - 1;

        using (var transaction = connection.BeginTransaction())
        using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText =
                "INSERT INTO Students (Ine, SiecleId, LastName, FirstName, BirthDate, SchoolClassId, AddressLine, PostalCode, City, " +
                "Email, Phone, IsSthr, LeftOn, SearchKey, CreatedAt, CreatedBy, UpdatedAt, UpdatedBy, Version, SchoolId) VALUES " +
                "($ine, $siecle, $last, $first, $birth, $class, $address, $postal, $city, NULL, $phone, 0, NULL, $key, $now, 'benchmark', $now, 'benchmark', 1, $school)";
            var p = new Dictionary<string, SqliteParameter>(StringComparer.Ordinal);
            foreach (var name in new[] { "$ine", "$siecle", "$last", "$first", "$birth", "$class", "$address", "$postal", "$city", "$phone", "$key", "$now", "$school" })
                p[name] = insert.Parameters.Add(name, SqliteType.Text);
            insert.Prepare();

            for (var i = 0; i < toInsert; i++)
            {
                var lastName = LastNames[random.Next(LastNames.Length)];
                var firstName = FirstNames[random.Next(FirstNames.Length)];
                var (city, postalCode) = Towns[random.Next(Towns.Length)];
                var birthYear = startYear - (random.NextDouble() < 0.85 ? 15 : 16);
                p["$ine"].Value = $"{random.NextInt64(10_000_000_000):0000000000}{(char)('A' + random.Next(26))}";
                p["$siecle"].Value = (9_000_000 + i).ToString(CultureInfo.InvariantCulture);
                p["$last"].Value = lastName;
                p["$first"].Value = firstName;
                p["$birth"].Value = new DateOnly(birthYear, 1, 1).AddDays(random.Next(365)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                p["$class"].Value = classIds[i % classIds.Count];
                p["$address"].Value = $"{random.Next(1, 160)} rue Jean-Jaurès";
                p["$postal"].Value = postalCode;
                p["$city"].Value = city;
                p["$phone"].Value = $"06{random.Next(100_000_000):00000000}";
                p["$key"].Value = SearchText.Key(lastName, firstName);
                p["$now"].Value = now;
                p["$school"].Value = schoolId;
                insert.ExecuteNonQuery();
            }
            transaction.Commit();
        }

        return new SeedResult(before, Count(connection, "Students", schoolId), toInsert, Count(connection, "HostOrganisations", schoolId), watch.Elapsed);
    }

    private static int Count(SqliteConnection connection, string table, int schoolId) =>
        Convert.ToInt32(Scalar(connection, $"SELECT COUNT(*) FROM {table} WHERE SchoolId = $school", ("$school", schoolId)), CultureInfo.InvariantCulture);

    private static object? Scalar(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return command.ExecuteScalar();
    }
}

internal static class Report
{
    private static readonly NumberFormatInfo Spaced = new() { NumberGroupSeparator = " ", NumberDecimalSeparator = "," };

    public static string Heading(int pupils) => $"## Listes et recherche ({pupils.ToString("#,0", Spaced)} élèves)";

    public static string Section(BenchOptions options, SeedResult seed, IReadOnlyList<RouteResult> results, string loadBefore, string loadAfter)
    {
        var sb = new StringBuilder();
        sb.AppendLine(Heading(options.Pupils)).AppendLine();
        sb.AppendLine(
            $"Mesuré le {DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC par `scripts/bench-lists.sh` : application compilée en Release, servie par Kestrel " +
            $"sur la boucle locale, base SQLite, environnement Development (données de démonstration), journaux au niveau Warning. " +
            $"L'établissement de démonstration compte {seed.After.ToString("#,0", Spaced)} élèves ({seed.Before} de démonstration et " +
            $"{seed.Inserted.ToString("#,0", Spaced)} insérés directement dans la base) et {seed.Hosts} structures d'accueil. " +
            $"Connecté en secrétariat ; pour chaque route, {options.Warmup} requêtes d'échauffement puis {options.Requests} requêtes " +
            "séquentielles (une à la fois), chronométrées côté client jusqu'à la lecture complète de la page.");
        sb.AppendLine();
        sb.AppendLine(
            $"Machine : {Environment.ProcessorCount} cœurs (nproc), {CpuModel()}, {RuntimeInformation.OSDescription}; " +
            $"SDK .NET {options.Sdk}, {RuntimeInformation.FrameworkDescription}. " +
            $"Charge moyenne (1 / 5 / 15 min) au début : {loadBefore}, à la fin : {loadAfter} (au-delà du nombre de cœurs, " +
            "d'autres travaux se partageaient la machine pendant la mesure).");
        sb.AppendLine();
        sb.AppendLine("| Route | Médiane (ms) | p95 (ms) | req/s (séquentiel) | Taille de la page |");
        sb.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            sb.AppendLine(r.Available
                ? string.Create(CultureInfo.InvariantCulture, $"| `{r.Route}` | {r.MedianMs:0.0} | {r.P95Ms:0.0} | {r.RequestsPerSecond:0} | {r.Bytes / 1024.0:0} Ko |")
                : $"| `{r.Route}` | {r.Note} | | | |");
        }
        return sb.ToString();
    }

    /// <summary>Replaces the section of the same heading in <paramref name="path"/> (or appends it; creates the file if needed).</summary>
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
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, text.TrimEnd('\n') + "\n");
    }

    private static string CpuModel()
    {
        try
        {
            var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            return line is null ? RuntimeInformation.ProcessArchitecture.ToString() : line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
        }
        catch (IOException) { return RuntimeInformation.ProcessArchitecture.ToString(); }
    }
}
