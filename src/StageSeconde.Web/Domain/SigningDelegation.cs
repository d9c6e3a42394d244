namespace StageSeconde.Web.Domain;

/// <summary>
/// The administrator's delegation of the chef d'établissement's signature to an adjoint (a Direction account): who, from
/// which day to which day (both included, Paris dates), recorded by whom; revocable. While it is current the delegate
/// signs conventions for the lycée as the head does.
/// </summary>
public class SigningDelegation : SchoolEntity
{
    public const int NameMaxLength = 200;

    private SigningDelegation() { }

    public SigningDelegation(int schoolId, string delegateUserId, string delegateName, DateOnly from, DateOnly to, Actor by, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(delegateUserId)) throw new ArgumentException("A delegation names an account.", nameof(delegateUserId));
        if (to < from) throw new DomainException("La fin de la délégation ne peut pas précéder son début.", nameof(To));
        if (to > from.AddYears(1)) throw new DomainException("Une délégation dure au plus un an.", nameof(To));
        SchoolId = schoolId;
        DelegateUserId = delegateUserId;
        DelegateName = delegateName.Length > NameMaxLength ? delegateName[..NameMaxLength] : delegateName;
        From = from;
        To = to;
        RecordedBy = by.UserName;
        RecordedAt = at.UtcDateTime;
    }

    /// <summary>The delegate's account (<see cref="ApplicationUser"/> id).</summary>
    public string DelegateUserId { get; private set; } = "";
    /// <summary>The delegate's name when the delegation was recorded.</summary>
    public string DelegateName { get; private set; } = "";
    public DateOnly From { get; private set; }
    public DateOnly To { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public DateTime RecordedAt { get; private set; }
    public string? RevokedBy { get; private set; }
    public DateTime? RevokedAt { get; private set; }

    public bool IsRevoked => RevokedAt is not null;

    /// <summary>Whether the delegate may sign on <paramref name="today"/> (Paris date).</summary>
    public bool IsCurrentOn(DateOnly today) => !IsRevoked && From <= today && today <= To;

    public void Revoke(Actor by, DateTimeOffset at)
    {
        if (IsRevoked) throw new DomainException("Cette délégation est déjà révoquée.");
        RevokedBy = by.UserName;
        RevokedAt = at.UtcDateTime;
    }
}
