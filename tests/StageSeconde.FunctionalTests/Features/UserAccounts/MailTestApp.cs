using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using MimeKit;
using SmtpServer;
using SmtpServer.ComponentModel;
using SmtpServer.Protocol;
using SmtpServer.Storage;
using StageSeconde.Tests.Support;

namespace StageSeconde.FunctionalTests.Features.UserAccounts;

/// <summary>
/// The application configured with a real SMTP server, run in the test process on a free loopback port. The outbox
/// dispatcher runs in the background (polling every 200 ms, retrying after 200 ms then at most every second) and delivers
/// to <see cref="Messages"/>; the server can be stopped and started again on the same port.
/// </summary>
public class MailTestApp : TestApp
{
    private CancellationTokenSource _stop = new();
    private Task _running = Task.CompletedTask;
    private bool _stopped;

    public MailTestApp()
    {
        Port = FreeLoopbackPort();
        StartSmtpServer();
    }

    public int Port { get; }
    public global::SmtpServer.SmtpServer SmtpHost { get; private set; } = null!;
    /// <summary>Every message any SMTP server of this app accepted, in order.</summary>
    public ConcurrentQueue<MimeMessage> Messages { get; } = new();
    public bool SmtpRunning { get; private set; }

    /// <summary>The messages received for <paramref name="address"/>.</summary>
    public IReadOnlyList<MimeMessage> To(string address) =>
        Messages.Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase))).ToList();

    /// <summary>Waits (polling, up to <paramref name="timeout"/>, 30 s by default) until <paramref name="done"/> holds; false if it never does.</summary>
    public static async Task<bool> EventuallyAsync(Func<Task<bool>> done, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            if (await done()) return true;
            if (DateTime.UtcNow > deadline) return false;
            await Task.Delay(50);
        }
    }

    public static Task<bool> EventuallyAsync(Func<bool> done, TimeSpan? timeout = null) => EventuallyAsync(() => Task.FromResult(done()), timeout);

    /// <summary>A new SMTP server on <see cref="Port"/>, storing into the same <see cref="Messages"/>.</summary>
    public void StartSmtpServer()
    {
        if (SmtpRunning) return;
        _stop = new CancellationTokenSource();
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new ServiceProvider();
        services.Add(new Store(Messages));
        SmtpHost = new global::SmtpServer.SmtpServer(options, services);
        _running = SmtpHost.StartAsync(_stop.Token);
        WaitUntilListening(Port);
        SmtpRunning = true;
    }

    /// <summary>Stops the SMTP server: connections to <see cref="Port"/> are refused until <see cref="StartSmtpServer"/>.</summary>
    public async Task StopSmtpServerAsync()
    {
        if (!SmtpRunning) return;
        SmtpRunning = false;
        await _stop.CancelAsync();
        try
        {
            await _running.WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
        _stop.Dispose();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Smtp:Host", "127.0.0.1");
        builder.UseSetting("Smtp:Port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Outbox:PollInterval", "00:00:00.200");
        builder.UseSetting("Outbox:FirstRetryDelay", "00:00:00.200");
        builder.UseSetting("Outbox:MaxRetryDelay", "00:00:01");
    }

    /// <summary>A port nothing listens on right now (the OS picks it, then it is released).</summary>
    public static int FreeLoopbackPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private static void WaitUntilListening(int port)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(50);
            }
        }
    }

    /// <summary>WebApplicationFactory's Dispose calls back into itself: stop the SMTP server once.</summary>
    protected override void Dispose(bool disposing)
    {
        if (disposing && !_stopped)
        {
            _stopped = true;
            if (SmtpRunning)
            {
                SmtpRunning = false;
                _stop.Cancel();
                _stop.Dispose();
            }
        }
        base.Dispose(disposing);
    }

    private sealed class Store(ConcurrentQueue<MimeMessage> messages) : MessageStore
    {
        public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            messages.Enqueue(MimeMessage.Load(stream, cancellationToken));
            return Task.FromResult(SmtpResponse.Ok);
        }
    }
}
