using RegionalConsole.Domain.Changes;

namespace RegionalConsole.Tests.Domain.Changes;

public sealed class FeedCursorTests
{
    [Theory]
    [InlineData(0L)]
    [InlineData(1L)]
    [InlineData(10_000L)]
    [InlineData(long.MaxValue)]
    public void ACursorReadsBackAsTheChangeItWasMadeFor(long id)
    {
        Assert.True(FeedCursor.TryDecode(FeedCursor.Encode(id), out var back));
        Assert.Equal(id, back);
    }

    [Fact]
    public void NoCursorMeansFromTheBeginning()
    {
        Assert.True(FeedCursor.TryDecode(null, out var id));
        Assert.Equal(FeedCursor.Start, id);
    }

    [Fact]
    public void ACursorIsOpaqueRatherThanTheNumberItself() => Assert.NotEqual("42", FeedCursor.Encode(42));

    [Fact]
    public void LaterChangesHaveLaterCursorsAlsoAsText()
    {
        var ids = new long[] { 0, 1, 9, 10, 31, 32, 1023, 1024, 99_999, long.MaxValue };

        Assert.All(ids.Zip(ids.Skip(1)), pair =>
            Assert.True(string.CompareOrdinal(FeedCursor.Encode(pair.First), FeedCursor.Encode(pair.Second)) < 0));
    }

    [Theory]
    [InlineData("42")]
    [InlineData("000000000000A")]
    [InlineData("000000000000u")]
    [InlineData("!!!!!!!!!!!!!")]
    [InlineData("0000000000000000")]
    [InlineData("8000000000000")] // beyond the largest id
    public void AStringTheFeedDidNotHandOutIsRefused(string cursor) => Assert.False(FeedCursor.TryDecode(cursor, out _));

    [Theory]
    [InlineData(null, true, 100)]
    [InlineData(1, true, 1)]
    [InlineData(1000, true, 1000)]
    [InlineData(0, false, 0)]
    [InlineData(1001, false, 1001)]
    public void APageCarriesOneToAThousandChangesAndAHundredByDefault(int? requested, bool valid, int limit)
    {
        Assert.Equal(valid, FeedLimit.TryRead(requested, out var read));
        Assert.Equal(limit, read);
    }
}
