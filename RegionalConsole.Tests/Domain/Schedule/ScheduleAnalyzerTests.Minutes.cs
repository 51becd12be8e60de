using RegionalConsole.Domain.Checks;
using RegionalConsole.Domain.Schedule;

namespace RegionalConsole.Tests.Domain.Schedule;

/// <summary>Creditable and judgement minutes and the declared hours against them.</summary>
public partial class ScheduleAnalyzerTests
{
    [Fact]
    public void OverlappingCreditableSegmentsCountOnceInTheUnion()
    {
        var analysis = Analyze(Seg("09:00", "11:00", "專題講座"), Seg("10:00", "12:00", "分組實作"));

        Assert.Equal(180, analysis.CreditableMinutes);
    }

    [Fact]
    public void ExcludedTimeIsNotCreditable()
    {
        var analysis = Analyze(Seg("08:30", "09:00", "報到"), Seg("09:00", "12:00", "專題講座"), Seg("12:00", "13:00", "午餐"));

        Assert.Equal((180, 0), (analysis.CreditableMinutes, analysis.JudgementMinutes));
    }

    [Fact]
    public void UnderDiscussionTimeCountsAsCreditableWithAWarning()
    {
        var analysis = Analyze(Seg("09:00", "10:00", "政令宣導"), Seg("10:00", "11:00", "專題講座"));

        Assert.Equal(120, analysis.CreditableMinutes);
        var warning = Assert.Single(analysis.Checks, c => c.Code == CheckCodes.SegmentUnderDiscussion);
        Assert.Equal(CheckSeverity.Warning, warning.Severity);
        Assert.Contains("政令宣導", warning.Message);
    }

    [Fact]
    public void MixedTimeIsJudgementTimeWithAWarningPerSegment()
    {
        var analysis = Analyze(Seg("09:00", "10:00", "開幕式暨專題演講"), Seg("10:00", "11:00", "教案撰寫"), Seg("11:00", "11:30", "報到及分享"));

        Assert.Equal((60, 90), (analysis.CreditableMinutes, analysis.JudgementMinutes));
        Assert.Equal(2, analysis.Checks.Count(c => c.Code == CheckCodes.SegmentNeedsJudgement));
    }

    [Fact]
    public void MixedTimeInsideCreditableTimeIsNotJudgedTwice()
    {
        var analysis = Analyze(Seg("09:00", "12:00", "專題講座"), Seg("11:00", "13:00", "午餐分享"));

        Assert.Equal((180, 60), (analysis.CreditableMinutes, analysis.JudgementMinutes));
    }

    [Fact]
    public void ASegmentWithoutActivityIsMixedAndReported()
    {
        var analysis = Analyze(Seg("09:00", "10:00", "專題講座"), Seg("10:00", "10:30", " "));

        Assert.Equal(SegmentClassification.Mixed, analysis.Segments[1].Classification);
        Assert.Equal(30, analysis.JudgementMinutes);
        Assert.Contains(analysis.Checks, c => c.Code == CheckCodes.ScheduleActivityMissing && c.Message.Contains("第2段"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void NoScheduleIsAWarningAndNoHoursFinding(bool isNull)
    {
        var analysis = ScheduleAnalyzer.Analyze(isNull ? null : [], Day1, Day1, 3m, ScheduleTerms.Default);

        var missing = Assert.Single(analysis.Checks);
        Assert.Equal((CheckCodes.ScheduleMissing, CheckSeverity.Warning), (missing.Code, missing.Severity));
    }

    [Theory]
    [InlineData(1.5, 90, false)]
    [InlineData(1.5, 89, true)]
    [InlineData(2, 120, false)]
    [InlineData(2.1, 120, true)]
    [InlineData(0, 0, false)]
    public void FractionalDeclaredHoursAreComparedInMinutes(double hours, int creditable, bool over)
    {
        var analysis = Analyze(Day1, Day1, (decimal)hours, Seg("09:00", ScheduleTime.Format(new TimeOnly(9, 0).AddMinutes(creditable)), "講座"));

        Assert.Equal(over, analysis.Checks.Any(c => c.Code == CheckCodes.HoursOverCreditable));
    }

    [Fact]
    public void HoursAboveCreditableAndMixedTimeIsAnErrorStatingBothFigures()
    {
        var analysis = Analyze(Day1, Day1, 3.5m, Seg("09:00", "11:00", "專題講座"), Seg("11:00", "11:40", "報到及分享"));

        var over = Assert.Single(analysis.Checks, c => c.Code == CheckCodes.HoursOverCreditable);
        Assert.Equal(CheckSeverity.Error, over.Severity);
        Assert.Contains("3.5", over.Message);
        Assert.Contains("210", over.Message);
        Assert.Contains("120", over.Message);
        Assert.Contains("40", over.Message);
        Assert.DoesNotContain(analysis.Checks, c => c.Code == CheckCodes.HoursNeedJudgement);
    }

    [Fact]
    public void HoursCoveredOnlyWithMixedTimeNeedTheReviewersJudgement()
    {
        var analysis = Analyze(Day1, Day1, 2.5m, Seg("09:00", "11:00", "專題講座"), Seg("11:00", "11:40", "報到及分享"));

        var warning = Assert.Single(analysis.Checks, c => c.Code == CheckCodes.HoursNeedJudgement);
        Assert.Equal(CheckSeverity.Warning, warning.Severity);
        Assert.Contains("120", warning.Message);
        Assert.DoesNotContain(analysis.Checks, c => c.Code == CheckCodes.HoursOverCreditable);
    }

    [Fact]
    public void TheHoursFindingQuotesTheSegmentsLeftOut()
    {
        var analysis = Analyze(Day1, Day1, 3m, Seg("08:00", "09:00", "乘車至會場"), Seg("09:00", "11:00", "專題講座"));

        var over = Assert.Single(analysis.Checks, c => c.Code == CheckCodes.HoursOverCreditable);
        Assert.Contains("乘車至會場", over.Evidence);
    }

    [Fact]
    public void ACleanScheduleHasNoFindings()
    {
        var analysis = Analyze(Day1, Day1, 3m, Seg("08:30", "09:00", "報到"), Seg("09:00", "12:00", "專題講座"));

        Assert.Empty(analysis.Checks);
    }
}
