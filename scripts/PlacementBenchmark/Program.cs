// Benchmark of the placement pages at the académie's scale, run against a running instance of the application (loopback
// only). Three modes:
// - sequential (default, scripts/bench-placement.sh): fills the database, then times sequential GETs of the Direction's
//   dashboard, the professeur principal's class board and the académie's statistics, and writes a Markdown table into
//   docs/performance.md;
// - fill (scripts/bench-load.sh): fills the database and signs in, then writes the seed's figures and each account's cookie
//   header into a folder, for a load generator (wrk) to time the pages;
// - load-report (scripts/bench-load.sh): reads the load generator's results and writes them into docs/performance.md.
// The filling is the same for all: 150 lycées, 42 000 pupils, ~35 000 conventions and some declarations (the demo lycée is
// one of them, with its logins).
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using StageSeconde.Web.Domain;

var options = BenchOptions.Parse(args);
if (options.Mode == "load-report") return LoadReport.Write(options);

var baseUri = new Uri(options.Url);
if (!baseUri.IsLoopback)
{
    Console.Error.WriteLine($"Refusé : {options.Url} n'est pas une adresse de boucle locale.");
    return 2;
}

var loadBefore = Machine.LoadAverage();
var waited = Stopwatch.StartNew();
Console.WriteLine($"Attente de {options.Url}/health …");
if (!await Http.WaitUntilHealthyAsync(baseUri, TimeSpan.FromSeconds(options.StartTimeoutSeconds)))
{
    Console.Error.WriteLine("L'application ne répond pas.");
    return 1;
}
var startedIn = waited.Elapsed;

if (options.Provider != "sqlite")
{
    // The filling writes SQLite's SQL (types, booleans, last_insert_rowid); PostgreSQL's is still to be written.
    Console.Error.WriteLine($"Le remplissage de l'académie n'est écrit que pour SQLite (--provider {options.Provider} : pas encore).");
    return 3;
}
var seed = AcademySeeder.Seed(options);
Console.WriteLine(
    $"{seed.Schools} lycées, {seed.Pupils} élèves (dont {seed.DemoPupils} dans le lycée de démonstration), {seed.Agreements} conventions, " +
    $"{seed.Declarations} déclarations, {seed.Snapshots} relevés quotidiens ; insérés en {seed.Elapsed.TotalSeconds:0.0} s.");
if (options.SeedFile is { } seedFile && !seed.AlreadySeeded)
    File.WriteAllText(seedFile, seed.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture));
if (options.SeedOnly) return 0;
var seedSeconds = options.SeedFile is { } file && File.Exists(file) ? File.ReadAllText(file).Trim() : null;

var academieOnly = options.Only == "academie";
var direction = academieOnly ? null : await Http.SignInAsync(baseUri, options.DirectionEmail, options.Password);
var principal = academieOnly ? null : await Http.SignInAsync(baseUri, options.PrincipalEmail, options.Password);
var academie = await Http.SignInAsync(baseUri, options.AcademieEmail, options.Password);
var anonymous = Http.Anonymous(baseUri);

if (options.Mode == "fill")
{
    // For the load generator: the seed's figures, the professeur principal's class and each account's Cookie header.
    var folder = options.OutputPath ?? throw new ArgumentException("--out (dossier des cookies) est obligatoire en mode fill.");
    Directory.CreateDirectory(folder);
    File.WriteAllText(Path.Combine(folder, "seed.json"), JsonSerializer.Serialize(seed));
    File.WriteAllText(Path.Combine(folder, "principal-class"), seed.PrincipalClassId.ToString(CultureInfo.InvariantCulture));
    foreach (var (name, client) in new[] { ("direction", direction!), ("principal", principal!), ("academie", academie) })
        File.WriteAllText(Path.Combine(folder, $"cookie-{name}"), Http.CookieHeader(client, baseUri));
    foreach (var client in new[] { direction!, principal!, academie }) client.Dispose();
    return 0;
}

(string Account, HttpClient Client, string Route)[] routes = academieOnly
    ?
    [
        ("Anonyme", anonymous, "/connexion"),
        ("Académie", academie, "/academie"),
    ]
    :
    [
        ("Direction", direction!, "/tableau-de-bord"),
        ("Professeur principal", principal!, $"/suivi?classe={seed.PrincipalClassId}"),
        ("Académie", academie, "/academie"),
        ("Direction", direction!, "/referents"),
        ("Direction", direction!, "/referents/proposition"),
    ];
var results = new List<RouteResult>();
foreach (var (account, client, route) in routes)
{
    var result = await Http.MeasureAsync(client, account, route, options.Warmup, options.Requests);
    results.Add(result);
    Console.WriteLine(result.Available
        ? $"{route,-28} médiane {result.MedianMs,7:0.0} ms   p95 {result.P95Ms,7:0.0} ms   {result.RequestsPerSecond,6:0.0} req/s"
        : $"{route,-28} {result.Note}");
}
foreach (var client in new[] { direction, principal, academie, anonymous }) client?.Dispose();

var section = academieOnly
    ? Report.AcademieSection(options, seed, results, loadBefore, Machine.LoadAverage(), startedIn, seedSeconds)
    : Report.Section(options, seed, results, loadBefore, Machine.LoadAverage());
Console.WriteLine();
Console.WriteLine(section);
if (options.OutputPath is { } output)
{
    Report.WriteSection(output, section[..section.IndexOf('\n', StringComparison.Ordinal)].TrimEnd(), section);
    Console.WriteLine($"Résultats écrits dans {output}.");
}
return results.Any(r => r.Failed) ? 1 : 0;

internal sealed record RouteResult(string Account, string Route, bool Available, bool Failed, double MedianMs, double P95Ms, double RequestsPerSecond, long Bytes, string Note)
{
    public static RouteResult NotAvailable(string account, string route, string note) => new(account, route, false, false, 0, 0, 0, 0, note);
    public static RouteResult Failure(string account, string route, string note) => new(account, route, false, true, 0, 0, 0, 0, note);
}

internal sealed record BenchOptions(
    string Mode, string Url, string DatabasePath, string Provider, int Schools, int Pupils, int SnapshotDays, int Requests, int Warmup, string? OutputPath, string Sdk,
    string DirectionEmail, string PrincipalEmail, string AcademieEmail, string Password, int StartTimeoutSeconds, string? ResultsPath, string? SeedPath,
    bool SeedOnly, string? Only, string? SeedFile, IReadOnlyDictionary<string, string> Values)
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
        int GetInt(string key, int fallback, int min, int max)
        {
            var value = int.Parse(Get(key, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
            if (value < min || value > max) throw new ArgumentOutOfRangeException(key, $"--{key} doit être entre {min} et {max}.");
            return value;
        }
        var mode = Get("mode", "sequential");
        if (mode is not ("sequential" or "fill" or "load-report")) throw new ArgumentException("--mode : sequential, fill ou load-report.");
        return new BenchOptions(
            Mode: mode,
            Url: Get("url", "http://127.0.0.1:5191").TrimEnd('/'),
            DatabasePath: values.TryGetValue("db", out var db) ? db
                : mode == "load-report" ? "" : throw new ArgumentException("--db (fichier SQLite ou chaîne de connexion PostgreSQL de l'application) est obligatoire."),
            Provider: Get("provider", "sqlite"),
            Schools: GetInt("schools", 150, 2, 3_000),
            Pupils: GetInt("pupils", 42_000, 1_000, 600_000),
            SnapshotDays: GetInt("snapshot-days", 21, 0, 365),
            Requests: GetInt("requests", 300, 1, 10_000),
            Warmup: GetInt("warmup", 30, 0, 1_000),
            OutputPath: values.GetValueOrDefault("out"),
            Sdk: Get("sdk", "inconnu"),
            DirectionEmail: Get("direction", "proviseur@lycee-demo.fr"),
            PrincipalEmail: Get("principal", "pp.2nde1@lycee-demo.fr"),
            AcademieEmail: Get("academie", "dafpic@ac-creteil.fr"),
            Password: Get("password", "Stage-Seconde-2027!"),
            StartTimeoutSeconds: GetInt("start-timeout", 180, 1, 3_600),
            ResultsPath: values.GetValueOrDefault("results"),
            SeedPath: values.GetValueOrDefault("seed"),
            SeedOnly: Get("seed-only", "false") == "true",
            Only: values.GetValueOrDefault("only"),
            SeedFile: values.GetValueOrDefault("seed-file"),
            Values: values);
    }
}

internal static class Http
{
    public static async Task<bool> WaitUntilHealthyAsync(Uri baseUri, TimeSpan timeout)
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

    /// <summary>A client with no session (the sign-in view, the reference each run is compared with).</summary>
    public static HttpClient Anonymous(Uri baseUri) =>
        new(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, UseProxy = false }, disposeHandler: true)
        {
            BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(120),
        };

    /// <summary>A client with its own cookies, signed in as <paramref name="email"/>.</summary>
    public static async Task<HttpClient> SignInAsync(Uri baseUri, string email, string password)
    {
        var handler = new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, UseProxy = false };
        var http = new HttpClient(handler, disposeHandler: true) { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(120) };
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
        Console.WriteLine($"Connecté en tant que {email}.");
        Cookies.Add(http, handler.CookieContainer);
        return http;
    }

    /// <summary>The Cookie header a signed-in client sends (for a load generator to send the same).</summary>
    public static string CookieHeader(HttpClient http, Uri baseUri) => Cookies.TryGetValue(http, out var cookies)
        ? cookies.GetCookieHeader(baseUri)
        : throw new InvalidOperationException("Client non connecté par SignInAsync.");

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<HttpClient, CookieContainer> Cookies = new();

    public static async Task<RouteResult> MeasureAsync(HttpClient http, string account, string route, int warmup, int requests)
    {
        using (var first = await http.GetAsync(route))
        {
            if (first.StatusCode == HttpStatusCode.NotFound) return RouteResult.NotAvailable(account, route, "non disponible (404)");
            if (first.StatusCode != HttpStatusCode.OK) return RouteResult.Failure(account, route, $"échec : {(int)first.StatusCode} {first.Headers.Location}");
        }

        for (var i = 0; i < warmup; i++)
        {
            using var response = await http.GetAsync(route);
            if (response.StatusCode != HttpStatusCode.OK) return RouteResult.Failure(account, route, $"échec pendant l'échauffement : {(int)response.StatusCode}");
        }

        long bytes = 0;
        var times = new double[requests];
        var total = Stopwatch.StartNew();
        for (var i = 0; i < requests; i++)
        {
            var watch = Stopwatch.StartNew();
            using var response = await http.GetAsync(route);
            var body = await response.Content.ReadAsByteArrayAsync();
            times[i] = watch.Elapsed.TotalMilliseconds;
            if (response.StatusCode != HttpStatusCode.OK) return RouteResult.Failure(account, route, $"échec pendant la mesure : {(int)response.StatusCode}");
            bytes = body.Length;
        }
        total.Stop();

        Array.Sort(times);
        var median = requests % 2 == 1 ? times[requests / 2] : (times[requests / 2 - 1] + times[requests / 2]) / 2;
        var p95 = times[Math.Max(0, (int)Math.Ceiling(requests * 0.95) - 1)];
        return new RouteResult(account, route, true, false, median, p95, requests / total.Elapsed.TotalSeconds, bytes, "");
    }
}

internal sealed record SeedResult(
    int Schools, int Pupils, int DemoPupils, int Agreements, int Declarations, int Snapshots, int PrincipalClassId, bool AlreadySeeded, TimeSpan Elapsed);

/// <summary>
/// Fills the application's SQLite file straight through SQL, with every NOT NULL column the migrations declare: the demo
/// lycée keeps its pupils and logins, and the other lycées (10 classes, 60 hosts with a tutor each) share the remaining pupils.
/// Every present pupil then gets conventions (both weeks, two one-week ones, one week only, or none) in all states, and
/// some pupils without a convention a declaration (search note, SNU, mobility, in-school programme). One transaction per
/// table; a fixed random seed, so that two runs measure the same data.
/// </summary>
internal static class AcademySeeder
{
    private const int ClassesPerSchool = 10;
    private const int HostsPerSchool = 60;

    private static readonly string[] FirstNames =
        ["Emma", "Léa", "Chloé", "Inès", "Jade", "Manon", "Camille", "Sarah", "Lina", "Louise", "Zoé", "Maëlys", "Yasmine", "Aminata", "Lucas",
         "Hugo", "Louis", "Gabriel", "Nathan", "Enzo", "Adam", "Rayan", "Yanis", "Moussa", "Théo", "Noé", "Raphaël", "Étienne", "João", "Minh"];
    private static readonly string[] LastNames =
        ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Petit", "Durand", "Leroy", "Moreau", "Lefèvre", "Mercier", "Garnier", "Faure",
         "Rousseau", "Guérin", "Benali", "Haddad", "Diallo", "Traoré", "N'Diaye", "Camara", "Da Silva", "Ferreira", "Nguyen", "Tran", "Kaya"];
    private static readonly string[] Towns = ["Créteil", "Vitry-sur-Seine", "Champigny-sur-Marne", "Saint-Maur-des-Fossés", "Ivry-sur-Seine",
        "Montreuil", "Saint-Denis", "Aubervilliers", "Meaux", "Melun", "Chelles", "Noisy-le-Grand", "Pantin", "Bobigny", "Torcy"];

    private static readonly (int State, double Weight)[] States =
        [(0, .12), (10, .12), (20, .08), (30, .03), (40, .15), (50, .43), (90, .07)];

    private sealed record Year(int StartYear, DateOnly Start, DateOnly End);
    private sealed record Host(int Id, int TutorId);

    public static SeedResult Seed(BenchOptions options)
    {
        var watch = Stopwatch.StartNew();
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = options.DatabasePath, Mode = SqliteOpenMode.ReadWrite, Pooling = false, DefaultTimeout = 60,
        }.ToString());
        connection.Open();

        var demoSchool = Int(Scalar(connection, "SELECT SchoolId FROM AspNetUsers WHERE NormalizedEmail = $e", ("$e", options.DirectionEmail.ToUpperInvariant()))
                             ?? throw new InvalidOperationException($"Aucun compte {options.DirectionEmail} dans {options.DatabasePath}."));
        var principalClass = Int(Scalar(connection,
            "SELECT MIN(p.PrincipalOfClassesId) FROM AspNetUsers u JOIN ClassPrincipalTeachers p ON p.PrincipalTeachersId = u.StaffMemberId WHERE u.NormalizedEmail = $e",
            ("$e", options.PrincipalEmail.ToUpperInvariant())) ?? throw new InvalidOperationException($"{options.PrincipalEmail} n'est professeur principal d'aucune classe."));
        var already = Int(Scalar(connection, "SELECT COUNT(*) FROM Schools")!) > 1;
        if (!already)
        {
            var year = ReadYear(connection, demoSchool);
            var random = new Random(42);
            var now = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
            var schools = InsertSchools(connection, options.Schools - 1, year, now);
            InsertClassesHostsAndPupils(connection, schools, options.Pupils - Count(connection, "Students", demoSchool), year, random, now);
            InsertAgreementsAndDeclarations(connection, year, random, now);
            InsertSnapshots(connection, options.SnapshotDays, random, now);
        }

        return new SeedResult(
            Int(Scalar(connection, "SELECT COUNT(*) FROM Schools")!),
            Int(Scalar(connection, "SELECT COUNT(*) FROM Students WHERE LeftOn IS NULL")!),
            Count(connection, "Students", demoSchool),
            Int(Scalar(connection, "SELECT COUNT(*) FROM Agreements")!),
            Int(Scalar(connection, "SELECT COUNT(*) FROM PlacementDeclarations")!),
            Int(Scalar(connection, "SELECT COUNT(*) FROM PlacementSnapshots")!),
            principalClass, already, watch.Elapsed);
    }

    private static Year ReadYear(SqliteConnection connection, int schoolId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT StartYear, ObservationStart, ObservationEnd FROM SchoolYears WHERE SchoolId = $s AND IsCurrent = 1";
        command.Parameters.AddWithValue("$s", schoolId);
        using var reader = command.ExecuteReader();
        if (!reader.Read()) throw new InvalidOperationException("Le lycée de démonstration n'a pas d'année scolaire en cours.");
        return new Year(reader.GetInt32(0), DateOnly.Parse(reader.GetString(1), CultureInfo.InvariantCulture), DateOnly.Parse(reader.GetString(2), CultureInfo.InvariantCulture));
    }

    private static List<int> InsertSchools(SqliteConnection connection, int count, Year year, string now)
    {
        var ids = new List<int>();
        using var transaction = connection.BeginTransaction();
        using var school = Command(connection, transaction,
            "INSERT INTO Schools (Uai, Name, AddressLine, PostalCode, City, Phone, Email, Sector, Academy, HeadName, HeadEmail, HeadPhone, CreatedAt, CreatedBy, UpdatedAt, UpdatedBy, Version) " +
            "VALUES ($uai, $name, '1 place de la République', $postal, $city, '0140000000', $email, 0, 'Créteil', 'Chef d''établissement', $email, '0140000001', $now, 'benchmark', $now, 'benchmark', 1); " +
            "SELECT last_insert_rowid();",
            "$uai", "$name", "$postal", "$city", "$email", "$now");
        using var schoolYear = Command(connection, transaction,
            "INSERT INTO SchoolYears (StartYear, ObservationStart, ObservationEnd, IsCurrent, CreatedAt, CreatedBy, UpdatedAt, UpdatedBy, Version, SchoolId) " +
            "VALUES ($start, $first, $last, 1, $now, 'benchmark', $now, 'benchmark', 1, $school)",
            "$start", "$first", "$last", "$now", "$school");
        for (var i = 1; i <= count; i++)
        {
            var digits = (930_000 + i).ToString("0000000", CultureInfo.InvariantCulture);
            var uai = digits + FrenchIdentifiers.UaiKeyLetter(digits);
            var city = Towns[i % Towns.Length];
            Set(school, ("$uai", uai), ("$name", $"Lycée n° {i} de {city}"), ("$postal", $"9{3 + i % 5}{i % 1000:000}"), ("$city", city),
                ("$email", $"ce.{uai.ToLowerInvariant()}@ac-creteil.fr"), ("$now", now));
            var id = Convert.ToInt32(school.ExecuteScalar(), CultureInfo.InvariantCulture);
            ids.Add(id);
            Set(schoolYear, ("$start", year.StartYear), ("$first", Iso(year.Start)), ("$last", Iso(year.End)), ("$now", now), ("$school", id));
            schoolYear.ExecuteNonQuery();
        }
        transaction.Commit();
        return ids;
    }

    private static void InsertClassesHostsAndPupils(SqliteConnection connection, List<int> schools, int pupils, Year year, Random random, string now)
    {
        using (var transaction = connection.BeginTransaction())
        using (var schoolClass = Command(connection, transaction,
                   "INSERT INTO Classes (Code, Label, IsArchived, CreatedAt, CreatedBy, UpdatedAt, UpdatedBy, Version, SchoolId) " +
                   "VALUES ($code, 'Seconde générale et technologique', 0, $now, 'benchmark', $now, 'benchmark', 1, $school)", "$code", "$now", "$school"))
        {
            foreach (var school in schools)
                for (var c = 1; c <= ClassesPerSchool; c++)
                {
                    Set(schoolClass, ("$code", $"2NDE{c}"), ("$now", now), ("$school", school));
                    schoolClass.ExecuteNonQuery();
                }
            transaction.Commit();
        }

        using (var transaction = connection.BeginTransaction())
        using (var host = Command(connection, transaction,
                   "INSERT INTO HostOrganisations (Name, Kind, Siret, AddressLine, PostalCode, City, RepresentativeName, RepresentativeFunction, Email, Phone, " +
                   "Insurer, InsurancePolicyNumber, IsArchived, SearchKey, CreatedAt, CreatedBy, UpdatedAt, UpdatedBy, Version, SchoolId) " +
                   "VALUES ($name, $kind, $siret, '2 rue du Commerce', '94000', $city, 'Camille Durand', 'Gérante', 'contact@example.com', '0145000000', " +
                   "'MAIF', 'POL-1', 0, $key, $now, 'benchmark', $now, 'benchmark', 1, $school); SELECT last_insert_rowid();",
                   "$name", "$kind", "$siret", "$city", "$key", "$now", "$school"))
        using (var tutor = Command(connection, transaction,
                   "INSERT INTO Tutors (HostOrganisationId, LastName, FirstName, Function, Email, Phone, CreatedAt, CreatedBy, UpdatedAt, UpdatedBy, Version, SchoolId) " +
                   "VALUES ($host, 'Martin', 'Hugo', 'Responsable', 'tuteur@example.com', '0611223344', $now, 'benchmark', $now, 'benchmark', 1, $school)",
                   "$host", "$now", "$school"))
        {
            var n = 0;
            foreach (var school in schools)
                for (var h = 1; h <= HostsPerSchool; h++)
                {
                    var city = Towns[random.Next(Towns.Length)];
                    var name = $"Structure d'accueil {h}";
                    Set(host, ("$name", name), ("$kind", h % 5), ("$siret", Siret(++n)), ("$city", city), ("$key", SearchText.Key(name, city)), ("$now", now), ("$school", school));
                    var hostId = Convert.ToInt32(host.ExecuteScalar(), CultureInfo.InvariantCulture);
                    Set(tutor, ("$host", hostId), ("$now", now), ("$school", school));
                    tutor.ExecuteNonQuery();
                }
            transaction.Commit();
        }

        var classes = Rows(connection, $"SELECT Id, SchoolId FROM Classes WHERE SchoolId IN ({string.Join(',', schools)})")
            .GroupBy(r => r[1]).ToDictionary(g => g.Key, g => g.Select(r => r[0]).ToList());
        using (var transaction = connection.BeginTransaction())
        using (var pupil = Command(connection, transaction,
                   "INSERT INTO Students (Ine, SiecleId, LastName, FirstName, BirthDate, SchoolClassId, AddressLine, PostalCode, City, Email, Phone, IsSthr, LeftOn, " +
                   "SearchKey, CreatedAt, CreatedBy, UpdatedAt, UpdatedBy, Version, SchoolId) VALUES ($ine, $siecle, $last, $first, $birth, $class, " +
                   "'3 rue Jean-Jaurès', '94000', 'Créteil', NULL, NULL, 0, NULL, $key, $now, 'benchmark', $now, 'benchmark', 1, $school)",
                   "$ine", "$siecle", "$last", "$first", "$birth", "$class", "$key", "$now", "$school"))
        {
            for (var i = 0; i < pupils; i++)
            {
                var school = schools[i % schools.Count];
                var lastName = LastNames[random.Next(LastNames.Length)];
                var firstName = FirstNames[random.Next(FirstNames.Length)];
                Set(pupil, ("$ine", $"{random.NextInt64(10_000_000_000):0000000000}{(char)('A' + random.Next(26))}"), ("$siecle", (8_000_000 + i).ToString(CultureInfo.InvariantCulture)),
                    ("$last", lastName), ("$first", firstName), ("$birth", Iso(new DateOnly(year.StartYear - 15, 1, 1).AddDays(random.Next(365)))),
                    ("$class", classes[school][i / schools.Count % ClassesPerSchool]), ("$key", SearchText.Key(lastName, firstName)), ("$now", now), ("$school", school));
                pupil.ExecuteNonQuery();
            }
            transaction.Commit();
        }
    }

    private static void InsertAgreementsAndDeclarations(SqliteConnection connection, Year year, Random random, string now)
    {
        var yearOf = Rows(connection, "SELECT SchoolId, Id FROM SchoolYears WHERE IsCurrent = 1").ToDictionary(r => r[0], r => r[1]);
        var hosts = Rows(connection, "SELECT h.SchoolId, h.Id, MIN(t.Id) FROM HostOrganisations h JOIN Tutors t ON t.HostOrganisationId = h.Id GROUP BY h.SchoolId, h.Id")
            .GroupBy(r => r[0]).ToDictionary(g => g.Key, g => g.Select(r => new Host(r[1], r[2])).ToList());
        var pupils = Rows(connection, "SELECT Id, SchoolId FROM Students WHERE LeftOn IS NULL AND NOT EXISTS (SELECT 1 FROM Agreements a WHERE a.StudentId = Students.Id) ORDER BY Id");

        using var transaction = connection.BeginTransaction();
        using var agreement = Command(connection, transaction,
            "INSERT INTO Agreements (SchoolYearId, StudentId, Period, FirstDay, LastDay, HostOrganisationId, TutorId, RepresentativeName, RepresentativeFunction, " +
            "AddressLine, PostalCode, City, ReferentTeacherId, PlannedActivities, TargetSkills, EvaluationModality, HasPai, EmergencyKitSuppliedBy, Remarks, State, " +
            "RefusalReason, CancellationReason, CreatedAt, CreatedBy, UpdatedAt, UpdatedBy, Version, SchoolId) VALUES ($year, $pupil, $period, $first, $last, $host, " +
            "$tutor, 'Camille Durand', 'Gérante', '2 rue du Commerce', '94000', 'Créteil', NULL, 'Découverte des métiers de la structure.', 15, " +
            "'Rapport d''étonnement.', 0, NULL, NULL, $state, NULL, $cancel, $now, 'benchmark', $now, 'benchmark', 1, $school)",
            "$year", "$pupil", "$period", "$first", "$last", "$host", "$tutor", "$state", "$cancel", "$now", "$school");
        using var declaration = Command(connection, transaction,
            "INSERT INTO PlacementDeclarations (StudentId, Kind, Note, DeclaredAt, DeclaredBy, DeclaredByStaffId, CreatedAt, CreatedBy, UpdatedAt, UpdatedBy, Version, SchoolId) " +
            "VALUES ($pupil, $kind, $note, $now, 'benchmark', NULL, $now, 'benchmark', $now, 'benchmark', 1, $school)", "$pupil", "$kind", "$note", "$now", "$school");

        void Agreement(int pupil, int school, int period, Host host)
        {
            var (first, last) = period switch { 1 => (year.Start, year.Start.AddDays(4)), 2 => (year.End.AddDays(-4), year.End), _ => (year.Start, year.End) };
            var state = PickState(random);
            Set(agreement, ("$year", yearOf[school]), ("$pupil", pupil), ("$period", period), ("$first", Iso(first)), ("$last", Iso(last)), ("$host", host.Id),
                ("$tutor", host.TutorId), ("$state", state), ("$cancel", state == 90 ? "Changement de structure." : (object)DBNull.Value), ("$now", now), ("$school", school));
            agreement.ExecuteNonQuery();
        }

        foreach (var row in pupils)
        {
            var (pupil, school) = (row[0], row[1]);
            var schoolHosts = hosts[school];
            var draw = random.NextDouble();
            if (draw < 0.50)
            {
                Agreement(pupil, school, 3, schoolHosts[random.Next(schoolHosts.Count)]);
            }
            else if (draw < 0.62)
            {
                var first = random.Next(schoolHosts.Count);
                Agreement(pupil, school, 1, schoolHosts[first]);
                Agreement(pupil, school, 2, schoolHosts[(first + 1 + random.Next(schoolHosts.Count - 1)) % schoolHosts.Count]);
            }
            else if (draw < 0.71)
            {
                Agreement(pupil, school, random.Next(1, 3), schoolHosts[random.Next(schoolHosts.Count)]);
            }
            else
            {
                var kind = random.NextDouble() switch { < 0.25 => 1, < 0.35 => 2, < 0.40 => 3, < 0.55 => 5, _ => 0 };
                if (kind == 0) continue;
                Set(declaration, ("$pupil", pupil), ("$kind", kind), ("$note", kind == 1 ? "A contacté trois structures." : (object)DBNull.Value), ("$now", now), ("$school", school));
                declaration.ExecuteNonQuery();
            }
        }
        transaction.Commit();
    }

    /// <summary>A plausible history for the trend chart: each lycée's rate rising over the last days.</summary>
    private static void InsertSnapshots(SqliteConnection connection, int days, Random random, string now)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var present = Rows(connection, "SELECT SchoolId, COUNT(*) FROM Students WHERE LeftOn IS NULL GROUP BY SchoolId");
        using var transaction = connection.BeginTransaction();
        using var snapshot = Command(connection, transaction,
            "INSERT OR IGNORE INTO PlacementSnapshots (Day, PresentStudents, WithSolution, Week1Covered, Week2Covered, Signed, CreatedAt, CreatedBy, UpdatedAt, UpdatedBy, Version, SchoolId) " +
            "VALUES ($day, $present, $solution, $week1, $week2, $signed, $now, 'benchmark', $now, 'benchmark', 1, $school)",
            "$day", "$present", "$solution", "$week1", "$week2", "$signed", "$now", "$school");
        foreach (var row in present)
            for (var d = days; d >= 1; d--)
            {
                var progress = (days - d + 1.0) / (days + 1) * (0.9 + random.NextDouble() * 0.1);
                var pupils = row[1];
                Set(snapshot, ("$day", Iso(today.AddDays(-d))), ("$present", pupils), ("$solution", (int)(pupils * 0.7 * progress)),
                    ("$week1", (int)(pupils * 0.75 * progress)), ("$week2", (int)(pupils * 0.72 * progress)), ("$signed", (int)(pupils * 0.3 * progress)),
                    ("$now", now), ("$school", row[0]));
                snapshot.ExecuteNonQuery();
            }
        transaction.Commit();
    }

    private static int PickState(Random random)
    {
        var draw = random.NextDouble();
        foreach (var (state, weight) in States)
        {
            if (draw < weight) return state;
            draw -= weight;
        }
        return States[^1].State;
    }

    private static string Siret(int n)
    {
        var body = (500_000_000_000L + n).ToString("0000000000000", CultureInfo.InvariantCulture);
        for (var key = 0; key < 10; key++)
            if (FrenchIdentifiers.IsValidSiret(body + key)) return body + key;
        throw new InvalidOperationException("Aucune clé de Luhn trouvée.");
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters) command.Parameters.Add(new SqliteParameter { ParameterName = name });
        return command;
    }

    private static void Set(SqliteCommand command, params (string Name, object Value)[] values)
    {
        foreach (var (name, value) in values) command.Parameters[name].Value = value;
    }

    private static List<int[]> Rows(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<int[]>();
        while (reader.Read())
        {
            var row = new int[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.GetInt32(i);
            rows.Add(row);
        }
        return rows;
    }

    private static int Count(SqliteConnection connection, string table, int schoolId) =>
        Int(Scalar(connection, $"SELECT COUNT(*) FROM {table} WHERE SchoolId = $s AND LeftOn IS NULL", ("$s", schoolId))!);

    private static int Int(object value) => Convert.ToInt32(value, CultureInfo.InvariantCulture);

    private static object? Scalar(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        var result = command.ExecuteScalar();
        return result is DBNull ? null : result;
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

internal static class Report
{
    public const string Heading = "## Suivi et tableau de bord (42 000 élèves, 150 lycées)";
    private static readonly NumberFormatInfo Spaced = new() { NumberGroupSeparator = " ", NumberDecimalSeparator = "," };

    public static string Section(BenchOptions options, SeedResult seed, IReadOnlyList<RouteResult> results, string loadBefore, string loadAfter)
    {
        var sb = new StringBuilder();
        sb.AppendLine(Heading).AppendLine();
        sb.AppendLine(
            $"Mesuré le {DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC par `scripts/bench-placement.sh` : application compilée en " +
            "Release, servie par Kestrel sur la boucle locale, une seule base SQLite pour toute l'académie, environnement Development (données de démonstration), " +
            "journaux au niveau Warning, service des relevés quotidiens arrêté pendant la mesure. " +
            $"La base compte {seed.Schools} lycées, {N(seed.Pupils)} élèves présents (dont {seed.DemoPupils} dans le lycée de démonstration, où l'on se connecte), " +
            $"{N(seed.Agreements)} conventions dans tous les états, {N(seed.Declarations)} déclarations (recherche, SNU, mobilité, programme au lycée) et " +
            $"{N(seed.Snapshots)} relevés quotidiens, insérés directement dans la base (`scripts/PlacementBenchmark`). Pour chaque route, {options.Warmup} requêtes " +
            $"d'échauffement puis {options.Requests} requêtes séquentielles (une à la fois), chronométrées côté client jusqu'à la lecture complète de la page. " +
            "Objectifs : médiane < 30 ms pour le tableau de suivi d'une classe, < 100 ms pour le tableau de bord.");
        sb.AppendLine();
        sb.AppendLine(
            $"Machine : {Environment.ProcessorCount} cœurs (nproc), {Machine.CpuModel()}, {RuntimeInformation.OSDescription}; " +
            $"SDK .NET {options.Sdk}, {RuntimeInformation.FrameworkDescription}. Charge moyenne (1 / 5 / 15 min) au début : {loadBefore}, à la fin : {loadAfter} " +
            "(au-delà du nombre de cœurs, d'autres travaux se partageaient la machine pendant la mesure).");
        sb.AppendLine();
        sb.AppendLine(
            "La page de l'académie lit les chiffres tenus à jour de chaque lycée (ADR 0018 ; voir la section « Page de l'académie »).");
        sb.AppendLine();
        sb.AppendLine("| Route | Compte | Médiane (ms) | p95 (ms) | req/s (séquentiel) | Taille de la page |");
        sb.AppendLine("|---|---|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            sb.AppendLine(r.Available
                ? string.Create(CultureInfo.InvariantCulture, $"| `{r.Route}` | {r.Account} | {r.MedianMs:0.0} | {r.P95Ms:0.0} | {r.RequestsPerSecond:0} | {r.Bytes / 1024.0:0} Ko |")
                : $"| `{r.Route}` | {r.Account} | {r.Note} | | | |");
        }
        return sb.ToString();
    }

    public static string N(int value) => value.ToString("#,0", Spaced);

    public static string AcademieHeading(SeedResult seed) => $"## Page de l'académie ({N(seed.Pupils)} élèves, {N(seed.Schools)} lycées)";

    public static string AcademieSection(BenchOptions options, SeedResult seed, IReadOnlyList<RouteResult> results, string loadBefore, string loadAfter,
        TimeSpan startedIn, string? seedSeconds)
    {
        var sb = new StringBuilder();
        sb.AppendLine(AcademieHeading(seed)).AppendLine();
        sb.AppendLine(
            $"Mesuré le {DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC par `BENCH_ONLY=academie scripts/bench-placement.sh` " +
            $"(BENCH_SCHOOLS={seed.Schools}, BENCH_PUPILS={seed.Pupils}) : application compilée en Release, servie par Kestrel sur la boucle locale, une seule base " +
            $"SQLite, environnement Development, journaux au niveau Warning. La base compte {N(seed.Schools)} lycées, {N(seed.Pupils)} élèves présents, " +
            $"{N(seed.Agreements)} conventions dans tous les états et {N(seed.Declarations)} déclarations, insérés directement dans la base par " +
            $"`scripts/PlacementBenchmark`{(seedSeconds is null ? "" : $" (en {seedSeconds.Replace('.', ',')} s)")}, l'application arrêtée puis redémarrée : " +
            "comme pour toute base existante, le démarrage (`DatabaseInitializer`) calcule alors les chiffres de chaque lycée depuis `StudentSituations` " +
            $"(ADR 0018) ; ce redémarrage a pris {startedIn.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture).Replace('.', ',')} s jusqu'à ce que `/health` réponde. " +
            $"Pour chaque route, {options.Warmup} requêtes d'échauffement puis {options.Requests} requêtes séquentielles (une à la fois), chronométrées côté " +
            "client jusqu'à la lecture complète de la page ; la vue de connexion, mesurée dans la même exécution, sert de référence (le rapport tient d'une " +
            "machine à l'autre). Objectifs : < 50 ms à 42 000 élèves, < 200 ms à 560 000.");
        sb.AppendLine();
        sb.AppendLine(
            "Avant l'ADR 0018, la page dérivait à chaque requête la situation de chaque élève de l'académie : 167,7 ms de médiane à " +
            "42 000 élèves, seule sur une machine peu chargée (section « Suivi et tableau de bord », mesure du 2026-11-28), environ 2 s sous charge. " +
            "Elle lit maintenant une ligne par lycée et ne recalcule que celles qu'un changement vient de marquer.");
        sb.AppendLine();
        sb.AppendLine(
            $"Machine : {Environment.ProcessorCount} cœurs (nproc), {Machine.CpuModel()}, {RuntimeInformation.OSDescription}; " +
            $"SDK .NET {options.Sdk}, {RuntimeInformation.FrameworkDescription}. Charge moyenne (1 / 5 / 15 min) au début : {loadBefore}, à la fin : {loadAfter} " +
            "(au-delà du nombre de cœurs, d'autres travaux se partageaient la machine pendant la mesure).");
        sb.AppendLine();
        var reference = results.FirstOrDefault(r => r.Route == "/connexion" && r.Available);
        sb.AppendLine("| Route | Compte | Médiane (ms) | p95 (ms) | req/s (séquentiel) | Médiane / connexion | Taille de la page |");
        sb.AppendLine("|---|---|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            var ratio = reference is null ? "" : string.Create(CultureInfo.InvariantCulture, $"× {r.MedianMs / reference.MedianMs:0.0}");
            sb.AppendLine(r.Available
                ? string.Create(CultureInfo.InvariantCulture, $"| `{r.Route}` | {r.Account} | {r.MedianMs:0.0} | {r.P95Ms:0.0} | {r.RequestsPerSecond:0} | {ratio} | {r.Bytes / 1024.0:0} Ko |")
                : $"| `{r.Route}` | {r.Account} | {r.Note} | | | | |");
        }
        return sb.ToString();
    }

    /// <summary>Replaces the section of the same heading in <paramref name="path"/> (or appends it; creates the file if needed).</summary>
    public static void WriteSection(string path, string heading, string section)
    {
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
}

/// <summary>
/// The load generator's results (scripts/bench-load.sh: one line per route, tab-separated: account, route, requests per
/// second, p50 and p99 in ms, requests, errors, page size in bytes) as a section of docs/performance.md, each route next to
/// the sign-in view measured in the same run.
/// </summary>
internal static class LoadReport
{
    private sealed record Line(string Account, string Route, double RequestsPerSecond, double P50, double P99, long Requests, long Errors, long Bytes, double CpuMs);

    public static string Heading(string provider) => $"## Sous charge (wrk) : {(provider == "postgresql" ? "PostgreSQL" : "SQLite")}";

    public static int Write(BenchOptions options)
    {
        var lines = File.ReadAllLines(options.ResultsPath ?? throw new ArgumentException("--results est obligatoire en mode load-report."))
            .Where(l => l.Length > 0)
            .Select(l => l.Split('\t'))
            .Select(f => new Line(f[0], f[1], D(f[2]), D(f[3]), D(f[4]), long.Parse(f[5], CultureInfo.InvariantCulture),
                long.Parse(f[6], CultureInfo.InvariantCulture), long.Parse(f[7], CultureInfo.InvariantCulture), D(f[8])))
            .ToList();
        var seed = JsonSerializer.Deserialize<SeedResult>(File.ReadAllText(options.SeedPath ?? throw new ArgumentException("--seed est obligatoire en mode load-report.")))!;
        var signIn = lines.FirstOrDefault(l => l.Route == "/connexion");
        var reference = signIn?.RequestsPerSecond ?? double.NaN;
        var referenceCpu = signIn?.CpuMs ?? double.NaN;
        string Get(string key) => options.Values.GetValueOrDefault(key, "inconnu");
        var provider = options.Provider == "postgresql" ? "PostgreSQL 15 (base jetable sur la même machine)" : "SQLite (un seul fichier pour toute l'académie)";

        var sb = new StringBuilder();
        sb.AppendLine(Heading(options.Provider)).AppendLine();
        sb.AppendLine(
            $"Mesuré le {DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC par `scripts/bench-load.sh` (BENCH_DB={options.Provider}) : " +
            $"application compilée en Release, servie par Kestrel sur la boucle locale, base {provider}, environnement Development, journaux au niveau Warning, " +
            $"service des relevés quotidiens arrêté. La base compte {seed.Schools} lycées, {Report.N(seed.Pupils)} élèves présents (dont {seed.DemoPupils} dans " +
            $"le lycée de démonstration, où l'on se connecte), {Report.N(seed.Agreements)} conventions, {Report.N(seed.Declarations)} déclarations et " +
            $"{Report.N(seed.Snapshots)} relevés quotidiens (`scripts/PlacementBenchmark`). Pour chaque route, `wrk {Get("wrk")} --latency` après " +
            $"{Get("wrk-warmup")} d'échauffement, avec le cookie de session du compte ; wrk tourne sur la même machine que l'application et partage ses cœurs. " +
            "Le rapport à la page de connexion (anonyme, sans base de données), mesurée dans le même passage, est ce qui se compare d'une machine à l'autre ; " +
            "le temps processeur de l'application par requête (lu dans /proc pendant la mesure, ramassages de mémoire compris) est le chiffre qui dépend " +
            "le moins des autres travaux de la machine.");
        sb.AppendLine();
        sb.AppendLine(
            $"Machine : {Environment.ProcessorCount} cœurs (nproc), {Machine.CpuModel()}, {RuntimeInformation.OSDescription}; " +
            $"SDK .NET {Get("sdk")}, {RuntimeInformation.FrameworkDescription}, {Get("wrk-version")}. Charge moyenne (1 / 5 / 15 min) au début : " +
            $"{Get("load-before")}, à la fin : {Machine.LoadAverage()}.");
        sb.AppendLine();
        sb.AppendLine("| Route | Compte | req/s | p50 (ms) | p99 (ms) | req/s rapportées à `/connexion` | CPU par requête (ms) | CPU rapporté à `/connexion` | Requêtes (erreurs) | Taille de la page |");
        sb.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var l in lines)
            sb.AppendLine(l.Requests == 0
                ? $"| `{l.Route}` | {l.Account} | aucune réponse complète pendant la mesure (plus de {Get("timeout")} par requête) | | | | | | 0 | {l.Bytes / 1024.0:0} Ko |"
                : string.Create(CultureInfo.InvariantCulture,
                $"| `{l.Route}` | {l.Account} | {l.RequestsPerSecond:0} | {l.P50:0.0} | {l.P99:0.0} | {l.RequestsPerSecond / reference:0.000} | {l.CpuMs:0.00} | {l.CpuMs / referenceCpu:0.0} | {l.Requests} ({l.Errors}) | {l.Bytes / 1024.0:0} Ko |"));
        var section = sb.ToString();
        Console.WriteLine(section);
        if (options.OutputPath is { } output)
        {
            Report.WriteSection(output, Heading(options.Provider), section);
            Console.WriteLine($"Résultats écrits dans {output}.");
        }
        return lines.Any(l => l.Errors > 0 || l.Requests == 0) ? 1 : 0;
    }

    private static double D(string value) => double.Parse(value, CultureInfo.InvariantCulture);
}
