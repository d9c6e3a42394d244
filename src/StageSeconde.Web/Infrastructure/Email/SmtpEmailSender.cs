using System.Collections.Concurrent;
using System.Net.Sockets;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace StageSeconde.Web.Infrastructure.Email;

/// <summary>
/// Sends plain-text e-mail over SMTP with MailKit. Connections are kept open between messages in a small pool (the outbox
/// dispatcher sends a few at a time; a new connection per message would cost a handshake each): before one is used again
/// it is checked with a NOOP, and replaced when the server has closed it, so that a message is never handed to a dead
/// connection. Any failure drops the connection; the next message opens a new one.
/// </summary>
public sealed class SmtpEmailSender(IOptions<SmtpOptions> options) : IEmailSender, IDisposable
{
    private readonly SmtpOptions _options = options.Value;
    private readonly ConcurrentBag<SmtpClient> _idle = [];

    public bool IsConfigured => !string.IsNullOrWhiteSpace(_options.Host);

    public async Task SendAsync(string to, string subject, string textBody, CancellationToken ct = default)
    {
        if (!IsConfigured) throw new InvalidOperationException("Aucun serveur SMTP n'est configuré.");
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(_options.From));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = textBody };

        var client = await ConnectedAsync(ct);
        try
        {
            await client.SendAsync(message, ct);
        }
        catch
        {
            client.Dispose();
            throw;
        }
        _idle.Add(client);
    }

    /// <summary>An idle connection that the server still answers, otherwise a new one.</summary>
    private async Task<SmtpClient> ConnectedAsync(CancellationToken ct)
    {
        while (_idle.TryTake(out var open))
        {
            if (!open.IsConnected)
            {
                open.Dispose();
                continue;
            }
            try
            {
                await open.NoOpAsync(ct);
                return open;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Closed by the server (idle timeout, restart): try the next one, or open a new one below.
                open.Dispose();
            }
        }

        var client = new SmtpClient();
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            // Without NoDelay, each short SMTP command may wait for the peer's delayed acknowledgement.
            await socket.ConnectAsync(_options.Host!, _options.Port, ct);
            await client.ConnectAsync(socket, _options.Host!, _options.Port, _options.UseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, ct);
            if (!string.IsNullOrEmpty(_options.UserName))
                await client.AuthenticateAsync(_options.UserName, _options.Password ?? "", ct);
        }
        catch
        {
            client.Dispose();
            socket.Dispose();
            throw;
        }
        return client;
    }

    public void Dispose()
    {
        while (_idle.TryTake(out var client))
        {
            try
            {
                if (client.IsConnected) client.Disconnect(true);
            }
            catch (Exception)
            {
                // Closing politely is a courtesy: the process is stopping anyway.
            }
            client.Dispose();
        }
    }
}
