namespace StageSeconde.Web.Infrastructure.Background;

public sealed class SnapshotOptions
{
    public const string Section = "Snapshots";
    /// <summary>Whether the background service runs (the dashboard still records the day's snapshot when it is opened).</summary>
    public bool Enabled { get; set; } = true;
    /// <summary>How often the service looks for schools without today's snapshot.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);
    /// <summary>Wait after start-up before the first run (start-up stays quick).</summary>
    public TimeSpan FirstRunDelay { get; set; } = TimeSpan.FromMinutes(1);
}
