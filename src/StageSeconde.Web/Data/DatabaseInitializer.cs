using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Data;

/// <summary>At start-up: applies the provider's migrations, makes sure the roles exist, and fills demo data when asked.</summary>
public static class DatabaseInitializer
{
    public static async Task InitializeAsync(IServiceProvider services, IConfiguration configuration, ILogger logger, CancellationToken ct = default)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync(ct);

        var roleManager = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roleManager.RoleExistsAsync(role))
                await roleManager.CreateAsync(new IdentityRole(role));
        }

        if (configuration.GetValue("Demo:Seed", false) && !await db.Schools.AnyAsync(ct))
        {
            var demo = scope.ServiceProvider.GetRequiredService<DemoData>();
            await demo.SeedAsync(ct);
            logger.LogInformation("Données de démonstration créées.");
        }

        if (configuration.GetValue("Demo:Seed", false))
            DemoData.PrintLogins(logger);
    }
}
