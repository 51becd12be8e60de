namespace RegionalConsole.Tests.Features.Operations;

/// <summary>
/// Hosts with telemetry on run one class at a time: an OpenTelemetry meter provider listens to every meter named
/// "RegionalConsole" in the process, so one host's scrape would run another host's gauge callbacks and fill its cache
/// before that test's data exists. A deployment has one host per process.
/// </summary>
[CollectionDefinition(Name)]
public sealed class TelemetryCollection
{
    public const string Name = "Telemetry hosts";
}
