using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace StageSeconde.Web.Infrastructure.Email;

public interface IEmailSender
{
    bool IsConfigured { get; }
    Task SendAsync(string to, string subject, string textBody, CancellationToken ct = default);
}
