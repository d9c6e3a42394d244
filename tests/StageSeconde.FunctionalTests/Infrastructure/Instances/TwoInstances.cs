using StageSeconde.Tests.Support;

namespace StageSeconde.FunctionalTests.Infrastructure.Instances;

/// <summary>
/// Two instances of the application (<see cref="A"/> and <see cref="B"/>) started at the same moment on one new, empty
/// PostgreSQL database, with one shared file store and one shared SMTP server: the layout of an académie's deployment behind
/// a reverse proxy (docs/decisions/0019-plusieurs-instances.md). Nothing is started where PostgreSQL tests are skipped.
/// </summary>
public sealed class TwoInstances : IAsyncLifetime
{
    private readonly string _storage = Path.Combine(Path.GetTempPath(), "stageseconde-tests", "instances-" + Guid.NewGuid().ToString("N"));
    private TestPostgresDatabase? _database;

    public InstanceApp A { get; private set; } = null!;
    public InstanceApp B { get; private set; } = null!;
    public SmtpSink Smtp { get; } = new();

    public async Task InitializeAsync()
    {
        if (TestPostgres.SkipReason is not null) return;
        _database = await TestPostgres.CreateDatabaseAsync("instances");
        Directory.CreateDirectory(_storage);
        A = new InstanceApp(_database.ConnectionString, _storage, Smtp.Port);
        B = new InstanceApp(_database.ConnectionString, _storage, Smtp.Port);
        // Both hosts start (migrations, roles, key ring) at the same moment, as after a deployment.
        await StartTogetherAsync(A, B);
    }

    /// <summary>Starts the hosts of <paramref name="apps"/> in parallel (each <c>Services</c> access builds and starts one).</summary>
    public static async Task StartTogetherAsync(params InstanceApp[] apps)
    {
        using var go = new ManualResetEventSlim();
        var starts = apps.Select(app => Task.Run(() => { go.Wait(); _ = app.Services; })).ToArray();
        go.Set();
        await Task.WhenAll(starts);
    }

    public async Task DisposeAsync()
    {
        A?.Dispose();
        B?.Dispose();
        Smtp.Dispose();
        if (_database is not null) await _database.DisposeAsync();
        try { Directory.Delete(_storage, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
