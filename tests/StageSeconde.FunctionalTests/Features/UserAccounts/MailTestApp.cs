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

/// <summary>The application configured with a real SMTP server, run in the test process on a free loopback port.</summary>
public sealed class MailTestApp : TestApp
{
    private readonly CancellationTokenSource _stop = new();
    private bool _stopped;

    public MailTestApp()
    {
        Port = FreeLoopbackPort();
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new ServiceProvider();
        services.Add(new Store(Messages));
        SmtpHost = new global::SmtpServer.SmtpServer(options, services);
        _ = SmtpHost.StartAsync(_stop.Token);
        WaitUntilListening(Port);
    }

    public int Port { get; }
    public global::SmtpServer.SmtpServer SmtpHost { get; }
    public ConcurrentQueue<MimeMessage> Messages { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Smtp:Host", "127.0.0.1");
        builder.UseSetting("Smtp:Port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
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
            _stop.Cancel();
            _stop.Dispose();
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
