namespace StageSeconde.Web.Data;

public sealed class DatabaseOptions
{
    public const string Section = "Database";
    /// <summary><c>Sqlite</c> (default, embedded) or <c>SqlServer</c>.</summary>
    public string Provider { get; set; } = "Sqlite";
    /// <summary>The SQLite file, relative to the content root unless absolute.</summary>
    public string SqlitePath { get; set; } = "App_Data/stageseconde.db";
}
