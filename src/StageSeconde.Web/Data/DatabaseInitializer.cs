using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Data;

/// <summary>
/// At start-up: applies the provider's migrations, makes sure the roles exist, fills demo data when asked, and brings the
/// académie's figures per lycée up to date.
/// </summary>
public static class DatabaseInitializer
{
    public static async Task InitializeAsync(IServiceProvider services, IConfiguration configuration, ILogger logger, CancellationToken ct = default)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite())
        {
            // Write-ahead log: pages keep reading while the outbox dispatcher and the reports write, and a commit is one
            // sync of the log instead of several of the file (docs/decisions/0013-boite-d-envoi.md). Kept by the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }

        var roleManager = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
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
                var demoData = scope.ServiceProvider.GetRequiredService<DemoData>();
                await demoData.SeedAsync(ct);
                logger.LogInformation("Données de démonstration créées.");
            }
            else if (firstRun.IsRequested)
            {
                await scope.ServiceProvider.GetRequiredService<FirstRunSetup>().RunAsync(firstRun, ct);
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
