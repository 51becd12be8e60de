using System.Diagnostics.Metrics;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Review;

namespace RegionalConsole.Features.Operations;

/// <summary>
/// The console's observable gauges over <see cref="OperationsFigures"/> (README "Operations" says what each means and
/// when to worry). Made when the meter provider starts, so only when telemetry is on; callbacks run only when an
/// exporter collects. Ages are counted at collection from the snapshot's instants, so they grow between reads.
/// </summary>
public sealed class OperationsGauges
{
    public OperationsGauges(ConsoleInstruments instruments, OperationsFigures figures)
    {
        ArgumentNullException.ThrowIfNull(instruments);
        ArgumentNullException.ThrowIfNull(figures);
        var meter = instruments.Meter;

        meter.CreateObservableGauge("regional_console.review.open_items",
            () => Of<int>(figures, s => s.OpenItems.Select(o => new Measurement<int>(o.Count, Tag("centre", o.Centre), Tag("sla_state", StateName(o.State))))),
            "{item}", "Undecided review items by centre and SLA state (SPEC §4: on_track, due_soon, overdue).");
        meter.CreateObservableGauge("regional_console.review.overdue_items",
            () => Of<int>(figures, s => [new Measurement<int>(s.Overdue)]),
            "{item}", "Undecided review items past their due date, all centres.");

        meter.CreateObservableGauge("regional_console.mail.outbox.messages",
            () => Of<int>(figures, s => [new Measurement<int>(s.Mail.Pending, Tag("state", "pending")), new Measurement<int>(s.Mail.Failed, Tag("state", "failed"))]),
            "{message}", "Unsent mails: pending (not yet tried) and failed (tried, waiting for a retry).");
        meter.CreateObservableGauge("regional_console.mail.outbox.oldest_age",
            () => Of<double>(figures, s => [new Measurement<double>(s.Mail.OldestCreatedAt is { } at ? Seconds(figures, at) : 0)]),
            "s", "Age of the oldest unsent mail; 0 when the outbox is empty.");

        meter.CreateObservableGauge("regional_console.webhook.deliveries",
            () => Of<int>(figures, s => [new Measurement<int>(s.Webhooks.Pending, Tag("state", "pending")), new Measurement<int>(s.Webhooks.Failing, Tag("state", "failing"))]),
            "{delivery}", "Undelivered webhook deliveries of active subscriptions: pending, and failing (failed at least once).");
        meter.CreateObservableGauge("regional_console.webhook.subscriptions",
            () => Of<int>(figures, s => [new Measurement<int>(s.Webhooks.ActiveSubscriptions, Tag("state", "active")),
                new Measurement<int>(s.Webhooks.SuspendedSubscriptions, Tag("state", "suspended"))]),
            "{subscription}", "Webhook subscriptions by state; a suspended one receives nothing.");

        meter.CreateObservableGauge("regional_console.preschool_exchange.last_run.age",
            () => Of<double>(figures, s => s.Exchange is { LastRunStartedAt: { } at, LastRunStatus: { } status }
                ? [new Measurement<double>(Seconds(figures, at), Tag("status", RunStatusName(status)))] : []),
            "s", "Time since the latest preschool exchange run started, with its status.");
        meter.CreateObservableGauge("regional_console.preschool_exchange.last_success.age",
            () => Of<double>(figures, s => s.Exchange.LastSuccessAt is { } at ? [new Measurement<double>(Seconds(figures, at))] : []),
            "s", "Time since the latest successful preschool exchange run finished.");
        meter.CreateObservableGauge("regional_console.preschool_exchange.unacknowledged_runs",
            () => Of<int>(figures, s => [new Measurement<int>(s.Exchange.UnacknowledgedOverdue)]),
            "{run}", "Exchange runs the platform has not acknowledged within 3 days (SPEC §14.4).");
    }

    private static IEnumerable<Measurement<T>> Of<T>(OperationsFigures figures, Func<OperationsSnapshot, IEnumerable<Measurement<T>>> read)
        where T : struct => figures.Current() is { } snapshot ? read(snapshot) : [];

    private static double Seconds(OperationsFigures figures, DateTime at) => Math.Max(0, figures.Age(at).TotalSeconds);

    private static KeyValuePair<string, object?> Tag(string name, object value) => new(name, value);

    private static string StateName(SlaState state) => state switch
    {
        SlaState.OnTrack => "on_track",
        SlaState.DueSoon => "due_soon",
        SlaState.Overdue => "overdue",
        _ => "decided",
    };

    private static string RunStatusName(ExchangeRunStatus status) => status switch
    {
        ExchangeRunStatus.Running => "running",
        ExchangeRunStatus.Succeeded => "succeeded",
        _ => "failed",
    };
}
