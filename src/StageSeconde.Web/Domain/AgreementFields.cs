namespace StageSeconde.Web.Domain;

/// <summary>
/// The fields a convention's rules concern, as <see cref="DomainException.Field"/> names them: the forms that ask for
/// them use the same property names, so that a broken rule is shown next to its field.
/// </summary>
public static class AgreementFields
{
    public const string HostId = nameof(HostId);
    public const string TutorId = nameof(TutorId);
    public const string PlannedActivities = nameof(PlannedActivities);
    public const string Reason = nameof(Reason);
    public const string GuardianId = nameof(GuardianId);
    public const string SignedOn = nameof(SignedOn);
}
