namespace StageSeconde.Web.Infrastructure.Security;

public static class AppClaims
{
    public const string SchoolId = "stageseconde:school_id";
    public const string SchoolName = "stageseconde:school_name";
    public const string StaffMemberId = "stageseconde:staff_id";
    public const string DisplayName = "stageseconde:display_name";

    /// <summary>Present when the user has set up two-factor authentication (see <c>TwoFactorEnrolmentFilter</c>).</summary>
    public const string TwoFactorEnabled = "stageseconde:two_factor";
}
