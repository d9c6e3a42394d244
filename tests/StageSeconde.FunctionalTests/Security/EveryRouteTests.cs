using System.Globalization;
using System.Net;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ActionConstraints;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.FunctionalTests.Security;

/// <summary>
/// Every action of every controller, found by reflection (public methods of the application's controllers, with their
/// attribute routes and HTTP methods), is called with the ids of school A's records:
/// <list type="bullet">
/// <item>by each role that must not reach it, in school A: refused (403, the « accès refusé » page), nothing written;</item>
/// <item>by users of school B (each role, and one with every role): not found, refused or sent to sign in; a page that
/// answers shows nothing of school A; nothing written.</item>
/// </list>
/// Who may reach each action is written in <c>RouteAccess.txt</c> (next to this file), one line per action: a new action,
/// or an action whose authorisation changed (an <c>[Authorize]</c> removed), fails <see cref="Every_action_has_the_access_written_in_RouteAccess"/>
/// until the file says so, and the calls then check the running application against the file, not against its attributes.
/// « Writes nothing » compares the whole database (every table but the technical ones) before and after each call.
/// </summary>
public sealed class EveryRouteTests(TestAppWithoutBackgroundWork app) : IClassFixture<TestAppWithoutBackgroundWork>
{
    private static readonly string[] AllRoles = [.. Roles.School, Roles.Academie];

    /// <summary>Tables written by the machinery, not by a request's action (data-protection keys, leases, migrations).</summary>
    private static readonly HashSet<string> TechnicalTables = ["__EFMigrationsHistory", "DataProtectionKeys", "BackgroundLeases"];

    /// <summary>Query-string parameters that name a record, and which record of a world they name.</summary>
    private static readonly Dictionary<string, Func<SchoolWorld, int>> RecordQuery = new()
    {
        ["classe"] = w => w.Class.Id,
        ["eleve"] = w => w.Student.Id,
    };

    /// <summary>Signing out would end the calling client's session: its route is tested by the sign-in tests.</summary>
    private static readonly HashSet<string> NotCalled = ["POST /deconnexion"];

    internal sealed record Action(string Method, string Template, ControllerActionDescriptor Descriptor, IReadOnlyList<string> RecordQueryNames)
    {
        public string Key => $"{Method} /{Template}";
    }

    // ---- The actions, by reflection ----

    private IReadOnlyList<Action> Actions()
    {
        var descriptors = app.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<ControllerActionDescriptor>().ToList();
        var controllers = typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(ControllerBase).IsAssignableFrom(t) && !t.IsAbstract && t.IsPublic).ToList();
        var actions = new List<Action>();
        foreach (var controller in controllers)
        {
            foreach (var method in controller.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                         .Where(m => !m.IsSpecialName && m.GetCustomAttribute<NonActionAttribute>() is null))
            {
                var descriptor = descriptors.SingleOrDefault(d => d.MethodInfo == method)
                                 ?? throw new InvalidOperationException($"{controller.Name}.{method.Name} n'est pas une action connue de MVC.");
                var template = descriptor.AttributeRouteInfo?.Template?.TrimStart('/')
                               ?? throw new InvalidOperationException($"{controller.Name}.{method.Name} n'a pas de route d'attribut.");
                var methods = descriptor.ActionConstraints?.OfType<HttpMethodActionConstraint>().SelectMany(c => c.HttpMethods).ToList() is { Count: > 0 } declared
                    ? declared : ["GET", "POST"];
                var queryNames = method.GetParameters()
                    .Select(p => p.GetCustomAttribute<FromQueryAttribute>()?.Name ?? p.Name!)
                    .Where(RecordQuery.ContainsKey).ToList();
                actions.AddRange(methods.Select(m => new Action(m, template, descriptor, queryNames)));
            }
        }
        return actions.DistinctBy(a => a.Key).OrderBy(a => a.Template, StringComparer.Ordinal).ThenBy(a => a.Method, StringComparer.Ordinal).ToList();
    }

    /// <summary>The roles the running application lets through each action's authorisation (its policies, or the fallback).</summary>
    private async Task<IReadOnlyList<string>> AllowedRolesAsync(Action action)
    {
        var descriptor = action.Descriptor;
        if (descriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any()) return ["*"];
        var provider = app.Services.GetRequiredService<IAuthorizationPolicyProvider>();
        var policy = await AuthorizationPolicy.CombineAsync(provider, descriptor.EndpointMetadata.OfType<IAuthorizeData>())
                     ?? await provider.GetFallbackPolicyAsync();
        var authorization = app.Services.GetRequiredService<IAuthorizationService>();
        var allowed = new List<string>();
        foreach (var role in AllRoles)
        {
            List<Claim> claims = [new(ClaimTypes.Name, role), new(ClaimTypes.Role, role)];
            if (role != Roles.Academie) claims.Add(new(AppClaims.SchoolId, "1"));
            var user = new ClaimsPrincipal(new ClaimsIdentity(claims, "Test", ClaimTypes.Name, ClaimTypes.Role));
            if ((await authorization.AuthorizeAsync(user, policy!)).Succeeded) allowed.Add(role);
        }
        return allowed;
    }

    // ---- RouteAccess.txt ----

    private static string RouteAccessPath([CallerFilePath] string thisFile = "") => Path.Combine(Path.GetDirectoryName(thisFile)!, "RouteAccess.txt");

    private static string Line(string key, IEnumerable<string> roles) => $"{key} -> {string.Join(" ", roles)}";

    /// <summary>The file's lines: « METHOD template -> roles » (* for anyone, signed in or not); # starts a comment.</summary>
    private static Dictionary<string, string[]> WrittenAccess() =>
        File.ReadAllLines(RouteAccessPath())
            .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(" -> "))
            .ToDictionary(p => p[0].Trim(), p => p.Length > 1 ? p[1].Split(' ', StringSplitOptions.RemoveEmptyEntries) : []);

    [Fact]
    public async Task Every_action_has_the_access_written_in_RouteAccess()
    {
        var actions = Actions();
        if (Environment.GetEnvironmentVariable("ROUTE_ACCESS_WRITE") == "1")
        {
            // Writes the file from the application as it is: for a reviewed change only (git diff shows what changed).
            var lines = new List<string>(File.ReadAllLines(RouteAccessPath()).TakeWhile(l => l.StartsWith('#')));
            foreach (var action in actions) lines.Add(Line(action.Key, await AllowedRolesAsync(action)));
            await File.WriteAllLinesAsync(RouteAccessPath(), lines);
        }
        var written = WrittenAccess();

        var differences = new List<string>();
        foreach (var action in actions)
        {
            var actual = await AllowedRolesAsync(action);
            if (!written.TryGetValue(action.Key, out var expected)) differences.Add($"action nouvelle : {Line(action.Key, actual)}");
            else if (!expected.Order().SequenceEqual(actual.Order())) differences.Add($"accès changé : {Line(action.Key, expected)} ; l'application dit {string.Join(" ", actual)}");
        }
        differences.AddRange(written.Keys.Except(actions.Select(a => a.Key)).Select(k => $"action disparue : {k}"));

        Assert.True(actions.Count > 150, $"Seulement {actions.Count} actions trouvées : le test ne vérifierait rien.");
        Assert.True(differences.Count == 0, "RouteAccess.txt ne dit pas qui atteint ces actions (relisez la règle, puis corrigez l'action ou le fichier) :\n"
            + string.Join("\n", differences));
    }

    [Fact]
    public void Every_endpoint_of_the_application_is_an_action_found_by_reflection()
    {
        var found = Actions().Select(a => a.Template).ToHashSet(StringComparer.Ordinal);
        var endpoints = app.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>().Endpoints
            .OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ControllerActionDescriptor>() is not null)
            .Select(e => e.RoutePattern.RawText!.TrimStart('/')).Distinct().ToList();

        var missing = endpoints.Where(e => !found.Contains(e)).ToList();
        Assert.True(missing.Count == 0, "Routes sans action trouvée par réflexion :\n" + string.Join("\n", missing));
    }

    // ---- Calling every action ----

    /// <summary>The URL of an action for the records of <paramref name="world"/>; <c>Names</c> is true when it names some.</summary>
    private (string Url, bool NamesRecords) UrlFor(Action action, SchoolWorld world)
    {
        var recordUrl = new IsolationTests(app).RecordUrlFor(action.Template, world);
        var url = recordUrl ?? "/" + Regex.Replace(action.Template, @"\{([^}:=?]+)[^}]*\}", m => m.Groups[1].Value switch
        {
            "format" => "csv",
            "date" => world.Year.ObservationStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            "part" => "matin",
            "token" or "code" => "inconnu",
            _ => "1",
        });
        if (action.RecordQueryNames.Count > 0)
            url += "?" + string.Join("&", action.RecordQueryNames.Select(n => $"{n}={RecordQuery[n](world).ToString(CultureInfo.InvariantCulture)}"));
        return (url, recordUrl is not null || action.RecordQueryNames.Count > 0);
    }

    /// <summary>
    /// Whether a call wrote in the database. SQLite's <c>PRAGMA data_version</c>, read on a connection of the test's own, changes
    /// whenever another connection commits; on PostgreSQL, the next transaction id (<c>pg_current_snapshot()</c>'s xmax) moves
    /// whenever a transaction of the server writes. Unchanged, nothing was written. Changed, every row of every table but the
    /// technical ones is compared with what it was (the machinery may have written a lease meanwhile, which is no write of the
    /// call; on PostgreSQL, other databases of the server move the counter too).
    /// </summary>
    private sealed class DatabaseWatch : IAsyncDisposable
    {
        private readonly IServiceScope _scope;
        private readonly System.Data.Common.DbConnection _connection;
        private long _version;
        private string _fingerprint = "";

        private DatabaseWatch(IServiceScope scope, System.Data.Common.DbConnection connection) => (_scope, _connection) = (scope, connection);

        public static async Task<DatabaseWatch> StartAsync(TestApp app)
        {
            var scope = app.Services.CreateScope();
            var connection = scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.GetDbConnection();
            await connection.OpenAsync();
            var watch = new DatabaseWatch(scope, connection);
            await watch.SettleAsync();
            return watch;
        }

        /// <summary>Before a call: the database as it is now.</summary>
        public async Task SettleAsync()
        {
            var version = await DataVersionAsync();
            if (version == _version && _fingerprint.Length > 0) return;
            (_version, _fingerprint) = (version, await FingerprintAsync());
        }

        /// <summary>After a call: whether it changed a row.</summary>
        public async Task<bool> ChangedAsync()
        {
            if (await DataVersionAsync() == _version) return false;
            var before = _fingerprint;
            await SettleAsync();
            return _fingerprint != before;
        }

        private async Task<long> DataVersionAsync()
        {
            await using var command = _connection.CreateCommand();
            command.CommandText = TestProvider.IsPostgres ? "SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint" : "PRAGMA data_version";
            return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        }

        private async Task<string> FingerprintAsync()
        {
            var tables = new List<string>();
            await using (var list = _connection.CreateCommand())
            {
                list.CommandText = TestProvider.IsPostgres
                    ? "SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1"
                    : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
                await using var reader = await list.ExecuteReaderAsync();
                while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
            }
            var text = new StringBuilder();
            foreach (var table in tables.Where(t => !TechnicalTables.Contains(t)))
            {
                await using var select = _connection.CreateCommand();
                select.CommandText = $"SELECT * FROM \"{table}\"";
                await using var reader = await select.ExecuteReaderAsync();
                text.Append('#').Append(table);
                // Rows in a fixed order: PostgreSQL returns an updated row elsewhere than before.
                var rows = new List<string>();
                while (await reader.ReadAsync())
                {
                    var row = new StringBuilder();
                    for (var i = 0; i < reader.FieldCount; i++) row.Append(reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)).Append('|');
                    rows.Add(row.ToString());
                }
                foreach (var row in rows.Order(StringComparer.Ordinal)) text.Append('\n').Append(row);
            }
            return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
        }

        public async ValueTask DisposeAsync()
        {
            await _connection.CloseAsync();
            _scope.Dispose();
        }
    }

    private sealed record Call(HttpStatusCode Status, string? Location, string? MediaType, string Body, bool Wrote);

    private static async Task<Call> CallAsync(DatabaseWatch database, AppClient client, string token, string method, string url)
    {
        await database.SettleAsync();
        using var response = method == "GET"
            ? await client.GetAsync(url)
            : await client.PostWithTokenAsync(url, token, []);
        var body = await response.Content.ReadAsStringAsync();
        return new Call(response.StatusCode, response.Headers.Location?.OriginalString, response.Content.Headers.ContentType?.MediaType, body, await database.ChangedAsync());
    }

    private static bool IsRefused(Call call) =>
        call.Status == HttpStatusCode.Forbidden
        || (call.Status == HttpStatusCode.Redirect && call.Location!.Contains("/acces-refuse", StringComparison.Ordinal));

    private async Task<AppClient> SignInAsync(int? schoolId, params string[] roles)
    {
        var email = await app.CreateUserAsync(schoolId, roles[0]);
        if (roles.Length > 1)
        {
            using var scope = app.Services.CreateScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            await users.AddToRolesAsync((await users.FindByEmailAsync(email))!, roles[1..]);
        }
        return await app.SignInAsync(email);
    }

    [Theory]
    [InlineData(Roles.Direction)]
    [InlineData(Roles.ProfesseurPrincipal)]
    [InlineData(Roles.Enseignant)]
    [InlineData(Roles.Cpe)]
    [InlineData(Roles.Secretariat)]
    [InlineData(Roles.Administrateur)]
    [InlineData(Roles.Academie)]
    public async Task Every_action_a_role_must_not_reach_is_refused_and_writes_nothing(string role)
    {
        var world = await SchoolWorld.CreateAsync(app, withAgreement: true);
        using var client = await SignInAsync(role == Roles.Academie ? null : world.School.Id, role);
        var token = await client.TokenFromAsync("/mot-de-passe");
        var written = WrittenAccess();
        await using var database = await DatabaseWatch.StartAsync(app);

        var called = 0;
        var problems = new List<string>();
        foreach (var action in Actions().Where(a => !NotCalled.Contains(a.Key)))
        {
            var allowed = written.GetValueOrDefault(action.Key, []);
            if (allowed.Contains("*") || allowed.Contains(role)) continue;
            var (url, _) = UrlFor(action, world);
            var call = await CallAsync(database, client, token, action.Method, url);
            called++;
            if (!IsRefused(call)) problems.Add($"{action.Method} {url} → {(int)call.Status} {call.Location} (non refusé)");
            if (call.Wrote) problems.Add($"{action.Method} {url} → a écrit dans la base");
        }

        Assert.True(role is Roles.Direction || called > 10, $"Seulement {called} actions appelées : le test ne vérifierait rien.");
        Assert.True(problems.Count == 0, $"{Roles.Title(role)} atteint des actions qui ne sont pas les siennes :\n" + string.Join("\n", problems));
    }

    public static TheoryData<string> SchoolBUsers() => new() { "every-role", Roles.Direction, Roles.ProfesseurPrincipal, Roles.Enseignant, Roles.Cpe, Roles.Secretariat, Roles.Administrateur };

    [Theory]
    [MemberData(nameof(SchoolBUsers))]
    public async Task A_user_of_another_school_reads_and_writes_nothing_of_school_A_through_any_action(string who)
    {
        var schoolA = await SchoolWorld.CreateAsync(app, "Lycée A", withAgreement: true);
        var schoolB = await SchoolWorld.CreateAsync(app, "Lycée B", withAgreement: true);
        using var client = who == "every-role"
            ? await SignInAsync(schoolB.School.Id, [.. Roles.School])
            : await SignInAsync(schoolB.School.Id, who);
        var token = await client.TokenFromAsync("/mot-de-passe");
        await using var database = await DatabaseWatch.StartAsync(app);
        // What would show that a page of school A was read: its student, their INE, its host, its staff member, its class.
        var marks = new[] { schoolA.Student.LastName, schoolA.Student.Ine ?? schoolA.Student.LastName, schoolA.Host.Name, schoolA.Staff.LastName, schoolA.Class.Code }
            .Select(m => new Regex($@"(?<!\w){Regex.Escape(m)}(?!\w)")).ToList();

        var called = 0;
        var leaks = new List<string>();
        foreach (var action in Actions().Where(a => !NotCalled.Contains(a.Key)))
        {
            var (url, namesRecords) = UrlFor(action, schoolA);
            if (!namesRecords) continue;
            var call = await CallAsync(database, client, token, action.Method, url);
            called++;
            if (call.Wrote) leaks.Add($"{action.Method} {url} → a écrit dans la base");
            var closed = call.Status is HttpStatusCode.NotFound || IsRefused(call)
                || (call.Status == HttpStatusCode.Redirect && call.Location!.Contains("/connexion", StringComparison.Ordinal));
            if (closed) continue;
            var text = call.MediaType is "text/html" ? WebUtility.HtmlDecode(call.Body) : call.Body;
            if (call.MediaType is not ("text/html" or "text/csv" or "text/plain" or null))
                leaks.Add($"{action.Method} {url} → {(int)call.Status} {call.MediaType} (un document d'un autre établissement ?)");
            else if (marks.FirstOrDefault(m => m.IsMatch(text)) is { } mark)
                leaks.Add($"{action.Method} {url} → {(int)call.Status} montre « {mark} » du lycée A");
        }

        Assert.True(called > 50, $"Seulement {called} actions appelées : le test ne vérifierait rien.");
        Assert.True(leaks.Count == 0, $"Un utilisateur du lycée B ({who}) atteint le lycée A :\n" + string.Join("\n", leaks));
    }
}
