using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Infrastructure.Outbox;

namespace StageSeconde.Web.Data;

public static class DatabaseRegistration
{
    /// <summary>Registers <see cref="AppDbContext"/> on the configured provider, each with its own migrations.</summary>
    public static IServiceCollection AddAppDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddSingleton<AuditInterceptor>();
        services.AddSingleton<PastYearGuard>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxNotifier>();
        services.AddSingleton<SchoolFiguresInterceptor>();

        if (options.IsPostgres)
        {
            var connectionString = configuration.GetConnectionString("PostgreSQL");
            if (string.IsNullOrWhiteSpace(connectionString))
                throw new InvalidOperationException("Database:Provider=PostgreSQL demande la chaîne de connexion ConnectionStrings:PostgreSQL.");
            services.AddDbContext<AppDbContext, PostgresAppDbContext>((sp, db) => db
                .UseNpgsql(connectionString, npgsql => npgsql.EnableRetryOnFailure())
                .AddInterceptors(sp.GetRequiredService<AuditInterceptor>(), sp.GetRequiredService<PastYearGuard>(), sp.GetRequiredService<OutboxNotifier>(),
                    sp.GetRequiredService<SchoolFiguresInterceptor>()));
        }
        else if (options.IsSqlServer)
        {
            var connectionString = configuration.GetConnectionString("SqlServer");
            if (string.IsNullOrWhiteSpace(connectionString))
                throw new InvalidOperationException("Database:Provider=SqlServer demande la chaîne de connexion ConnectionStrings:SqlServer.");
            services.AddDbContext<AppDbContext, SqlServerAppDbContext>((sp, db) => db
                .UseSqlServer(connectionString, sql => sql.EnableRetryOnFailure())
                .AddInterceptors(sp.GetRequiredService<AuditInterceptor>(), sp.GetRequiredService<PastYearGuard>(), sp.GetRequiredService<OutboxNotifier>(),
                    sp.GetRequiredService<SchoolFiguresInterceptor>()));
        }
        else
        {
            var path = Path.IsPathRooted(options.SqlitePath) ? options.SqlitePath : Path.Combine(environment.ContentRootPath, options.SqlitePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();
            services.AddDbContext<AppDbContext, SqliteAppDbContext>((sp, db) => db
                .UseSqlite(connectionString)
                .AddInterceptors(sp.GetRequiredService<AuditInterceptor>(), sp.GetRequiredService<PastYearGuard>(), sp.GetRequiredService<OutboxNotifier>(),
                    sp.GetRequiredService<SchoolFiguresInterceptor>()));
        }
        return services;
    }
}
