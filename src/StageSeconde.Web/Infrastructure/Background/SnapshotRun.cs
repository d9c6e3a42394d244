namespace StageSeconde.Web.Infrastructure.Background;

/// <summary>What a run did: whether it held the lease, and how many schools' snapshots it recorded.</summary>
public sealed record SnapshotRun(bool LeaseTaken, int Recorded)
{
    public static readonly SnapshotRun Skipped = new(false, 0);
}
