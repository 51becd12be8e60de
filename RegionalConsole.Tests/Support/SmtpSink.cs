using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace RegionalConsole.Tests.Support;

/// <summary>
/// A real SMTP server on loopback (the SmtpServer library) that keeps what it receives. It can be stopped and started
/// again on the same port, as an SMTP server going down and coming back.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly ConcurrentQueue<MimeMessage> _received = new();
    private SmtpServer.SmtpServer? _server;
    private Task? _running;

    public SmtpSink()
    {
        // A free port, fixed for the sink's life so a restart comes back where the app sends.
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
    }

    public int Port { get; }

    public IReadOnlyList<MimeMessage> Received => [.. _received];

    public IDictionary<string, string?> Settings(bool digest = false) => new Dictionary<string, string?>
    {
        ["Mail:Smtp:Host"] = "127.0.0.1",
        ["Mail:Smtp:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mail:Smtp:From"] = "研習審核平臺 <no-reply@console.example.edu.tw>",
        ["Mail:PollMilliseconds"] = "100",
        ["Mail:Digest:Enabled"] = digest ? "true" : "false",
    };

    public void Start()
    {
        var options = new SmtpServerOptionsBuilder().ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(_received));
        _server = new SmtpServer.SmtpServer(options, services);
        _running = _server.StartAsync(CancellationToken.None);
    }

    public async Task StopAsync()
    {
        if (_server is null)
        {
            return;
        }

        _server.Shutdown();
        await _server.ShutdownTask;
        await _running!;
        _server = null;
    }

    /// <summary>
    /// Waits until a received message matches; fails the test after <paramref name="seconds"/>. <paramref name="stalled"/>
    /// is called each further second without one after the first three (a test on a fake clock moves it there, so that a
    /// send that failed on a loaded machine is retried, as the real clock would retry it).
    /// </summary>
    public async Task<MimeMessage> WaitForAsync(Func<MimeMessage, bool> match, int seconds = 15, Action? stalled = null)
    {
        var started = DateTime.UtcNow;
        var nextNudge = started.AddSeconds(3);
        while (DateTime.UtcNow < started.AddSeconds(seconds))
        {
            if (_received.FirstOrDefault(match) is { } message)
            {
                return message;
            }

            if (stalled is not null && DateTime.UtcNow >= nextNudge)
            {
                stalled();
                nextNudge = DateTime.UtcNow.AddSeconds(1);
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The SMTP sink received no matching message in time.");
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private sealed class Store(ConcurrentQueue<MimeMessage> received) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction,
            ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            received.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}

/// <summary>The app sending through an <see cref="SmtpSink"/>; the sink starts with it.</summary>
public sealed class MailAppFactory : ConsoleAppFactory
{
    public MailAppFactory()
        : this(new SmtpSink())
    {
    }

    private MailAppFactory(SmtpSink sink)
        : base(kestrel: false, sink.Settings())
    {
        Sink = sink;
        sink.Start();
    }

    public SmtpSink Sink { get; }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Sink.StopAsync().GetAwaiter().GetResult();
        }
    }
}
