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

    [Fact]
    public void ADateBeforeTheRepublicIsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RocDate.Short(new DateOnly(1911, 12, 31)));
}
