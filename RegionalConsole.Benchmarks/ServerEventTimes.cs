using System.Diagnostics.Metrics;

namespace RegionalConsole.Benchmarks;

/// <summary>
/// The server's own share of a click: Blazor's <c>aspnetcore.components.handle_event.duration</c> for events the given
/// component handles (the claim written, the grid reloaded and its rows rendered), read with a
/// <see cref="MeterListener"/> in the app's process. What remains of the click-to-update time is the network, the
/// render batch's trip and the browser's DOM update.
/// </summary>
internal sealed class ServerEventTimes : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly List<double> _milliseconds = [];
    private readonly string _component;

    public ServerEventTimes(string component)
    {
        _component = component;
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "Microsoft.AspNetCore.Components" && instrument.Name.Contains("event", StringComparison.Ordinal))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>(Record);
        _listener.Start();
    }

    /// <summary>Drops what was recorded so far (page loads before the clicks).</summary>
    public void Reset()
    {
        lock (_milliseconds)
        {
            _milliseconds.Clear();
        }
    }

    public List<double> Take()
    {
        lock (_milliseconds)
        {
            return [.. _milliseconds];
        }
    }

    private void Record(Instrument instrument, double seconds, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == "aspnetcore.components.type" && tag.Value is string type && type.EndsWith(_component, StringComparison.Ordinal))
            {
                lock (_milliseconds)
                {
                    _milliseconds.Add(seconds * 1000);
                }

                return;
            }
        }
    }

    public void Dispose() => _listener.Dispose();
}
