namespace StageSeconde.Web.Infrastructure.Email;

public interface IEmailSender
{
    bool IsConfigured { get; }
    Task SendAsync(string to, string subject, string textBody, CancellationToken ct = default);
}
