using Npgsql;

namespace StageSeconde.Tests.Support;

/// <summary>
/// The PostgreSQL server the tests run against: <c>STAGESECONDE_TEST_POSTGRES</c> (a connection string with a role allowed
/// to create databases), by default the local cluster with the role <c>.ci/run</c> creates. Each user gets a database of its
/// own, dropped at the end. On a developer machine without the server, the tests that need it are skipped with the reason;
/// with <c>CI=true</c> they are never skipped (and fail if the server is missing).
/// </summary>
public static class TestPostgres
{
    public const string DefaultServer = "Host=127.0.0.1;Port=5432;Username=stageseconde;Password=stageseconde;Database=postgres";

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("STAGESECONDE_TEST_POSTGRES") is { Length: > 0 } configured ? configured : DefaultServer;

    private static readonly Lazy<string?> Unreachable = new(() =>
    {
        try
        {
            // Refused at once when no server listens; a busy machine may take seconds to answer (3 s skipped a whole run).
            using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ServerConnectionString) { Timeout = 15 }.ToString());
            connection.Open();
            return null;
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or System.Net.Sockets.SocketException)
        {
            return ex.Message;
        }
    });

    /// <summary>Why PostgreSQL tests are skipped here, or null when they run (always on CI).</summary>
    public static string? SkipReason =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase) || Unreachable.Value is null
            ? null
            : $"PostgreSQL injoignable ({Unreachable.Value}) : démarrez-le (pg_ctlcluster 15 main start) ou donnez STAGESECONDE_TEST_POSTGRES ; voir README.";

    /// <summary>Creates an empty database named after <paramref name="prefix"/>; dispose it to drop it.</summary>
    public static async Task<TestPostgresDatabase> CreateDatabaseAsync(string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}".ToLowerInvariant();
        await using (var connection = new NpgsqlConnection(ServerConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }
        var connectionString = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name }.ToString();
        return new TestPostgresDatabase(name, connectionString);
    }

    internal static async Task DropAsync(string name)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}

/// <summary>A throw-away database on the test server.</summary>
public sealed class TestPostgresDatabase(string name, string connectionString) : IAsyncDisposable
{
    public string Name { get; } = name;
    public string ConnectionString { get; } = connectionString;

    public ValueTask DisposeAsync() => new(TestPostgres.DropAsync(Name));
}

/// <summary>A test that needs the PostgreSQL server: skipped with its reason on a machine without it, never on CI.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestPostgres.SkipReason is { } reason) Skip = reason;
    }
}
