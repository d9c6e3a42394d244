using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;
using Npgsql;

namespace StageSeconde.Bench;

internal sealed record RouteResult(string Account, string Route, bool Available, double MedianMs, double P95Ms, double RequestsPerSecond, int Requests, long Bytes, string Note);

internal sealed record WrkResult(string Account, string Route, int Connections, int Seconds, double RequestsPerSecond, string P50, string P99, long Requests, string Errors);

internal static class Run
{
    public static async Task<int> ExecuteAsync(Options options)
    {
        var url = options.Get("url", "http://127.0.0.1:5192").TrimEnd('/');
        var baseUri = new Uri(url);
        if (!baseUri.IsLoopback)
        {
            Console.Error.WriteLine($"Refusé : {url} n'est pas une adresse de boucle locale.");
            return 2;
        }
        var connectionString = options.Require("connection");
        var schools = options.Int("schools", 2_600, 2, 10_000);
        var pupils = options.Int("pupils", 560_000, 1_000, 2_000_000);
        var requests = options.Int("requests", 200, 1, 10_000);
        var warmup = options.Int("warmup", 20, 0, 1_000);
        var academieRequests = options.Int("academie-requests", 10, 1, 1_000);
        var wrkSeconds = options.Int("wrk-seconds", 10, 0, 120);
        var wrkConnections = options.Int("wrk-connections", 16, 1, 256);
        var imports = options.Get("imports", "1500").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => int.Parse(s, CultureInfo.InvariantCulture)).Where(n => n > 0).ToList();
        const string directionEmail = "proviseur@lycee-demo.fr", principalEmail = "pp.2nde1@lycee-demo.fr", academieEmail = "dafpic@ac-creteil.fr";
        const string password = "Stage-Seconde-2027!";

        var loadBefore = Machine.LoadAverage();
        Console.WriteLine($"Attente de {url}/health …");
        if (!await WaitUntilHealthyAsync(baseUri, TimeSpan.FromSeconds(options.Int("start-timeout", 600, 1, 3_600))))
        {
            Console.Error.WriteLine("L'application ne répond pas.");
            return 1;
        }

        Console.WriteLine($"Remplissage : {schools} lycées, {pupils} élèves…");
        var seed = await NationalSeeder.SeedAsync(connectionString, schools, pupils, options.Int("snapshot-days", 21, 0, 365), directionEmail, principalEmail);
        Console.WriteLine($"Inséré en {seed.Insert.TotalSeconds:0.0} s, VACUUM (ANALYZE) en {seed.Vacuum.TotalSeconds:0.0} s.");

        var importRows = new List<string>();
        foreach (var size in imports)
            importRows.AddRange(await ImportMeasure.RunAsync(connectionString, size, importRows.Count));

        var anonymous = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseProxy = false }) { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(300) };
        var (direction, directionCookies) = await SignInAsync(baseUri, directionEmail, password);
        var (principal, principalCookies) = await SignInAsync(baseUri, principalEmail, password);
        var (academie, academieCookies) = await SignInAsync(baseUri, academieEmail, password);

        // The académie page takes seconds a request at this scale (before aggregates): fewer requests, 2 connections, a longer wrk run.
        var academieWrkSeconds = Math.Max(wrkSeconds, options.Int("academie-wrk-seconds", 60, 0, 600));
        var routes = new (string Account, HttpClient Client, CookieContainer? Cookies, string Route, int Requests, int Warmup, int WrkConnections, int WrkSeconds)[]
        {
            ("Anonyme (référence)", anonymous, null, "/connexion", requests, warmup, wrkConnections, wrkSeconds),
            ("Professeur principal", principal, principalCookies, $"/suivi?classe={seed.PrincipalClassId}", requests, warmup, wrkConnections, wrkSeconds),
            ("Direction", direction, directionCookies, "/tableau-de-bord", requests, warmup, wrkConnections, wrkSeconds),
            ("Académie", academie, academieCookies, "/academie", academieRequests, Math.Min(2, warmup), Math.Min(2, wrkConnections), academieWrkSeconds),
        };
        var results = new List<RouteResult>();
        foreach (var route in routes)
        {
            var result = await MeasureAsync(route.Client, route.Account, route.Route, route.Warmup, route.Requests);
            results.Add(result);
            Console.WriteLine(result.Available
                ? $"{route.Route,-24} médiane {result.MedianMs,8:0.0} ms   p95 {result.P95Ms,8:0.0} ms   {result.RequestsPerSecond,7:0.0} req/s"
                : $"{route.Route,-24} {result.Note}");
        }

        var wrk = new List<WrkResult>();
        var wrkNote = "";
        if (wrkSeconds > 0 && results.All(r => r.Available))
        {
            if (Wrk.Path() is { } wrkPath)
            {
                foreach (var route in routes)
                {
                    var result = await Wrk.RunAsync(wrkPath, baseUri, route.Account, route.Route, route.Cookies, route.WrkConnections, route.WrkSeconds);
                    wrk.Add(result);
                    Console.WriteLine($"wrk {route.Route,-24} {result.RequestsPerSecond,8:0.0} req/s   p50 {result.P50}   p99 {result.P99}   {result.Errors}");
                }
            }
            else wrkNote = "wrk n'est pas installé (apt-get install -y wrk) : pas de mesure en charge.";
        }
        foreach (var client in new[] { anonymous, direction, principal, academie }) client.Dispose();

        var database = await DatabaseFacts.ReadAsync(connectionString);
        var section = Report.Section(seed, importRows, results, wrk, wrkNote, database, loadBefore, Machine.LoadAverage(), options.Get("sdk", "inconnu"),
            requests, warmup, academieRequests, wrkSeconds, wrkConnections);
        Console.WriteLine();
        Console.WriteLine(section);
        if (options.Optional("out") is { } output)
        {
            Report.WriteSection(output, section);
            Console.WriteLine($"Résultats écrits dans {output}.");
        }
        return results.All(r => r.Available) ? 0 : 1;
    }

    private static async Task<bool> WaitUntilHealthyAsync(Uri baseUri, TimeSpan timeout)
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
            await Task.Delay(1000);
        }
        return false;
    }

    /// <summary>A client with its own cookies, signed in through the sign-in form as <paramref name="email"/>.</summary>
    private static async Task<(HttpClient, CookieContainer)> SignInAsync(Uri baseUri, string email, string password)
    {
        var cookies = new CookieContainer();
        var handler = new SocketsHttpHandler { CookieContainer = cookies, AllowAutoRedirect = false, UseProxy = false };
        var http = new HttpClient(handler, disposeHandler: true) { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(300) };
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
        return (http, cookies);
    }

    private static async Task<RouteResult> MeasureAsync(HttpClient http, string account, string route, int warmup, int requests)
    {
        for (var i = 0; i < Math.Max(1, warmup); i++)
        {
            using var response = await http.GetAsync(route);
            if (response.StatusCode != HttpStatusCode.OK)
                return new RouteResult(account, route, false, 0, 0, 0, 0, 0, $"échec : {(int)response.StatusCode} {response.Headers.Location}");
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
            if (response.StatusCode != HttpStatusCode.OK)
                return new RouteResult(account, route, false, 0, 0, 0, 0, 0, $"échec pendant la mesure : {(int)response.StatusCode}");
            bytes = body.Length;
        }
        total.Stop();
        Array.Sort(times);
        var median = requests % 2 == 1 ? times[requests / 2] : (times[requests / 2 - 1] + times[requests / 2]) / 2;
        var p95 = times[Math.Max(0, (int)Math.Ceiling(requests * 0.95) - 1)];
        return new RouteResult(account, route, true, median, p95, requests / total.Elapsed.TotalSeconds, requests, bytes, "");
    }
}

/// <summary>A short, bounded wrk run (loopback only) with the signed-in client's cookies.</summary>
internal static class Wrk
{
    public static string? Path() =>
        new[] { "/usr/bin/wrk", "/usr/local/bin/wrk" }.FirstOrDefault(File.Exists);

    public static async Task<WrkResult> RunAsync(string wrk, Uri baseUri, string account, string route, CookieContainer? cookies, int connections, int seconds)
    {
        var start = new ProcessStartInfo(wrk) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "-t", "2", "-c", connections.ToString(CultureInfo.InvariantCulture), "-d", $"{seconds}s", "--latency", "--timeout", "60s" })
            start.ArgumentList.Add(arg);
        if (cookies?.GetCookieHeader(baseUri) is { Length: > 0 } header)
        {
            start.ArgumentList.Add("-H");
            start.ArgumentList.Add($"Cookie: {header}");
        }
        start.ArgumentList.Add(new Uri(baseUri, route).ToString());
        using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk n'a pas démarré.");
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(seconds + 120))) process.Kill();
        double rps = Match(output, @"Requests/sec:\s+([\d.]+)") is { } r ? double.Parse(r, CultureInfo.InvariantCulture) : 0;
        long total = Match(output, @"(\d+) requests in") is { } t ? long.Parse(t, CultureInfo.InvariantCulture) : 0;
        var p50 = Match(output, @"\n\s+50%\s+(\S+)") ?? "?";
        var p99 = Match(output, @"\n\s+99%\s+(\S+)") ?? "?";
        var problems = new List<string>();
        if (Match(output, @"Non-2xx or 3xx responses: (\d+)") is { } non2xx) problems.Add($"{non2xx} réponses en erreur");
        if (Match(output, @"Socket errors: ([^\n]+)") is { } socket) problems.Add($"erreurs de socket : {socket.Trim()}");
        if (errors.Trim().Length > 0) problems.Add(errors.Trim());
        return new WrkResult(account, route, connections, seconds, rps, p50, p99, total, string.Join(" ; ", problems));
    }

    private static string? Match(string text, string pattern) => Regex.Match(text, pattern) is { Success: true } m ? m.Groups[1].Value : null;
}

internal sealed record DatabaseFacts(string Version, string Size, string SharedBuffers, IReadOnlyList<(string Table, string Size, long Rows)> Largest)
{
    public static async Task<DatabaseFacts> ReadAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        async Task<string> Text(string sql)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            return Convert.ToString(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture) ?? "";
        }
        var largest = new List<(string, string, long)>();
        await using (var command = new NpgsqlCommand(
            "SELECT c.relname, pg_size_pretty(pg_total_relation_size(c.oid)), c.reltuples::bigint FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace " +
            "WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY pg_total_relation_size(c.oid) DESC LIMIT 6", connection))
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync()) largest.Add((reader.GetString(0), reader.GetString(1), reader.GetInt64(2)));
        return new DatabaseFacts(await Text("SHOW server_version"), await Text("SELECT pg_size_pretty(pg_database_size(current_database()))"),
            await Text("SHOW shared_buffers"), largest);
    }
}

internal static class Report
{
    public const string Heading = "## Échelle nationale (PostgreSQL)";
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    private static string N(int value) => value.ToString("#,0", French).Replace('\u202f', ' ').Replace('\u00a0', ' ');
    private static string F(double value, string format) => value.ToString(format, French);

    public static string Section(SeedResult seed, IReadOnlyList<string> importRows, IReadOnlyList<RouteResult> results, IReadOnlyList<WrkResult> wrk, string wrkNote,
        DatabaseFacts database, string loadBefore, string loadAfter, string sdk, int requests, int warmup, int academieRequests, int wrkSeconds, int wrkConnections)
    {
        var sb = new StringBuilder();
        sb.AppendLine(Heading).AppendLine();
        sb.AppendLine(
            $"Mesuré le {DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC par `scripts/bench-national.sh` : une base PostgreSQL " +
            $"{database.Version} jetable (grappe locale, `shared_buffers` = {database.SharedBuffers}, réglages Debian par défaut) migrée par les migrations de " +
            "l'application, l'application compilée en Release et servie par Kestrel sur la boucle locale (`Database__Provider=PostgreSQL`, environnement " +
            "Development pour le lycée de démonstration et ses comptes, journaux au niveau Warning, relevés quotidiens arrêtés pendant la mesure).");
        sb.AppendLine();
        sb.AppendLine(
            $"Machine : {Environment.ProcessorCount} cœurs (nproc), {Machine.CpuModel()}, {Machine.Memory()}, {RuntimeInformation.OSDescription} ; SDK .NET {sdk}, " +
            $"{RuntimeInformation.FrameworkDescription}. L'application, PostgreSQL, le générateur et wrk partagent ces cœurs. Charge moyenne (1 / 5 / 15 min) " +
            $"au début : {loadBefore}, à la fin : {loadAfter} (au-delà du nombre de cœurs, d'autres travaux se partageaient la machine : les rapports à " +
            "la page de connexion, mesurée dans le même passage, valent mieux que les chiffres bruts).");
        sb.AppendLine();
        sb.AppendLine("### Données générées").AppendLine();
        sb.AppendLine(
            $"{N(seed.Schools)} lycées (dont {N(seed.SchoolsWithAgreements)} ayant commencé leurs conventions), {N(seed.Pupils)} élèves présents (dont {N(seed.DemoPupils)} " +
            $"dans le lycée de démonstration, où l'on se connecte), {N(seed.Classes)} classes de 35, {N(seed.Staff)} personnels, {N(seed.Hosts)} structures d'accueil " +
            $"(autant de tuteurs), {N(seed.Guardians)} responsables, {N(seed.Agreements)} conventions dans tous les états, {N(seed.Declarations)} déclarations " +
            $"(recherche, SNU, mobilité, programme au lycée), {N(seed.Enrolments)} inscriptions au programme au lycée et {N(seed.Snapshots)} relevés quotidiens. " +
            $"Insertion par `COPY` binaire (`NpgsqlBinaryImporter`, une transaction) en **{F(seed.Insert.TotalSeconds, "0")} s**, puis `VACUUM (ANALYZE)` " +
            $"(ce que l'autovacuum ferait de lui-même) en {F(seed.Vacuum.TotalSeconds, "0")} s. Base : **{database.Size}**.");
        sb.AppendLine();
        foreach (var step in seed.Steps) sb.AppendLine($"- {step}");
        sb.AppendLine();
        sb.AppendLine("Tables les plus grosses : " + string.Join(", ", database.Largest.Select(t => $"`{t.Table}` {t.Size} ({N((int)t.Rows)} lignes)")) + ".");
        sb.AppendLine();
        if (importRows.Count > 0)
        {
            sb.AppendLine("### Import SIECLE dans la base nationale").AppendLine();
            sb.AppendLine(
                "Un nouveau lycée importe son export SIECLE complet (toutes les divisions ; seules celles de 2nde, présélectionnées, sont importées ; au-delà " +
                "de 5 000 élèves, un export de 2nde seulement, comme celui de 42 000 élèves de `scripts/ImportBenchmark`) par le vrai " +
                "`ImportService` (contrôle au dépôt, aperçu, confirmation), dans la base qui contient déjà les données nationales ci-dessus.");
            sb.AppendLine();
            sb.AppendLine("| Étape | Durée | Résultat |");
            sb.AppendLine("|---|---:|---|");
            foreach (var row in importRows) sb.AppendLine(row);
            sb.AppendLine();
        }
        sb.AppendLine("### Pages").AppendLine();
        sb.AppendLine(
            $"Requêtes séquentielles (une à la fois, chronométrées côté client jusqu'à la lecture complète de la page) : {warmup} d'échauffement puis {requests} " +
            $"mesurées ; {academieRequests} pour la page de l'académie. La page de l'académie est celle de `main` au moment de la mesure : elle dérive la " +
            "situation de chaque élève de tous les lycées à chaque requête (le passage aux agrégats est en cours) ; relancer le script après la fusion pour l'« après ».");
        sb.AppendLine();
        sb.AppendLine("| Route | Compte | Médiane (ms) | p95 (ms) | req/s (séquentiel) | Rapport à la connexion (médiane) | Taille de la page |");
        sb.AppendLine("|---|---|---:|---:|---:|---:|---:|");
        var reference = results.FirstOrDefault(r => r.Route == "/connexion" && r.Available);
        foreach (var r in results)
        {
            sb.AppendLine(r.Available
                ? $"| `{r.Route}` | {r.Account} | {F(r.MedianMs, "0.0")} | {F(r.P95Ms, "0.0")} | {F(r.RequestsPerSecond, "0.0")} | " +
                  $"{(reference is null ? "" : "× " + F(r.MedianMs / reference.MedianMs, "0.0"))} | {F(r.Bytes / 1024.0, "0")} Ko |"
                : $"| `{r.Route}` | {r.Account} | {r.Note} | | | | |");
        }
        sb.AppendLine();
        if (wrk.Count > 0)
        {
            sb.AppendLine(
                $"En charge : `wrk -t2 -c{wrkConnections} -d{wrkSeconds}s --latency --timeout 60s` par route, à la suite, dans le même passage (pour la page de " +
                "l'académie, dont chaque requête dure des secondes, 2 connexions et une durée plus longue, voir la colonne), avec les témoins de session " +
                "des comptes connectés. Une requête encore en cours à la fin de la durée n'est pas comptée.");
            sb.AppendLine();
            sb.AppendLine("| Route | Compte | Connexions | Durée | Requêtes | req/s | p50 | p99 | Rapport à la connexion (req/s) | Remarques |");
            sb.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---|");
            var wrkReference = wrk.FirstOrDefault(w => w.Route == "/connexion");
            foreach (var w in wrk)
                sb.AppendLine($"| `{w.Route}` | {w.Account} | {w.Connections} | {w.Seconds} s | {w.Requests} | {F(w.RequestsPerSecond, "0.0")} | {(w.Requests == 0 ? "–" : w.P50)} | {(w.Requests == 0 ? "–" : w.P99)} | " +
                              $"{Ratio(wrkReference, w)} | {w.Errors} |");
            sb.AppendLine();
        }
        else if (wrkNote.Length > 0)
        {
            sb.AppendLine(wrkNote).AppendLine();
        }
        return sb.ToString();
    }

    /// <summary>"× 0,014", or "1/19 800" when the route is under a hundredth of the reference.</summary>
    private static string Ratio(WrkResult? reference, WrkResult w)
    {
        if (reference is null || reference.RequestsPerSecond == 0) return "";
        var rps = w.Requests > 0 && w.RequestsPerSecond < 1 ? (double)w.Requests / w.Seconds : w.RequestsPerSecond;
        if (rps == 0) return "aucune réponse";
        var ratio = rps / reference.RequestsPerSecond;
        return ratio >= 0.01 ? "× " + F(ratio, "0.000") : "1/" + N((int)Math.Round(reference.RequestsPerSecond / rps, -2));
    }

    /// <summary>Replaces the section of the same heading in <paramref name="path"/> (or appends it).</summary>
    public static void WriteSection(string path, string section)
    {
        var text = File.Exists(path)
            ? File.ReadAllText(path)
            : "# Performances mesurées\n\nChiffres mesurés sur l'application réelle ; chaque section dit comment la reproduire.\n";
        var start = text.IndexOf(Heading, StringComparison.Ordinal);
        if (start < 0)
        {
            text = text.TrimEnd('\n') + "\n\n" + section;
        }
        else
        {
            var next = text.IndexOf("\n## ", start + Heading.Length, StringComparison.Ordinal);
            text = text[..start] + section.TrimEnd('\n') + "\n" + (next < 0 ? "" : "\n" + text[(next + 1)..]);
        }
        File.WriteAllText(path, text.TrimEnd('\n') + "\n");
    }
}
