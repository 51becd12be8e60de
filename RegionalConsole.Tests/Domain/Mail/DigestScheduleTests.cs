using RegionalConsole.Domain.Calendar;
using RegionalConsole.Domain.Mail;

namespace RegionalConsole.Tests.Domain.Mail;

public sealed class DigestScheduleTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.FromShipped();
    private static readonly DigestSchedule Schedule = new(new TimeOnly(7, 30));

    private static DateTime Taipei(int month, int day, int hour, int minute) => new DateTime(2026, month, day, hour, minute, 0, DateTimeKind.Utc).AddHours(-8);

    [Fact]
    public void AWorkingMorningAfterTheHourIsDigestDay()
    {
        Assert.Equal(new DateOnly(2026, 11, 25), Schedule.DueDay(Taipei(11, 25, 7, 30), Calendar));
    }

    [Fact]
    public void BeforeTheHourNothingIsDue()
    {
        Assert.Null(Schedule.DueDay(Taipei(11, 25, 7, 29), Calendar));
    }

    [Fact]
    public void TheTaipeiDateCountsNotTheUtcDate()
    {
        // 2026-11-29 23:30 UTC is Monday 07:30 in Taipei: Monday's digest, though UTC still says Sunday.
        Assert.Equal(new DateOnly(2026, 11, 30), Schedule.DueDay(new DateTime(2026, 11, 29, 23, 30, 0, DateTimeKind.Utc), Calendar));
    }

    [Theory]
    [InlineData(11, 28)] // Saturday
    [InlineData(10, 10)] // 國慶日
    public void NoDigestOnADayOff(int month, int day)
    {
        Assert.Null(Schedule.DueDay(Taipei(month, day, 9, 0), Calendar));
    }

    [Fact]
    public void OnFridayDueSoonReachesMonday()
    {
        Assert.Equal(new DateOnly(2026, 11, 30), DigestSchedule.DueSoonLimit(new DateOnly(2026, 11, 27), Calendar));
    }
}
