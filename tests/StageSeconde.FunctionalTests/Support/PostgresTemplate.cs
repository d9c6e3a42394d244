using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using StageSeconde.Web.Data;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.Tests.Support;

/// <summary>
/// PostgreSQL databases for <see cref="TestApp"/>: migrating a database takes seconds, copying one takes a few
/// milliseconds. The migrations are applied once to a template named after a hash of the migrations
/// (<c>stageseconde_template_…</c>, shared by every test run with the same migrations, built under an advisory lock and
/// published by a rename so that no run copies a half-built one; never connected to afterwards, a copy demands it), and each
/// test application gets <c>CREATE DATABASE … TEMPLATE …</c>, dropped when it is disposed. A drop waits for a checkpoint
/// of the whole server (seconds on a busy one): drops go on in the background and the test process waits for them as it
/// exits; databases a killed run left behind are dropped by a later run (their name carries their creation time).
/// </summary>
public static class PostgresTemplate
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? _template;
    private const string TestPrefix = "stageseconde_test_";
    private static readonly TimeSpan LeftBehindAfter = TimeSpan.FromHours(6);
    private static readonly ConcurrentDictionary<Task, bool> PendingDrops = new();

    static PostgresTemplate()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Task.WaitAll([.. PendingDrops.Keys], TimeSpan.FromMinutes(2));
    }

    /// <summary>The template's name: changes with the migrations (their names and the model they lead to).</summary>
    public static string TemplateName { get; } = ComputeTemplateName();

    private static string ComputeTemplateName()
    {
        var options = new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql("Host=unused").Options;
        using var db = new PostgresAppDbContext(options, NoCurrentUser.Instance);
        var migrations = db.GetService<IMigrationsAssembly>();
        var text = string.Join("\n", migrations.Migrations.Keys.Order(StringComparer.Ordinal)) + "\n" + migrations.ModelSnapshot?.Model.ToDebugString();
        return "stageseconde_template_" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16].ToLowerInvariant();
    }

    /// <summary>A new database with the migrations applied; dispose it to drop it.</summary>
    public static TestPostgresDatabase CreateDatabase() => CreateDatabaseAsync().GetAwaiter().GetResult();

    public static async Task<TestPostgresDatabase> CreateDatabaseAsync()
    {
        var template = await EnsureTemplateAsync();
        var name = $"{TestPrefix}{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}_{Guid.NewGuid():N}";
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ExecuteAsync($"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"");
                break;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 20)
            {
                // Someone (autovacuum) is connected to the template for a moment.
                await Task.Delay(50 * attempt);
            }
        }
        var connectionString = new NpgsqlConnectionStringBuilder(TestPostgres.ServerConnectionString)
        {
            Database = name,
            MaxPoolSize = 20,
            // Throw-away data: a commit need not wait for the disk.
            Options = "-c synchronous_commit=off",
        }.ToString();
        return new TestPostgresDatabase(name, connectionString);
    }

    private static async Task<string> EnsureTemplateAsync()
    {
        if (_template is { } ready) return ready;
        await Gate.WaitAsync();
        try
        {
            if (_template is { } built) return built;
            var name = TemplateName;
            await using var connection = new NpgsqlConnection(TestPostgres.ServerConnectionString);
            await connection.OpenAsync();
            // One builder at a time across processes (several test runs may share the server).
            await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_lock(hashtext(@name))", connection))
            {
                lockCommand.Parameters.AddWithValue("name", name);
                await lockCommand.ExecuteNonQueryAsync();
            }
            try
            {
                await using var exists = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @name", connection);
                exists.Parameters.AddWithValue("name", name);
                if ((long)(await exists.ExecuteScalarAsync())! == 0) await BuildAsync(connection, name);
            }
            finally
            {
                await using var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock(hashtext(@name))", connection);
                unlock.Parameters.AddWithValue("name", name);
                await unlock.ExecuteNonQueryAsync();
            }
            Track(DropLeftBehindAsync());
            return _template = name;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task BuildAsync(NpgsqlConnection server, string name)
    {
        var building = $"{name}_building_{Guid.NewGuid():N}"[..63];
        // UTF-8 with the binary order of SQLite (and of the C# ordinal comparisons), whatever the cluster's locale:
        // docs/decisions/0020-postgresql.md.
        await ExecuteAsync(server, $"CREATE DATABASE \"{building}\" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C.UTF-8'");
        var connectionString = new NpgsqlConnectionStringBuilder(TestPostgres.ServerConnectionString) { Database = building }.ToString();
        try
        {
            var options = new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(connectionString).Options;
            await using (var db = new PostgresAppDbContext(options, NoCurrentUser.Instance))
                await db.Database.MigrateAsync();
            await using (var connection = new NpgsqlConnection(connectionString))
                NpgsqlConnection.ClearPool(connection);
            await ExecuteAsync(server, $"ALTER DATABASE \"{building}\" RENAME TO \"{name}\"");
            // Nobody connects to a template (a copy needs it alone); autovacuum leaves it alone too.
            await ExecuteAsync(server, $"ALTER DATABASE \"{name}\" WITH IS_TEMPLATE true ALLOW_CONNECTIONS false");
        }
        catch
        {
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{building}\" WITH (FORCE)");
            throw;
        }
    }

    /// <summary>Drops a test database in the background (the process waits for it on exit).</summary>
    public static void DropLater(TestPostgresDatabase database) => Track(DropAsync(database));

    private static void Track(Task drop)
    {
        PendingDrops[drop] = true;
        drop.ContinueWith(t => PendingDrops.TryRemove(t, out _), TaskScheduler.Default);
    }

    /// <summary>Databases of test runs that were killed before they could drop them.</summary>
    private static async Task DropLeftBehindAsync()
    {
        var names = new List<string>();
        await using (var connection = new NpgsqlConnection(TestPostgres.ServerConnectionString))
        {
            await connection.OpenAsync();
            await using var list = new NpgsqlCommand($"SELECT datname FROM pg_database WHERE datname LIKE '{TestPrefix}%'", connection);
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync()) names.Add(reader.GetString(0));
        }
        var before = DateTimeOffset.UtcNow.Add(-LeftBehindAfter).ToUnixTimeSeconds();
        foreach (var name in names)
        {
            var stamp = name[TestPrefix.Length..].Split('_')[0];
            if (long.TryParse(stamp, CultureInfo.InvariantCulture, out var created) && created < before)
                await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
    }

    /// <summary>Drops a test database (its connections closed first).</summary>
    public static async Task DropAsync(TestPostgresDatabase database)
    {
        await using (var connection = new NpgsqlConnection(database.ConnectionString))
            NpgsqlConnection.ClearPool(connection);
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{database.Name}\" WITH (FORCE)");
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(TestPostgres.ServerConnectionString);
        await connection.OpenAsync();
        await ExecuteAsync(connection, sql);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
