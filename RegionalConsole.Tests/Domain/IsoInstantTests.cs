using RegionalConsole.Domain;

namespace RegionalConsole.Tests.Domain;

public sealed class IsoInstantTests
{
    private static readonly DateTime TenInTaipei = new(2026, 11, 25, 2, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("2026-11-25T10:00:00+08:00")]
    [InlineData("2026-11-25T02:00:00Z")]
    [InlineData("2026-11-25T02:00Z")]
    [InlineData("2026-11-25T10:00:00.000+08:00")]
    [InlineData("2026-11-25T10:00:00")]
    [InlineData("2026-11-25T10:00")]
    public void AnInstantIsReadWithItsOffsetOrAsTaipeiTime(string text)
    {
        Assert.True(IsoInstant.TryParse(text, out var utc));
        Assert.Equal(TenInTaipei, utc);
        Assert.Equal(DateTimeKind.Utc, utc.Kind);
    }

    [Fact]
    public void ADateAloneIsMidnightInTaipei()
    {
        Assert.True(IsoInstant.TryParse("2026-11-25", out var utc));
        Assert.Equal(new DateTime(2026, 11, 24, 16, 0, 0, DateTimeKind.Utc), utc);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("11/25/2026")]
    [InlineData("2026-11-25 10:00")]
    [InlineData("2026-11-25T10:00:00 08:00")]
    [InlineData("2026-02-30T10:00")]
    [InlineData("tomorrow")]
    public void AnythingElseIsRefused(string? text) => Assert.False(IsoInstant.TryParse(text, out _));
}
