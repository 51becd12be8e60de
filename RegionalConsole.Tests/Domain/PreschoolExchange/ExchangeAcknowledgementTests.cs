using RegionalConsole.Domain.Preschool;

namespace RegionalConsole.Tests.Domain.PreschoolExchange;

/// <summary>When an unacknowledged run is overdue (SPEC §14.4: within 3 days, calendar days).</summary>
public sealed class ExchangeAcknowledgementTests
{
    private static readonly DateTime Finished = new(2026, 12, 15, 18, 5, 0, DateTimeKind.Utc);

    [Fact]
    public void ARunIsNotOverdueOnItsThirdDay() =>
        Assert.False(ExchangeAcknowledgement.IsOverdue(Finished, null, false, Finished.AddDays(3)));

    [Fact]
    public void ARunUnacknowledgedAfterThreeDaysIsOverdue() =>
        Assert.True(ExchangeAcknowledgement.IsOverdue(Finished, null, false, Finished.AddDays(3).AddMinutes(1)));

    [Fact]
    public void AWeekendCountsTowardTheThreeDays()
    {
        // Friday 2026-12-18 17:00 Taipei: Monday 17:01 is past three calendar days, though only one working day.
        var friday = new DateTime(2026, 12, 18, 9, 0, 0, DateTimeKind.Utc);

        Assert.True(ExchangeAcknowledgement.IsOverdue(friday, null, false, friday.AddDays(3).AddMinutes(1)));
    }

    [Fact]
    public void AnAcknowledgedRunIsNeverOverdue() =>
        Assert.False(ExchangeAcknowledgement.IsOverdue(Finished, Finished.AddDays(5), false, Finished.AddDays(10)));

    [Fact]
    public void ARunWhoseRecordsALaterAcknowledgedRunCarriedIsNotOverdue() =>
        Assert.False(ExchangeAcknowledgement.IsOverdue(Finished, null, true, Finished.AddDays(40)));

    [Fact]
    public void TheDueInstantIsThreeDaysAfterTheRunFinished() =>
        Assert.Equal(new DateTime(2026, 12, 18, 18, 5, 0, DateTimeKind.Utc), ExchangeAcknowledgement.DueAt(Finished));
}
