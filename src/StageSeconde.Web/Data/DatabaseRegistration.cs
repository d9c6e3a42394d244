using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.Web.Data;

public sealed class DatabaseOptions
{
    public const string Section = "Database";
    /// <summary><c>Sqlite</c> (default, embedded) or <c>SqlServer</c>.</summary>
    public string Provider { get; set; } = "Sqlite";
    /// <summary>The SQLite file, relative to the content root unless absolute.</summary>
    public string SqlitePath { get; set; } = "App_Data/stageseconde.db";
}

public static class DatabaseRegistration
{
    /// <summary>Registers <see cref="AppDbContext"/> on the configured provider, each with its own migrations.</summary>
    public static IServiceCollection AddAppDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddSingleton<AuditInterceptor>();

        if (string.Equals(options.Provider, "SqlServer", StringComparison.OrdinalIgnoreCase))
        {
            var connectionString = configuration.GetConnectionString("SqlServer");
            if (string.IsNullOrWhiteSpace(connectionString))
                throw new InvalidOperationException("Database:Provider=SqlServer demande la chaîne de connexion ConnectionStrings:SqlServer.");
            services.AddDbContext<AppDbContext, SqlServerAppDbContext>((sp, db) => db
                .UseSqlServer(connectionString, sql => sql.EnableRetryOnFailure())
                .AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));
        }
        else
        {
            var path = Path.IsPathRooted(options.SqlitePath) ? options.SqlitePath : Path.Combine(environment.ContentRootPath, options.SqlitePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();
            services.AddDbContext<AppDbContext, SqliteAppDbContext>((sp, db) => db
                .UseSqlite(connectionString)
                .AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));
        }
        return services;
    }
}

/// <summary>Design-time factory for <c>dotnet ef migrations add X --context SqliteAppDbContext</c>.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=design.db").Options, NoCurrentUser.Instance);
}

/// <summary>Design-time factory for <c>dotnet ef migrations add X --context SqlServerAppDbContext</c> (no server needed).</summary>
public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerAppDbContext>
{
    public SqlServerAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerAppDbContext>().UseSqlServer("Server=localhost;Database=StageSeconde;Trusted_Connection=True;TrustServerCertificate=True").Options, NoCurrentUser.Instance);
}
