using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using StageSeconde.Web.Data;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.Tests.Support;

/// <summary>
/// The database the functional tests run on. The sources of tests/StageSeconde.FunctionalTests are compiled twice: by that
/// project, on SQLite, and by tests/StageSeconde.FunctionalTests.PostgreSQL, which defines <c>STAGESECONDE_TESTS_POSTGRESQL</c>,
/// on PostgreSQL (a database per <see cref="TestApp"/>, copied from a template migrated once, <see cref="PostgresTemplate"/>).
/// </summary>
public static class TestProvider
{
#if STAGESECONDE_TESTS_POSTGRESQL
    public static readonly bool IsPostgres = true;
#else
    public static readonly bool IsPostgres = false;
#endif

    public static string Name => IsPostgres ? "PostgreSQL" : "SQLite";

    /// <summary>A context of the application's provider on <paramref name="app"/>'s database, outside its services.</summary>
    public static AppDbContext NewContext(TestApp app, ICurrentUser user, params IInterceptor[] interceptors)
    {
        if (app.PostgresConnectionString is { } postgres)
        {
            var options = new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(postgres).AddInterceptors(interceptors).Options;
            return new PostgresAppDbContext(options, user);
        }
        var sqlite = new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite($"Data Source={app.DatabasePath}").AddInterceptors(interceptors).Options;
        return new SqliteAppDbContext(sqlite, user);
    }
}

/// <summary>
/// A test that is about SQLite itself (its file, its pragmas, its migrations): skipped in the PostgreSQL run, with the reason.
/// Every exclusion is listed in docs/architecture.md (Tests).
/// </summary>
public sealed class SqliteOnlyFactAttribute : FactAttribute
{
    public SqliteOnlyFactAttribute(string reason)
    {
        if (TestProvider.IsPostgres) Skip = "Propre à SQLite : " + reason;
    }
}
