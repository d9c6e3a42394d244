namespace StageSeconde.Web.Domain;

/// <summary>Who performs an action on a record: the login's user name and, for school staff, their staff record.</summary>
public sealed record Actor
{
    public Actor(string userName, int? staffId = null)
    {
        if (string.IsNullOrWhiteSpace(userName)) throw new ArgumentException("An actor needs a user name.", nameof(userName));
        UserName = userName.Trim();
        StaffId = staffId;
    }

    public string UserName { get; }
    public int? StaffId { get; }
}
