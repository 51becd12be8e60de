using RegionalConsole.Domain;

namespace RegionalConsole.Tests.Domain;

public sealed class RocDateParsingTests
{
    [Theory]
    [InlineData("115/09/01")]
    [InlineData("115/9/1")]
    [InlineData(" 115-9-1 ")]
    [InlineData("115.09.01")]
    public void AnRocDateIsReadAsTypedWithAnySeparator(string text)
    {
        Assert.True(RocDate.TryParse(text, out var date));
        Assert.Equal(new DateOnly(2026, 9, 1), date);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("2026-09-01x")]
    [InlineData("115/13/01")]
    [InlineData("115/02/29")]
    [InlineData("115/9")]
    [InlineData("九月一日")]
    [InlineData("+115/9/1")]
    public void AnythingElseIsRefused(string? text) => Assert.False(RocDate.TryParse(text, out _));

    [Fact]
    public void ALeapDayOfAnRocLeapYearIsRead()
    {
        // 民國113年 is 2024, a leap year.
        Assert.True(RocDate.TryParse("113/02/29", out var date));
        Assert.Equal(new DateOnly(2024, 2, 29), date);
    }

    [Fact]
    public void WhatShortWritesIsReadBack()
    {
        var date = new DateOnly(2026, 11, 25);

        Assert.True(RocDate.TryParse(RocDate.Short(date), out var read));
        Assert.Equal(date, read);
    }
}
