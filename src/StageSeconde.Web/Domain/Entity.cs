namespace StageSeconde.Web.Domain;

/// <summary>A stored record with its audit columns, filled by <c>AuditInterceptor</c>.</summary>
public abstract class Entity
{
    public int Id { get; set; }

    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }

    /// <summary>Optimistic concurrency token, incremented on every update (works on SQLite and SQL Server).</summary>
    public int Version { get; set; }
}
