using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.Channels;
using Npgsql;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;

namespace RegionalConsole.Features.Queues;

/// <summary>
/// Queue changes across every node on one PostgreSQL database: each change is delivered to this node's listeners at
/// once and sent to the other nodes with NOTIFY; a dedicated connection LISTENs and hands their changes to this
/// node's listeners. A node ignores its own notifications (it delivered them already). Notifications are a hint to
/// reload, not a record: one lost while a connection is down costs a stale queue until the next change, never data.
/// Shared-state changes (<see cref="ISharedStateNotifier"/>) take the same way on a channel of their own; a node that
/// (re)starts listening drops all its caches, as it may have missed some while it was not listening.
/// </summary>
public sealed partial class PostgresQueueNotifier : BackgroundService, IQueueNotifier, ISharedStateNotifier
{
    public const string ChannelName = "rc_queue_changes";
    public const string SharedStateChannelName = "rc_shared_state";

    private static readonly TimeSpan[] ReconnectDelays = [TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5)];

    private readonly InProcessQueueNotifier _local;
    private readonly SharedStateCaches _caches;
    private readonly NpgsqlDataSource _dataSource;
    private readonly ILogger<PostgresQueueNotifier> _logger;
    private readonly string _node = Guid.NewGuid().ToString("N")[..12];
    private readonly Channel<Notice> _outbox = Channel.CreateBounded<Notice>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public PostgresQueueNotifier(DatabaseInfo database, InProcessQueueNotifier local, SharedStateCaches caches, ILogger<PostgresQueueNotifier> logger)
    {
        ArgumentNullException.ThrowIfNull(database);
        _local = local;
        _caches = caches;
        _logger = logger;
        // Its own small pool: the listener holds one connection for the node's lifetime, outside the EF pool.
        var builder = new NpgsqlConnectionStringBuilder(database.ConnectionString) { KeepAlive = 30, MaxPoolSize = 4, MinPoolSize = 0 };
        _dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
    }

    /// <summary>Completes once this node listens, so a test (or a health probe) knows other nodes' changes reach it.</summary>
    public Task Listening => _listening.Task;

    public void Publish(QueueChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        _local.Publish(change);
        var wire = new Wire(_node, change.CentreCode, change.Kind, change.ItemId, change.What);
        _outbox.Writer.TryWrite(new Notice(ChannelName, JsonSerializer.Serialize(wire, WireJson.Default.Wire), change.What));
    }

    public void Changed(SharedState state)
    {
        _caches.Invalidate(state);
        var wire = new SharedStateWire(_node, state);
        _outbox.Writer.TryWrite(new Notice(SharedStateChannelName, JsonSerializer.Serialize(wire, WireJson.Default.SharedStateWire), state.ToString()));
    }

    public IDisposable Subscribe(string centreCode, Func<QueueChange, Task> listener) => _local.Subscribe(centreCode, listener);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(ListenAsync(stoppingToken), SendAsync(stoppingToken));

    private async Task ListenAsync(CancellationToken ct)
    {
        var attempt = 0;
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await using var connection = await _dataSource.OpenConnectionAsync(ct);
                connection.Notification += (_, e) => Receive(e.Channel, e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {ChannelName}; LISTEN {SharedStateChannelName}", connection))
                {
                    await listen.ExecuteNonQueryAsync(ct);
                }

                // Changes made while this node was not listening went unheard: whatever it cached may be stale.
                _caches.InvalidateAll();
                attempt = 0;
                _listening.TrySetResult();
                while (!ct.IsCancellationRequested)
                {
                    await connection.WaitAsync(ct);
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A dropped connection or a restarting server must not end the listener: reconnect.
            catch (Exception e)
#pragma warning restore CA1031
            {
                var delay = ReconnectDelays[Math.Min(attempt++, ReconnectDelays.Length - 1)];
                LogListenerLost(_logger, e, delay.TotalMilliseconds);
                await Task.Delay(delay, ct).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private async Task SendAsync(CancellationToken ct)
    {
        try
        {
            await foreach (var notice in _outbox.Reader.ReadAllAsync(ct))
            {
                try
                {
                    await using var notify = _dataSource.CreateCommand("SELECT pg_notify(@channel, @payload)");
                    notify.Parameters.AddWithValue("channel", notice.Channel);
                    notify.Parameters.AddWithValue("payload", notice.Payload);
                    await notify.ExecuteNonQueryAsync(ct);
                }
                catch (OperationCanceledException) when (ct.IsCancellationRequested)
                {
                    return;
                }
#pragma warning disable CA1031 // Other nodes miss one reload hint (a cache expires anyway); the change is saved. Keep sending.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    LogSendFailed(_logger, e, notice.Channel, notice.What);
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }

    private void Receive(string channel, string payload)
    {
        try
        {
            if (channel == SharedStateChannelName)
            {
                if (JsonSerializer.Deserialize(payload, WireJson.Default.SharedStateWire) is { } notice && notice.Node != _node)
                {
                    _caches.Invalidate(notice.State);
                }
            }
            else if (JsonSerializer.Deserialize(payload, WireJson.Default.Wire) is { } wire && wire.Node != _node)
            {
                _local.Publish(new QueueChange(wire.Centre, wire.Kind, wire.Item, wire.What));
            }
        }
        catch (JsonException e)
        {
            LogBadPayload(_logger, e, channel);
            if (channel == SharedStateChannelName)
            {
                // Something shared changed, but what is unreadable (a newer node's state, say): drop it all.
                _caches.InvalidateAll();
            }
        }
    }

    public override void Dispose()
    {
        base.Dispose();
        _dataSource.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Queue change listener lost its PostgreSQL connection; reconnecting in {DelayMs} ms.")]
    private static partial void LogListenerLost(ILogger logger, Exception exception, double delayMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell other nodes about '{What}' on {Channel}.")]
    private static partial void LogSendFailed(ILogger logger, Exception exception, string channel, string what);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored a notification on {Channel} that it cannot read.")]
    private static partial void LogBadPayload(ILogger logger, Exception exception, string channel);

    /// <summary>The notification: short keys, well under PostgreSQL's 8,000-byte payload limit.</summary>
    internal sealed record Wire(
        [property: JsonPropertyName("n")] string Node,
        [property: JsonPropertyName("c")] string Centre,
        [property: JsonPropertyName("k")] ReviewKind Kind,
        [property: JsonPropertyName("i")] int Item,
        [property: JsonPropertyName("w")] string What);

    /// <summary>A shared-state change: which state, from which node.</summary>
    internal sealed record SharedStateWire(
        [property: JsonPropertyName("n")] string Node,
        [property: JsonPropertyName("s")] SharedState State);

    /// <summary>A notification waiting to be sent; <see cref="What"/> names it in the log if sending fails.</summary>
    private sealed record Notice(string Channel, string Payload, string What);
}

[JsonSourceGenerationOptions(UseStringEnumConverter = true)]
[JsonSerializable(typeof(PostgresQueueNotifier.Wire))]
[JsonSerializable(typeof(PostgresQueueNotifier.SharedStateWire))]
internal sealed partial class WireJson : JsonSerializerContext;
