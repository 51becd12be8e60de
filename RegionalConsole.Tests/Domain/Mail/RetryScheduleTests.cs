using RegionalConsole.Domain.Mail;

namespace RegionalConsole.Tests.Domain.Mail;

public sealed class RetryScheduleTests
{
    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(3, 120)]
    [InlineData(5, 480)]
    public void EachFailureDoublesTheWait(int failures, int seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), RetrySchedule.DelayAfter(failures));
    }

    [Fact]
    public void TheWaitNeverExceedsAnHour()
    {
        Assert.Equal(TimeSpan.FromHours(1), RetrySchedule.DelayAfter(500));
    }
}
