using RegionalConsole.Features.Queues;

namespace RegionalConsole.Tests.Features.Queues;

public sealed class CourseNumberRangeTests
{
    [Theory]
    [InlineData("115001", "115001", "115002")]
    [InlineData("1150019", "1150019", "115002")]
    [InlineData("1159999", "1159999", "116")]
    [InlineData("1150012345", "1150012345", "1150012346")]
    public void TheRangeHoldsEveryNumberStartingWithTheDigits(string digits, string from, string to) =>
        Assert.Equal((from, to), QueueFiltering.DigitRange(digits));

    [Fact]
    public void NinesAloneHaveNoUpperEnd() => Assert.Equal(("999999", (string?)null), QueueFiltering.DigitRange("999999"));
}
