using RegionalConsole.Domain;

namespace RegionalConsole.Tests.Domain;

public sealed class RocDateFormattingTests
{
    [Theory]
    [InlineData(2026, 11, 25, "115/11/25")]
    [InlineData(2026, 1, 5, "115/01/05")]
    [InlineData(1921, 3, 9, "10/03/09")]
    [InlineData(1912, 1, 1, "1/01/01")]
    public void ADateIsWrittenAsTheRocYearAndTwoDigitMonthAndDay(int year, int month, int day, string text) =>
        Assert.Equal(text, RocDate.Short(new DateOnly(year, month, day)));

    [Fact]
    public void AnInstantIsWrittenInTaipeiTimeAcrossMidnight() =>
        Assert.Equal("115/11/25 00:05", RocDate.ShortDateTime(new DateTime(2026, 11, 24, 16, 5, 59, DateTimeKind.Utc)));

    [Fact]
    public void TheSpanFormattersWriteWhatTheStringsSay()
    {
        Span<char> buffer = stackalloc char[32];
        var at = new DateTime(2026, 2, 3, 4, 5, 0, DateTimeKind.Utc);

        var date = new string(buffer[..RocDate.FormatShort(new DateOnly(2026, 2, 3), buffer)]);
        var instant = new string(buffer[..RocDate.FormatShortDateTime(at, buffer)]);

        Assert.Equal(("115/02/03", "115/02/03 12:05"), (date, instant));
    }

    [Theory]
    [InlineData(1911, 12, 31, "1911-12-31")]
    [InlineData(1, 1, 1, "0001-01-01")]
    [InlineData(1900, 1, 1, "1900-01-01")]
    public void ADateBeforeTheRepublicIsShownAsStoredRatherThanFailing(int year, int month, int day, string shown)
    {
        var date = new DateOnly(year, month, day);

        Assert.Equal((shown, shown), (RocDate.Short(date), RocDate.Long(date)));
    }

    [Fact]
    public void TheLastStorableDateHasItsRocForm() =>
        Assert.Equal(("8088/12/31", "民國8088年12月31日"), (RocDate.Short(DateOnly.MaxValue), RocDate.Long(DateOnly.MaxValue)));

    [Fact]
    public void TheExtremeInstantsFormatWithoutFailing()
    {
        Assert.StartsWith("0001-01-01 08:", RocDate.ShortDateTime(DateTime.MinValue), StringComparison.Ordinal);
        Assert.StartsWith("8088/12/31", RocDate.ShortDateTime(DateTime.MaxValue), StringComparison.Ordinal);
    }
}
