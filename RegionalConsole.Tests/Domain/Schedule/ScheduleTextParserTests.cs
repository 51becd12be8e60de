using RegionalConsole.Domain.Schedule;

namespace RegionalConsole.Tests.Domain.Schedule;

public class ScheduleTextParserTests
{
    private static readonly DateOnly CourseStart = new(2026, 12, 8);

    [Theory]
    [InlineData("08:30-09:00 報到", "08:30", "09:00", "報到")]
    [InlineData("0830~0900 報到", "08:30", "09:00", "報到")]
    [InlineData("8:30～9:00 報到", "08:30", "09:00", "報到")]
    [InlineData("08：30－09：00 報到", "08:30", "09:00", "報到")]
    [InlineData("09:00至12:00 專題講座", "09:00", "12:00", "專題講座")]
    [InlineData("09:00 至 12:00　專題講座", "09:00", "12:00", "專題講座")]
    [InlineData("09:00〜12:00 專題講座", "09:00", "12:00", "專題講座")]
    [InlineData("09:00–12:00 專題講座", "09:00", "12:00", "專題講座")]
    [InlineData("０９００－１２００專題講座", "09:00", "12:00", "專題講座")]
    [InlineData("09:00-12:00｜專題講座：國際教育2.0", "09:00", "12:00", "專題講座：國際教育2.0")]
    [InlineData("  09:00-12:00\t專題講座\t講師：王老師  ", "09:00", "12:00", "專題講座\t講師：王老師")]
    public void ATimeRangeFollowedByTheActivityIsASegment(string line, string start, string end, string activity)
    {
        var segment = Assert.Single(ScheduleTextParser.Parse(line, CourseStart).Segments);

        Assert.Equal(new ScheduleSegmentInput(CourseStart, start, end, activity), segment);
    }

    [Theory]
    [InlineData("13:00 報到", "13:00", "報到")]
    [InlineData("9:00　開幕", "09:00", "開幕")]
    [InlineData("1030 休息", "10:30", "休息")]
    [InlineData("16:00－ 賦歸", "16:00", "賦歸")]
    public void AStartTimeAloneIsASegmentWithoutEnd(string line, string start, string activity) =>
        Assert.Equal(
            new ScheduleSegmentInput(CourseStart, start, null, activity),
            Assert.Single(ScheduleTextParser.Parse(line, CourseStart).Segments));

    [Theory]
    [InlineData("下午 1:30-3:00 分組實作", "13:30", "15:00")]
    [InlineData("下午13:30-15:00 分組實作", "13:30", "15:00")]
    [InlineData("上午 9:00-12:00 分組實作", "09:00", "12:00")]
    [InlineData("晚上 7:00 分組實作", "19:00", null)]
    public void APeriodWordBeforeTheTimeIsRespected(string line, string start, string? end)
    {
        var segment = Assert.Single(ScheduleTextParser.Parse(line, CourseStart).Segments);

        Assert.Equal((start, end), (segment.Start, segment.End));
    }

    [Fact]
    public void ATimeWithoutActivityHasNoActivity() =>
        Assert.Null(Assert.Single(ScheduleTextParser.Parse("09:00-10:00", CourseStart).Segments).Activity);

    [Theory]
    [InlineData("2026/12/09", 2026, 12, 9)]
    [InlineData("2026-12-09", 2026, 12, 9)]
    [InlineData("2026.12.9", 2026, 12, 9)]
    [InlineData("１１５/１２/０９", 2026, 12, 9)]
    [InlineData("12月9日(三)", 2026, 12, 9)]
    [InlineData("12月9日 星期三", 2026, 12, 9)]
    [InlineData("12/9（週三）", 2026, 12, 9)]
    [InlineData("115年12月9日", 2026, 12, 9)]
    [InlineData("115年12月8日（二）", 2026, 12, 8)]
    [InlineData("民國115年12月10日(四)", 2026, 12, 10)]
    [InlineData("2026年12月11日", 2026, 12, 11)]
    [InlineData("１１５年１２月９日（三）上午", 2026, 12, 9)]
    public void ALineThatIsOnlyADateSetsTheDateOfTheLinesAfterIt(string dateLine, int year, int month, int day)
    {
        var parsed = ScheduleTextParser.Parse($"08:00-09:00 報到\n{dateLine}\n09:00-10:00 講座\n10:00-11:00 實作", CourseStart);

        Assert.Equal(
            [CourseStart, new DateOnly(year, month, day), new DateOnly(year, month, day)],
            parsed.Segments.Select(s => s.Date!.Value));
        Assert.Empty(parsed.Notes);
    }

    [Fact]
    public void AYearlessDateEarlyInTheYearFollowingADecemberStartIsInTheNextYear()
    {
        var parsed = ScheduleTextParser.Parse("1月2日(六)\n09:00-10:00 講座", new DateOnly(2026, 12, 30));

        Assert.Equal(new DateOnly(2027, 1, 2), parsed.Segments[0].Date);
    }

    [Theory]
    [InlineData("報名截止：115年12月1日")]
    [InlineData("115年12月9日上午九點集合")]
    [InlineData("2026年度計畫說明")]
    [InlineData("1. 請自備環保杯")]
    [InlineData("※ 全程參與者核予研習時數。")]
    [InlineData("115學年度第1學期")]
    [InlineData("地點：本校視聽教室")]
    [InlineData("2026/13/45")]
    public void OtherLinesAreNotesAsTyped(string line)
    {
        var parsed = ScheduleTextParser.Parse(line, CourseStart);

        Assert.Equal([line], parsed.Notes);
        Assert.Empty(parsed.Segments);
    }

    [Theory]
    [InlineData("25:00-26:00 夜間觀星")]
    [InlineData("9:3-10:00 報到")]
    [InlineData("08:30-9 報到")]
    [InlineData("0830-09 午餐")]
    [InlineData("830-900 午餐")]
    [InlineData("12:75 午餐")]
    [InlineData("下午 3:1 分組")]
    public void ALineThatLooksLikeATimeButCannotBeReadIsUnparsed(string line)
    {
        var parsed = ScheduleTextParser.Parse($"課程表\n{line}\n09:00-10:00 講座", CourseStart);

        Assert.Equal([line], parsed.UnparsedLines);
        Assert.Single(parsed.Segments);
    }

    [Fact]
    public void BlankLinesAndAnyLineEndingAreAccepted()
    {
        var parsed = ScheduleTextParser.Parse("\r\n08:30-09:00 報到\r\n\r\n09:00-10:00 講座\r10:00-11:00 實作\n", CourseStart);

        Assert.Equal(["報到", "講座", "實作"], parsed.Segments.Select(s => s.Activity!));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \n \n")]
    public void AnEmptyTextHasNothing(string? text)
    {
        var parsed = ScheduleTextParser.Parse(text, CourseStart);

        Assert.Equal((0, 0, 0), (parsed.Segments.Count, parsed.Notes.Count, parsed.UnparsedLines.Count));
    }

    [Fact]
    public void ParsedSegmentsAreAnalysedLikeStructuredOnes()
    {
        var parsed = ScheduleTextParser.Parse("13:00 報 到 Registration\n13:20 專題講座\n15:20 賦歸", CourseStart);

        var analysis = ScheduleAnalyzer.Analyze(parsed.Segments, CourseStart, CourseStart, 2m, ScheduleTerms.Default);

        Assert.Equal(120, analysis.CreditableMinutes);
        Assert.Equal(
            [SegmentClassification.Excluded, SegmentClassification.Creditable, SegmentClassification.Excluded],
            analysis.Segments.Select(s => s.Classification));
    }
}
