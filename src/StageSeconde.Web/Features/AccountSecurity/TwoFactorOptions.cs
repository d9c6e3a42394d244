namespace StageSeconde.Web.Features.AccountSecurity;

/// <summary>Settings of the sign-in security (<c>Security</c> in appsettings.json).</summary>
public sealed class TwoFactorOptions
{
    public const string Section = "Security";

    /// <summary>
    /// True (the default): the Direction and the administrators must set up two-factor authentication before any other page.
    /// False only for the demonstration (appsettings.Development.json) and the tests: said in a warning at start-up.
    /// </summary>
    public bool RequireTwoFactorForDirection { get; set; } = true;
}
