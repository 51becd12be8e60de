using RegionalConsole.Domain.Checks;
using RegionalConsole.Domain.Schedule;

namespace RegionalConsole.Tests.Domain.Schedule;

public partial class ScheduleAnalyzerTests
{
    private static readonly DateOnly Day1 = new(2026, 12, 8);
    private static readonly DateOnly Day2 = new(2026, 12, 9);

    [Fact]
    public void OverlappingSegmentsAreAnErrorNamingBoth()
    {
        var analysis = Analyze(Seg("09:00", "11:00", "專題講座"), Seg("13:00", "14:00", "綜合座談"), Seg("10:00", "12:00", "分組實作"));

        var overlap = Assert.Single(analysis.Checks, c => c.Code == CheckCodes.ScheduleOverlap);
        Assert.Equal(CheckSeverity.Error, overlap.Severity);
        Assert.Contains("第1段", overlap.Message);
        Assert.Contains("第3段", overlap.Message);
        Assert.Contains("分組實作", overlap.Evidence);
    }

    [Fact]
    public void ASegmentInsideAnotherOverlapsIt()
    {
        var analysis = Analyze(Seg("09:00", "12:00", "專題講座"), Seg("10:00", "10:10", "休息"));

        Assert.Contains(analysis.Checks, c => c.Code == CheckCodes.ScheduleOverlap);
        Assert.Equal(180, analysis.CreditableMinutes);
    }

    [Fact]
    public void SegmentsThatOnlyTouchDoNotOverlap()
    {
        var analysis = Analyze(Seg("09:00", "10:00", "專題講座"), Seg("10:00", "11:00", "分組實作"));

        Assert.DoesNotContain(analysis.Checks, c => c.Code == CheckCodes.ScheduleOverlap);
        Assert.Equal(120, analysis.CreditableMinutes);
    }

    [Fact]
    public void TheSameHoursOnTwoDaysDoNotOverlapAndBothCount()
    {
        var analysis = Analyze(Day1, Day2, 0, Seg("09:00", "12:00", "專題講座", Day1), Seg("09:00", "12:00", "分組實作", Day2));

        Assert.DoesNotContain(analysis.Checks, c => c.Code == CheckCodes.ScheduleOverlap);
        Assert.Equal(360, analysis.CreditableMinutes);
    }

    [Fact]
    public void ASegmentWithoutEndEndsWhereTheNextOfTheDayStarts()
    {
        var analysis = Analyze(Seg("09:00", null, "專題講座"), Seg("10:30", "12:00", "分組實作"));

        Assert.Equal(new TimeOnly(10, 30), analysis.Segments[0].End);
        Assert.Equal(90, analysis.Segments[0].Minutes);
        Assert.Equal(180, analysis.CreditableMinutes);
    }

    [Fact]
    public void ASegmentWithoutEndEndsAtTheNextStartEvenWhenListedOutOfOrder()
    {
        var analysis = Analyze(Seg("13:00", "14:00", "綜合座談"), Seg("09:00", null, "專題講座"), Seg("10:00", "11:00", "實作"));

        Assert.Equal(new TimeOnly(10, 0), analysis.Segments[1].End);
        Assert.Equal(180, analysis.CreditableMinutes);
    }

    [Fact]
    public void TheLastSegmentOfADayWithoutEndCountsNothingAndIsReported()
    {
        var analysis = Analyze(Day1, Day2, 0, Seg("09:00", null, "專題講座", Day1), Seg("10:00", null, "實作", Day1), Seg("09:00", "10:00", "實作", Day2));

        Assert.Equal((60 + 60, (TimeOnly?)null, 0), (analysis.CreditableMinutes, analysis.Segments[1].End, analysis.Segments[1].Minutes));
        var openEnd = Assert.Single(analysis.Checks, c => c.Code == CheckCodes.ScheduleOpenEnd);
        Assert.Equal(CheckSeverity.Warning, openEnd.Severity);
        Assert.Contains("第2段", openEnd.Message);
    }

    [Fact]
    public void AStartOnlyScheduleCountsAllButTheLastSegment()
    {
        var analysis = Analyze(Seg("13:00", null, "報到"), Seg("13:20", null, "專題講座"), Seg("15:20", null, "綜合座談"), Seg("16:00", null, "賦歸"));

        Assert.Equal(160, analysis.CreditableMinutes);
    }

    [Theory]
    [InlineData("9:75", "10:00")]
    [InlineData("九點", "10:00")]
    [InlineData("09:00", "25:00")]
    [InlineData("09:00", "10點")]
    [InlineData(null, "10:00")]
    [InlineData("  ", "10:00")]
    [InlineData("10:00", "10:00")]
    [InlineData("10:00", "09:00")]
    public void AnUnreadableMissingOrBackwardTimeIsAnErrorAndCountsNothing(string? start, string end)
    {
        var analysis = Analyze(Seg(start, end, "專題講座"));

        var invalid = Assert.Single(analysis.Checks, c => c.Code == CheckCodes.ScheduleInvalidTime);
        Assert.Equal(CheckSeverity.Error, invalid.Severity);
        Assert.Equal(0, analysis.CreditableMinutes);
    }

    [Fact]
    public void FullWidthTimesAreRead()
    {
        var analysis = Analyze(Seg("０９：００", "１０３０", "專題講座"));

        Assert.Equal((new TimeOnly(9, 0), new TimeOnly(10, 30)), (analysis.Segments[0].Start, analysis.Segments[0].End));
        Assert.Equal(90, analysis.CreditableMinutes);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(2)]
    public void ASegmentOutsideTheCourseDatesIsAnError(int daysFromStart)
    {
        var analysis = Analyze(Day1, Day2, 0, Seg("09:00", "10:00", "專題講座", Day1.AddDays(daysFromStart)));

        var outside = Assert.Single(analysis.Checks, c => c.Code == CheckCodes.ScheduleOutsideDates);
        Assert.Equal(CheckSeverity.Error, outside.Severity);
        Assert.Contains(RegionalConsole.Domain.RocDate.Short(Day1.AddDays(daysFromStart)), outside.Message);
    }

    [Fact]
    public void SegmentsOnEveryCourseDayAreInside()
    {
        var analysis = Analyze(Day1, Day2, 0, Seg("09:00", "10:00", "講座", Day1), Seg("09:00", "10:00", "講座", Day2));

        Assert.DoesNotContain(analysis.Checks, c => c.Code == CheckCodes.ScheduleOutsideDates);
    }

    [Fact]
    public void ASegmentWithoutDateTakesThePreviousSegmentsDateOrTheCourseStart()
    {
        var analysis = Analyze(Day1, Day2, 0, new(null, "09:00", "10:00", "講座"), Seg("09:00", "10:00", "講座", Day2), new(null, "11:00", "12:00", "實作"));

        Assert.Equal([Day1, Day2, Day2], analysis.Segments.Select(s => s.Date));
    }

    [Fact]
    public void SegmentResultsKeepTheScheduleOrderAndTheirActivity()
    {
        var analysis = Analyze(Seg("10:00", "11:00", "實作"), Seg("09:00", "10:00", "報到"));

        Assert.Equal([(0, "實作"), (1, "報到")], analysis.Segments.Select(s => (s.Index, s.Activity!)));
    }

    [Fact]
    public void ANullSegmentInTheListIsReportedNotThrown()
    {
        var analysis = ScheduleAnalyzer.Analyze([null, Seg("09:00", "10:00", "講座")], Day1, Day1, 1m, ScheduleTerms.Default);

        Assert.Contains(analysis.Checks, c => c.Code == CheckCodes.ScheduleInvalidTime);
        Assert.Equal(60, analysis.CreditableMinutes);
    }

    private static ScheduleSegmentInput Seg(string? start, string? end, string? activity, DateOnly? date = null) =>
        new(date ?? Day1, start, end, activity);

    private static ScheduleAnalysis Analyze(params ScheduleSegmentInput[] segments) => Analyze(Day1, Day1, 0m, segments);

    private static ScheduleAnalysis Analyze(DateOnly start, DateOnly end, decimal hours, params ScheduleSegmentInput[] segments) =>
        ScheduleAnalyzer.Analyze(segments, start, end, hours, ScheduleTerms.Default);
}
