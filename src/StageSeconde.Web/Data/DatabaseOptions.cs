namespace StageSeconde.Web.Data;

public sealed class DatabaseOptions
{
    public const string Section = "Database";
    /// <summary>
    /// <c>Sqlite</c> (default, embedded, one lycée), <c>PostgreSQL</c> or <c>SqlServer</c> (a server shared by several
    /// instances; connection string <c>ConnectionStrings:PostgreSQL</c> or <c>ConnectionStrings:SqlServer</c>).
    /// </summary>
    public string Provider { get; set; } = "Sqlite";

    public bool IsPostgres => string.Equals(Provider, "PostgreSQL", StringComparison.OrdinalIgnoreCase)
                              || string.Equals(Provider, "Postgres", StringComparison.OrdinalIgnoreCase);

    public bool IsSqlServer => string.Equals(Provider, "SqlServer", StringComparison.OrdinalIgnoreCase);
    /// <summary>The SQLite file, relative to the content root unless absolute.</summary>
    public string SqlitePath { get; set; } = "App_Data/stageseconde.db";
}
