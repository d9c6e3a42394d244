using Microsoft.EntityFrameworkCore;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Data;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.FunctionalTests.Data;

/// <summary>The PostgreSQL migrations run on a real server and leave the model's tables.</summary>
public sealed class PostgresMigrationTests
{
    [PostgresFact]
    public async Task The_postgresql_migrations_apply_on_an_empty_database()
    {
        await using var database = await TestPostgres.CreateDatabaseAsync("migrations");
        var options = new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(database.ConnectionString).Options;
        await using (var db = new PostgresAppDbContext(options, NoCurrentUser.Instance))
        {
            await db.Database.MigrateAsync();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Equal(0, await db.Students.IgnoreQueryFilters().CountAsync());
        }
    }
}
