namespace StageSeconde.Web.Infrastructure.Background;

public sealed class SchoolFiguresOptions
{
    public const string Section = "AcademieFigures";
    /// <summary>Whether the background fill runs (the académie page still recomputes on the spot what it shows).</summary>
    public bool Enabled { get; set; } = true;
    /// <summary>How often it looks again for rows missing, stale or of another build (a safety net: saves keep rows current).</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);
    /// <summary>Wait after start-up before the first run (the application already listens).</summary>
    public TimeSpan FirstRunDelay { get; set; } = TimeSpan.FromSeconds(5);
    /// <summary>Lycées recomputed per batch, each with a fresh unit of work; the lease is renewed between batches.</summary>
    public int BatchSize { get; set; } = 50;
}
