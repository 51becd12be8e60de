using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Changes;
using RegionalConsole.Domain.Webhooks;

namespace RegionalConsole.Tests.Domain.Webhooks;

public sealed class WebhookBackoffTests
{
    private static readonly DateTime Failed = new(2026, 12, 7, 2, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void TheFirstFailureIsRetriedAfterFiveSeconds() =>
        Assert.Equal(Failed.AddSeconds(5), WebhookBackoff.NextAttempt(1, Failed));

    [Fact]
    public void EachWaitIsLongerThanTheOneBefore() =>
        Assert.All(WebhookBackoff.Waits.Zip(WebhookBackoff.Waits.Skip(1)), pair => Assert.True(pair.Second >= pair.First));

    [Fact]
    public void RetriesGoOnForAtLeastADayBeforeGivingUp()
    {
        var at = Failed;
        var failures = 1;
        while (WebhookBackoff.NextAttempt(failures, at) is { } next)
        {
            at = next;
            failures++;
        }

        Assert.True(at - Failed >= TimeSpan.FromHours(24), $"gave up after {at - Failed}");
        Assert.Equal(WebhookBackoff.Waits.Count + 1, failures);
    }

    [Fact]
    public void TheTimeRetriedIsTheWaitsTogether() =>
        Assert.Equal(new TimeSpan(27, 35, 5), WebhookBackoff.RetriedFor);

    [Fact]
    public void EventsOmittedMeansEveryChangeType() =>
        Assert.Equal(Enum.GetValues<ChangeType>(), WebhookEvents.Read(null, out _));

    [Fact]
    public void AnUnknownEventNameIsReportedAndNotTaken()
    {
        var events = WebhookEvents.Read(["CourseDecided", "CourseApproved", "3"], out var unknown);

        Assert.Equal([ChangeType.CourseDecided], events);
        Assert.Equal(["CourseApproved", "3"], unknown);
    }

    [Fact]
    public void ASubscriptionWantsOnlyItsEventsOfOrganisersInItsScope()
    {
        var subscription = new WebhookSubscription
        {
            OwnerName = "tn",
            Url = "https://x.example/",
            ProtectedSecret = "",
            Events = [ChangeType.CourseDecided],
            CountyCode = "67000",
        };

        Assert.True(subscription.Wants(ChangeType.CourseDecided, "213501", "67000"));
        Assert.False(subscription.Wants(ChangeType.CourseSubmitted, "213501", "67000"));
        Assert.False(subscription.Wants(ChangeType.CourseDecided, "T63R01", "63000"));
    }
}
