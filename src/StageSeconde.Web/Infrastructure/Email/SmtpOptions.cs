namespace StageSeconde.Web.Infrastructure.Email;

public sealed class SmtpOptions
{
    public const string Section = "Smtp";
    /// <summary>Empty: no e-mail is sent and pages show links to pass on by hand.</summary>
    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    public bool UseStartTls { get; set; }
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "StageSeconde <ne-pas-repondre@stageseconde.local>";
}
