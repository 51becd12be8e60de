using RegionalConsole.Domain.Schedule;

namespace RegionalConsole.Tests.Domain.Schedule;

public class ScheduleTimeTests
{
    [Theory]
    [InlineData("09:30", 9, 30)]
    [InlineData("9:30", 9, 30)]
    [InlineData("0930", 9, 30)]
    [InlineData("０９：３０", 9, 30)]
    [InlineData("９：３０", 9, 30)]
    [InlineData("０９３０", 9, 30)]
    [InlineData(" 13:05 ", 13, 5)]
    [InlineData("00:00", 0, 0)]
    [InlineData("23:59", 23, 59)]
    public void ReadsTheFormsOrganisersType(string text, int hour, int minute)
    {
        Assert.True(ScheduleTime.TryParse(text, out var time));
        Assert.Equal(new TimeOnly(hour, minute), time);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("24:00")]
    [InlineData("12:60")]
    [InlineData("930")]
    [InlineData("9:3")]
    [InlineData("09:300")]
    [InlineData("09.30")]
    [InlineData("上午九點")]
    [InlineData("12345")]
    [InlineData("2500")]
    [InlineData("0:0")]
    public void RefusesWhatIsNotATime(string? text) => Assert.False(ScheduleTime.TryParse(text, out _));

    [Fact]
    public void FormatsAsHoursAndMinutesWithLeadingZeros() =>
        Assert.Equal("08:05", ScheduleTime.Format(new TimeOnly(8, 5)));
}
