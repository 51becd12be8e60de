using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Features.Operations;

namespace RegionalConsole.Tests.Features.Operations;

/// <summary>
/// Listens to one host's own "RegionalConsole" meter (by its meter factory): an exporter listens by meter name, so in a
/// test process where several hosts run at once a scrape also carries the other hosts' series; this reads only ours.
/// Counters are heard from construction on; gauges are read on <see cref="Observe"/>.
/// </summary>
internal sealed class ConsoleMeasurements : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly List<Measured> _counted = [];
    private List<Measured>? _observing;

    public ConsoleMeasurements(IServiceProvider services)
    {
        var ownMeters = services.GetRequiredService<IMeterFactory>();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Scope == ownMeters && instrument.Meter.Name == ConsoleInstruments.Name)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<int>((i, v, tags, _) => Record(i, v, tags));
        _listener.SetMeasurementEventCallback<long>((i, v, tags, _) => Record(i, v, tags));
        _listener.SetMeasurementEventCallback<double>((i, v, tags, _) => Record(i, v, tags));
        _listener.Start();
    }

    /// <summary>Every gauge's values now.</summary>
    public IReadOnlyList<Measured> Observe()
    {
        _observing = [];
        _listener.RecordObservableInstruments();
        var observed = _observing;
        _observing = null;
        return observed;
    }

    /// <summary>The sum of what a counter was given with these attributes since construction.</summary>
    public double Counted(string name, params (string Key, object Value)[] tags)
    {
        lock (_counted)
        {
            return _counted.Where(m => m.Name == name && m.Has(tags)).Sum(m => m.Value);
        }
    }

    public void Dispose() => _listener.Dispose();

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var measured = new Measured(instrument.Name, value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value));
        if (instrument.IsObservable)
        {
            _observing?.Add(measured);
            return;
        }

        lock (_counted)
        {
            _counted.Add(measured);
        }
    }
}

internal sealed record Measured(string Name, double Value, IReadOnlyDictionary<string, object?> Tags)
{
    public bool Has((string Key, object Value)[] tags) => tags.All(t => Equals(Tags.GetValueOrDefault(t.Key), t.Value));
}

internal static class MeasuredLists
{
    /// <summary>The value of the one measurement of <paramref name="name"/> carrying these attributes.</summary>
    public static double Value(this IReadOnlyList<Measured> measured, string name, params (string Key, object Value)[] tags)
    {
        var matching = measured.Where(m => m.Name == name && m.Has(tags)).ToList();
        Assert.True(matching.Count == 1, $"{matching.Count} measurements of {name} {string.Join(",", tags)}");
        return matching[0].Value;
    }
}
