using RegionalConsole.Domain.Preschool;

namespace RegionalConsole.Tests.Domain.PreschoolExchange;

public sealed class ExchangePeriodTests
{
    private static DateTime Utc(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, DateTimeKind.Utc);

    [Fact]
    public void APeriodFallsDueOnItsFifteenthAtTheHourInTaipei() =>
        Assert.Equal(Utc(11, 14, 18), new ExchangePeriod(2026, 11).DueAt(2));

    [Fact]
    public void FromTheDueInstantTheCurrentMonthIsTheLatestDue() =>
        Assert.Equal(new ExchangePeriod(2026, 11), ExchangePeriod.LatestDue(Utc(11, 14, 18), 2));

    [Fact]
    public void BeforeTheFifteenthLastMonthIsTheLatestDue() =>
        Assert.Equal(new ExchangePeriod(2026, 10), ExchangePeriod.LatestDue(Utc(11, 14, 17, 59), 2));

    [Fact]
    public void JanuaryFollowsDecember() => Assert.Equal(new ExchangePeriod(2027, 1), new ExchangePeriod(2026, 12).Next());

    [Fact]
    public void TheKeyIsYearAndMonthAndReadsBack()
    {
        Assert.Equal("2026-03", new ExchangePeriod(2026, 3).Key);
        Assert.True(ExchangePeriod.TryParse("2026-03", out var period));
        Assert.Equal(new ExchangePeriod(2026, 3), period);
        Assert.False(ExchangePeriod.TryParse("2026-13", out _));
    }

    [Fact]
    public void PeopleReadThePeriodInTheRocCalendar() => Assert.Equal("115年11月", new ExchangePeriod(2026, 11).RocText);
}
