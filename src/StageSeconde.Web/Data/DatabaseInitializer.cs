using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Background;

namespace StageSeconde.Web.Data;

/// <summary>
/// At start-up: applies the provider's migrations, makes sure the roles exist, creates the data-protection key ring, and
/// fills demo data (or the first school) when asked. Several instances may start at the same moment on one database
/// (docs/decisions/0019-plusieurs-instances.md): the migrations take EF Core's migration lock, and everything after them
/// runs under the lease <see cref="LeaseName"/>, one instance after the other, each finding what the previous one did.
/// </summary>
public static class DatabaseInitializer
{
    public const string LeaseName = "database-initialisation";
    /// <summary>Longest an instance holds the lease (if it dies while holding it, the others wait at most this long).</summary>
    public static readonly TimeSpan LeaseDuration = TimeSpan.FromMinutes(5);

    public static async Task InitializeAsync(IServiceProvider services, IConfiguration configuration, ILogger logger, CancellationToken ct = default)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await MigrateAsync(db, ct);
        if (db.Database.IsSqlite())
        {
            // Write-ahead log: pages keep reading while the outbox dispatcher and the reports write, and a commit is one
            // sync of the log instead of several of the file (docs/decisions/0013-boite-d-envoi.md). Kept by the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }

        var leases = new LeaseStore(db, services.GetRequiredService<TimeProvider>());
        var holder = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
        var waitedSince = DateTime.UtcNow;
        while (!await leases.TryAcquireAsync(LeaseName, holder, LeaseDuration, ct))
        {
            // Another instance is initialising the database: wait for it (real time, whatever the injected clock says).
            if (DateTime.UtcNow - waitedSince > LeaseDuration + TimeSpan.FromMinutes(1))
                throw new InvalidOperationException($"Le bail « {LeaseName} » est resté pris plus de {LeaseDuration.TotalMinutes:0} minutes par une autre instance.");
            await Task.Delay(TimeSpan.FromMilliseconds(250), ct);
        }
        try
        {
            await InitializeHoldingLeaseAsync(scope.ServiceProvider, db, configuration, logger, ct);
        }
        finally
        {
            await leases.ReleaseAsync(LeaseName, holder, CancellationToken.None);
        }
    }

    /// <summary>
    /// Applies the migrations, one instance at a time. On PostgreSQL, EF Core's own migration lock did not keep a second
    /// instance from applying a migration the first had just applied (two migrations pending: « index does not exist »),
    /// so the instances queue on a session advisory lock held on a connection of its own, released when done or when the
    /// instance dies (the connection closes). SQL Server (sp_getapplock) and SQLite (a lock table) keep EF Core's lock.
    /// </summary>
    private static async Task MigrateAsync(AppDbContext db, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql())
        {
            await db.Database.MigrateAsync(ct);
            return;
        }
        await using var lockConnection = new Npgsql.NpgsqlConnection(db.Database.GetConnectionString());
        await lockConnection.OpenAsync(ct);
        await using (var take = new Npgsql.NpgsqlCommand($"SELECT pg_advisory_lock({MigrationLockKey})", lockConnection) { CommandTimeout = 0 })
            await take.ExecuteNonQueryAsync(ct);
        try
        {
            await db.Database.MigrateAsync(ct);
        }
        finally
        {
            await using var release = new Npgsql.NpgsqlCommand($"SELECT pg_advisory_unlock({MigrationLockKey})", lockConnection);
            await release.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    /// <summary>The advisory lock of the migrations (any constant of our own: « SS2DMIGR » read as a number).</summary>
    private const long MigrationLockKey = 0x5353_3244_4D49_4752;

    private static async Task InitializeHoldingLeaseAsync(IServiceProvider services, AppDbContext db, IConfiguration configuration, ILogger logger, CancellationToken ct)
    {
        // The key ring is created now, by one instance at a time: left to the first request, two instances starting together
        // would each create a key of their own and keep using it until their key ring cache expires (up to a day), so that
        // a cookie or an antiforgery token made by one could be refused by the other. The others find this key at start-up.
        services.GetRequiredService<IDataProtectionProvider>().CreateProtector("StageSeconde.Startup").Protect([0]);

        var roleManager = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roleManager.RoleExistsAsync(role))
                await roleManager.CreateAsync(new IdentityRole(role));
        }

        var demo = DemoSeedAllowed(configuration, services.GetRequiredService<IHostEnvironment>(), logger);
        var firstRun = configuration.GetSection(FirstRunOptions.Section).Get<FirstRunOptions>() ?? new FirstRunOptions();
        if (!await db.Schools.AnyAsync(ct))
        {
            if (demo)
            {
                var demoData = services.GetRequiredService<DemoData>();
                await demoData.SeedAsync(ct);
                logger.LogInformation("Données de démonstration créées.");
            }
            else if (firstRun.IsRequested)
            {
                await services.GetRequiredService<FirstRunSetup>().RunAsync(firstRun, ct);
            }
            else
            {
                logger.LogWarning("Base vide : pour créer le lycée et son administrateur, démarrez avec Setup__Uai, Setup__SchoolName, " +
                                  "Setup__AdminEmail (et Setup__AdminName, Setup__BaseUrl) ; voir docs/deploiement.md.");
            }
        }

        // The académie's figures per lycée (a database from before them, rows of another build) are filled in the background
        // once the application listens: Infrastructure/Background/SchoolFiguresService (docs/decisions/0018-chiffres-de-l-academie.md).

        if (demo)
            DemoData.PrintLogins(logger);
    }

    /// <summary>
    /// Demo accounts share a published password: never in Production, whatever <c>Demo:Seed</c> says (to try the demo in a
    /// container, run it as <c>ASPNETCORE_ENVIRONMENT=Demo</c>, docs/deploiement.md).
    /// </summary>
    private static bool DemoSeedAllowed(IConfiguration configuration, IHostEnvironment environment, ILogger logger)
    {
        if (!configuration.GetValue("Demo:Seed", false)) return false;
        if (!environment.IsProduction()) return true;
        logger.LogError("Demo:Seed est ignoré en production : les comptes de démonstration ont un mot de passe publié. " +
                        "Pour essayer la démonstration, démarrez avec ASPNETCORE_ENVIRONMENT=Demo.");
        return false;
    }
}
