namespace StageSeconde.Web.Domain;

/// <summary>
/// A claim on a piece of background work (docs/architecture.md): whoever holds the lease named <see cref="Name"/> until
/// <see cref="ExpiresAt"/> (UTC) does the work; the other instances skip it. Taken and renewed by a conditional update.
/// </summary>
public class BackgroundLease
{
    public const int NameMaxLength = 100;
    public const int HolderMaxLength = 200;

    private BackgroundLease() { }

    public BackgroundLease(string name, string holder, DateTime expiresAt)
    {
        Name = name;
        Holder = holder;
        ExpiresAt = expiresAt;
    }

    public string Name { get; private set; } = "";
    public string Holder { get; private set; } = "";
    public DateTime ExpiresAt { get; private set; }
}
