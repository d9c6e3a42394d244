// Benchmark of absence alerts (issue 9), run by scripts/bench-absences.sh: the real application, served by Kestrel on the
// loopback with its background dispatcher and an SQLite file filled with the demo lycée, and a real SMTP server in this
// process. Tutors report 500 absences through their links (GET the page, then POST the form), in bursts; the benchmark
// waits until the SMTP server has accepted every alert message, checks that none arrived twice, and measures the time
// from each report (the absence's ReportedAt) to the SMTP server's acceptance of each of its messages.
using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MimeKit;
using SmtpServer;
using SmtpServer.ComponentModel;
using SmtpServer.Protocol;
using SmtpServer.Storage;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;

internal static class AbsenceBench
{
    public static async Task<int> Main(string[] args)
    {
        var reports = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 500;
        var burst = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50;
        var output = args.Length > 2 ? args[2] : null;
        var folder = Path.Combine(Path.GetTempPath(), "stageseconde-bench-absences-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var loadBefore = Machine.LoadAverage();

        // "Now" is a Tuesday morning of the second week of the demo year's observation period, so that every day before it can be reported.
        var realNow = DateTimeOffset.UtcNow;
        var startYear = realNow.Month >= 9 ? realNow.Year : realNow.Year - 1;
        var (periodStart, _) = SchoolYear.DefaultObservationPeriod(startYear);
        var benchNow = new DateTimeOffset(periodStart.AddDays(8).ToDateTime(new TimeOnly(7, 0)), TimeSpan.Zero); // 9:00 in Paris (summer time)
        var clock = new ShiftedClock(benchNow - realNow);

        var mail = new MailSink();
        using var smtp = mail.Start();
        await using var app = new BenchApp(folder, mail.Port, clock);
        app.UseKestrel(0);
        app.StartServer();
        var address = new Uri(app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.First());

        // Conventions whose tutor may report (validated or later), each with a link whose token this benchmark knows.
        var targets = await app.WithDbAsync(async db =>
        {
            var agreements = await db.Agreements.IgnoreQueryFilters().AsNoTracking()
                .Where(a => a.State == AgreementState.Validated || a.State == AgreementState.InSignature || a.State == AgreementState.Signed)
                .OrderBy(a => a.Id)
                .Select(a => new { a.Id, a.SchoolId, a.FirstDay, a.LastDay })
                .ToListAsync();
            var list = new List<(string Token, DateOnly First, DateOnly Last)>();
            foreach (var a in agreements)
            {
                var token = AgreementLink.NewToken();
                db.AgreementLinks.Add(new AgreementLink(a.SchoolId, a.Id, LinkPurpose.TutorReport, AgreementLink.Hash(token), null, clock.GetUtcNow(), "banc-d-essai"));
                list.Add((token, a.FirstDay, a.LastDay));
            }
            await db.SaveChangesAsync();
            return list;
        });

        var today = DateOnly.FromDateTime(benchNow.UtcDateTime);
        var plan = Plan.Reports(targets, today).Take(reports).ToList();
        if (plan.Count < reports) throw new InvalidOperationException($"Only {plan.Count} distinct reports are possible with the demo conventions.");
        Console.WriteLine($"{targets.Count} conventions avec un lien ; {plan.Count} signalements en rafales de {burst}.");

        var failures = 0;
        var postTimes = new ConcurrentBag<double>();
        var total = Stopwatch.StartNew();
        foreach (var chunk in plan.Chunk(burst))
        {
            await Task.WhenAll(chunk.Select(async report =>
            {
                using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = address });
                var watch = Stopwatch.StartNew();
                var ok = await Tutor.ReportAsync(client, report);
                postTimes.Add(watch.Elapsed.TotalMilliseconds);
                if (!ok) Interlocked.Increment(ref failures);
            }));
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
        var reportingSeconds = total.Elapsed.TotalSeconds;

        var expected = await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Topic == OutboxTopics.AbsenceAlert && m.CreatedAt >= clock.GetUtcNow().UtcDateTime.AddHours(-1)));
        var absences = await app.WithDbAsync(db => db.Absences.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.Reports.Any(r => r.Reporter == "Tuteur (banc d'essai)"))
            .ToDictionaryAsync(a => a.Id, a => a.ReportedAt));
        var deadline = Stopwatch.StartNew();
        while (mail.Count < expected && deadline.Elapsed < TimeSpan.FromMinutes(5)) await Task.Delay(200);
        await Task.Delay(TimeSpan.FromSeconds(3)); // anything sent twice would arrive now
        var deliveredSeconds = total.Elapsed.TotalSeconds;

        var received = mail.Received.Where(m => absences.ContainsKey(m.AbsenceId)).ToList();
        var duplicates = received.GroupBy(m => (m.AbsenceId, m.To)).Count(g => g.Count() > 1);
        var latencies = received
            .Where(m => absences.ContainsKey(m.AbsenceId))
            .Select(m => (m.AcceptedAt - (new DateTimeOffset(absences[m.AbsenceId], TimeSpan.Zero) - clock.Shift)).TotalMilliseconds)
            .Order().ToList();
        var pending = await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Status != OutboxStatus.Sent));

        var result = new Result(plan.Count, burst, failures, absences.Count, expected, received.Count, duplicates, pending,
            Stats.Percentile(latencies, 0.5), Stats.Percentile(latencies, 0.95), latencies.Count == 0 ? 0 : latencies[^1],
            Stats.Percentile(postTimes.Order().ToList(), 0.5), Stats.Percentile(postTimes.Order().ToList(), 0.95), reportingSeconds, deliveredSeconds,
            loadBefore, Machine.LoadAverage());
        var section = result.Section();
        Console.WriteLine();
        Console.WriteLine(section);
        if (output is not null) Report.WriteSection(output, section);
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        return result.Passed ? 0 : 1;
    }
}

internal sealed class BenchApp(string folder, int smtpPort, TimeProvider clock) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSolutionRelativeContentRoot("src/StageSeconde.Web");
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:SqlitePath", Path.Combine(folder, "bench.db"));
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Storage:Path", Path.Combine(folder, "files"));
        builder.UseSetting("Logging:FilePath", Path.Combine(folder, "logs", "app-.log"));
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft", "Warning");
        builder.UseSetting("Smtp:Host", "127.0.0.1");
        builder.UseSetting("Smtp:Port", smtpPort.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Snapshots:Enabled", "false");
        // One loopback address for 500 tutors: the per-address limit of the link pages would refuse most of them.
        builder.UseSetting("RateLimits:LinkPages:PermitLimit", "1000000");
        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton(clock)));
    }

    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> action)
    {
        using var scope = Services.CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }
}

/// <summary>The system clock moved by <see cref="Shift"/>: dates and times of the observation period, timers in real time.</summary>
internal sealed class ShiftedClock(TimeSpan shift) : TimeProvider
{
    public TimeSpan Shift { get; } = shift;
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Shift;
}

internal sealed record PlannedReport(string Token, DateOnly Day, AbsenceKind Kind, DayPart Part, string? Time, string? Details);

internal static class Plan
{
    /// <summary>Distinct events (never the same half-day twice): per convention day, a morning and an afternoon absence, a late arrival, an early departure, an incident.</summary>
    public static IEnumerable<PlannedReport> Reports(List<(string Token, DateOnly First, DateOnly Last)> targets, DateOnly today)
    {
        var perTarget = targets.Select(t => Events(t.Token, t.First, t.Last < today ? t.Last : today).GetEnumerator()).ToList();
        // Round robin over conventions, so that the load spreads over many students as in June.
        var any = true;
        while (any)
        {
            any = false;
            foreach (var events in perTarget)
            {
                if (!events.MoveNext()) continue;
                any = true;
                yield return events.Current;
            }
        }
    }

    private static IEnumerable<PlannedReport> Events(string token, DateOnly first, DateOnly last)
    {
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) continue;
            yield return new(token, day, AbsenceKind.Absence, DayPart.Morning, null, null);
            yield return new(token, day, AbsenceKind.LateArrival, DayPart.WholeDay, "14:10", null);
            yield return new(token, day, AbsenceKind.Absence, DayPart.Afternoon, null, null);
            yield return new(token, day, AbsenceKind.EarlyDeparture, DayPart.WholeDay, "16:00", null);
            yield return new(token, day, AbsenceKind.Incident, DayPart.WholeDay, null, "Altercation avec un client, l'élève est choqué.");
        }
    }
}

internal static partial class Tutor
{
    private static int _reported;

    /// <summary>What a tutor's phone does: opens the link, then sends the form; true when the page confirms the report.</summary>
    public static async Task<bool> ReportAsync(HttpClient client, PlannedReport report)
    {
        var path = "/t/" + report.Token;
        var page = await client.GetStringAsync(path);
        var antiforgery = AntiforgeryField().Match(page);
        if (!antiforgery.Success) return false;
        var fields = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", WebUtility.HtmlDecode(antiforgery.Groups[1].Value)),
            new("Form.Kind", report.Kind.ToString()),
            new("Form.Day", report.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            new("Form.Part", report.Part.ToString()),
            new("Form.Reporter", "Tuteur (banc d'essai)"),
        };
        if (report.Time is not null) fields.Add(new("Form.Time", report.Time));
        if (report.Details is not null) fields.Add(new("Form.Details", report.Details));
        using var response = await client.PostAsync(path, new FormUrlEncodedContent(fields));
        // The client may follow the redirection to the confirmation page itself.
        var confirmed = response.StatusCode == HttpStatusCode.Redirect
            ? response.Headers.Location?.ToString().Contains("/signale", StringComparison.Ordinal) == true
            : response.IsSuccessStatusCode && response.RequestMessage?.RequestUri?.AbsolutePath.EndsWith("/signale", StringComparison.Ordinal) == true;
        if (!confirmed && Interlocked.Exchange(ref _reported, 1) == 0)
            Console.Error.WriteLine($"Signalement refusé : {(int)response.StatusCode} {response.Headers.Location} {(await response.Content.ReadAsStringAsync()).Length} octets");
        return confirmed;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}

internal sealed record Accepted(int AbsenceId, string To, DateTimeOffset AcceptedAt);

/// <summary>A real SMTP server on a free loopback port, recording when it accepted each message and which absence it is about.</summary>
internal sealed partial class MailSink
{
    public int Port { get; } = FreePort();
    public ConcurrentBag<Accepted> Received { get; } = [];
    public int Count => Received.Count;

    public IDisposable Start()
    {
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this));
        var server = new SmtpServer.SmtpServer(options, services);
        var stop = new CancellationTokenSource();
        _ = server.StartAsync(stop.Token);
        return stop;
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    [GeneratedRegex(@"/absences/(\d+)")]
    private static partial Regex AbsenceLink();

    private sealed class Store(MailSink sink) : MessageStore
    {
        public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            var at = DateTimeOffset.UtcNow;
            using var stream = new MemoryStream(buffer.ToArray());
            var message = MimeMessage.Load(stream, cancellationToken);
            var match = AbsenceLink().Match(message.TextBody ?? "");
            var id = match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
            foreach (var to in message.To.Mailboxes) sink.Received.Add(new Accepted(id, to.Address.ToLowerInvariant(), at));
            return Task.FromResult(SmtpResponse.Ok);
        }
    }
}

internal static class Stats
{
    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}

internal static class Machine
{
    public static string LoadAverage()
    {
        try { return string.Join(" / ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)); }
        catch (IOException) { return "inconnue"; }
    }
}

internal sealed record Result(
    int Reports, int Burst, int Failures, int Absences, int Expected, int Received, int Duplicates, int NotSent,
    double P50Ms, double P95Ms, double MaxMs, double PostP50Ms, double PostP95Ms, double ReportingSeconds, double DeliveredSeconds,
    string LoadBefore, string LoadAfter)
{
    public bool Passed => Failures == 0 && Received == Expected && Duplicates == 0 && NotSent == 0;

    public string Section()
    {
        var f = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.Append(Report.Heading).Append("\n\n");
        text.Append(string.Create(f, $"Mesuré le {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC par `scripts/bench-absences.sh` (programme `scripts/AbsenceBenchmark`, hors solution, compilé en Release) : "));
        text.Append("l'application réelle servie par Kestrel sur la boucle locale, avec son répartiteur de la boîte d'envoi et ses réglages par défaut (sondage toutes les secondes, réveil dès qu'une instance écrit un courriel, vagues de 16 envois simultanés), ");
        text.Append("une base SQLite remplie par les données de démonstration, et un vrai serveur SMTP (paquet SmtpServer) dans le processus du banc d'essai. ");
        text.Append(string.Create(f, $"Des tuteurs signalent {Reports} absences par leur lien (la page, puis le formulaire), en rafales de {Burst} signalements simultanés espacées d'une seconde ; "));
        text.Append("chaque signalement est un événement distinct (jamais deux fois la même demi-journée), donc une nouvelle alerte et un courriel par destinataire (CPE, professeur référent, professeur principal). ");
        text.Append("Le délai est mesuré de l'enregistrement de l'absence (`ReportedAt`) à l'acceptation du courriel par le serveur SMTP.\n\n");
        text.Append(string.Create(f, $"Machine : {Environment.ProcessorCount} cœurs, .NET {Environment.Version} ; charge moyenne (1 / 5 / 15 min) au début : {LoadBefore}, à la fin : {LoadAfter}.\n\n"));
        text.Append("| Mesure | Valeur |\n|---|---:|\n");
        text.Append(string.Create(f, $"| Signalements envoyés / refusés | {Reports} / {Failures} |\n"));
        text.Append(string.Create(f, $"| Absences enregistrées | {Absences} |\n"));
        text.Append(string.Create(f, $"| Courriels d'alerte écrits dans la boîte d'envoi | {Expected} |\n"));
        text.Append(string.Create(f, $"| Courriels acceptés par le serveur SMTP | {Received} |\n"));
        text.Append(string.Create(f, $"| Reçus deux fois | {Duplicates} |\n"));
        text.Append(string.Create(f, $"| Restés non envoyés | {NotSent} |\n"));
        text.Append(string.Create(f, $"| Signalement → courriel accepté, médiane | {P50Ms / 1000:0.00} s |\n"));
        text.Append(string.Create(f, $"| Signalement → courriel accepté, p95 (objectif < 2 s) | {P95Ms / 1000:0.00} s |\n"));
        text.Append(string.Create(f, $"| Signalement → courriel accepté, maximum | {MaxMs / 1000:0.00} s |\n"));
        text.Append(string.Create(f, $"| Page + formulaire du tuteur, médiane / p95 | {PostP50Ms:0} ms / {PostP95Ms:0} ms |\n"));
        text.Append(string.Create(f, $"| Durée des rafales / jusqu'au dernier courriel | {ReportingSeconds:0.0} s / {DeliveredSeconds:0.0} s |\n"));
        text.Append('\n');
        text.Append("Ce qui a compté : le serveur SMTP répond à chaque message après un aller-retour (environ 45 ms pour celui du banc, mesuré seul). ");
        text.Append("Envoyés un par un, les 1 700 courriels d'une telle rafale mettaient plus d'une minute à partir (p95 de 62 s) ; par vagues de 16 connexions gardées ouvertes, ");
        text.Append("le délai ne dépend plus que de la machine, dont les deux cœurs servent en même temps les 50 tuteurs, l'application et le serveur SMTP (voir la durée de la page du tuteur). ");
        text.Append("Aucun courriel n'arrive deux fois : la boîte d'envoi enregistre l'issue de chacun dès qu'elle est connue (ADR 0013).\n\n");
        text.Append("```bash\nscripts/bench-absences.sh          # 500 signalements en rafales de 50\nscripts/bench-absences.sh 200 20   # autre volume\n```\n");
        return text.ToString();
    }
}

internal static class Report
{
    public const string Heading = "## Alertes d'absence (500 signalements par le lien du tuteur)";

    public static void WriteSection(string path, string section)
    {
        var text = File.ReadAllText(path);
        var start = text.IndexOf(Heading, StringComparison.Ordinal);
        if (start < 0) text = text.TrimEnd('\n') + "\n\n" + section;
        else
        {
            var next = text.IndexOf("\n## ", start + Heading.Length, StringComparison.Ordinal);
            text = text[..start] + section + (next < 0 ? "" : "\n" + text[(next + 1)..]);
        }
        File.WriteAllText(path, text.TrimEnd('\n') + "\n");
    }
}
