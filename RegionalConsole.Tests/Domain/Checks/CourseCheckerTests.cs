using RegionalConsole.Domain.Checks;
using RegionalConsole.Domain.Schedule;
using RegionalConsole.Tests.Domain.Schedule;
using static RegionalConsole.Tests.Domain.Checks.CheckTestCourse;

namespace RegionalConsole.Tests.Domain.Checks;

public class CourseCheckerTests
{
    [Fact]
    public void ACleanCourseHasNoFindings()
    {
        var report = Check(Clean);

        Assert.Empty(report.Checks);
        Assert.False(report.HasErrors);
        Assert.Equal((180, 0), (report.CreditableMinutes, report.JudgementMinutes));
    }

    [Fact]
    public void TheApiExampleClaimingFiveHoursForThreeIsOverCreditable()
    {
        var report = Check(Clean with { DeclaredHours = 5, Outline = "旨在提升教師..." });

        Assert.True(report.HasErrors);
        Assert.Equal(
            [CheckCodes.HoursOverCreditable, CheckCodes.OutlineWeak],
            report.Checks.Select(c => c.Code));
        Assert.Equal(
            [(0, SegmentClassification.Excluded, (ExcludedCategory?)ExcludedCategory.SignInOut, "報到"), (1, SegmentClassification.Creditable, null, null)],
            report.Segments.Select(s => (s.Index, s.Classification, s.Category, s.Term)));
    }

    [Fact]
    public void ErrorsComeBeforeWarningsAndEachKeepsItsOrder()
    {
        var report = Check(Clean with
        {
            Title = "研習",
            Outline = "如附件",
            DeclaredHours = 4,
            Delivery = new CourseDelivery { Mode = DeliveryMode.Online },
            Schedule = [new(Day, "09:00", "10:00", "政令宣導"), new(Day, "10:00", "11:00", "午餐分享"), new(Day, "11:00", "12:00", null)],
        });

        Assert.Equal(
            [
                CheckCodes.TitleIncomplete, CheckCodes.OnlineSoftwareMissing, CheckCodes.HoursOverCreditable,
                CheckCodes.OutlineWeak, CheckCodes.SegmentUnderDiscussion, CheckCodes.SegmentNeedsJudgement,
                CheckCodes.ScheduleActivityMissing, CheckCodes.SegmentNeedsJudgement, CheckCodes.TagNoEvidence,
            ],
            report.Checks.Select(c => c.Code));
    }

    [Fact]
    public void AFreeTextScheduleIsParsedAndItsSegmentsCarryDateTimesAndActivity()
    {
        var report = Check(Clean with
        {
            Schedule = null,
            ScheduleText = "課程表\n０８：３０－０９：００　報到\n09:00~12:00 專題演講\n※ 請自備環保杯",
        });

        Assert.Equal(
            [(Day, new TimeOnly(8, 30), new TimeOnly(9, 0), "報到"), (Day, new TimeOnly(9, 0), new TimeOnly(12, 0), "專題演講")],
            report.Segments.Select(s => (s.Date, s.Start!.Value, s.End!.Value, s.Activity!)));
        Assert.Equal(["課程表", "※ 請自備環保杯"], report.ScheduleNotes);
        Assert.Equal(180, report.CreditableMinutes);
    }

    [Fact]
    public void AnUnreadableLineOfAFreeTextScheduleIsQuotedInAWarning()
    {
        var report = Check(Clean with { Schedule = [], ScheduleText = "08:30-09:00 報到\n9:3-12:00 專題演講" });

        var unparsed = Assert.Single(report.Checks, c => c.Code == CheckCodes.ScheduleUnparsed);
        Assert.Equal((CheckSeverity.Warning, "9:3-12:00 專題演講"), (unparsed.Severity, unparsed.Evidence));
    }

    [Fact]
    public void StructuredSegmentsWinOverFreeText()
    {
        var report = Check(Clean with { ScheduleText = "09:00-09:30 茶敘" });

        Assert.Equal(2, report.Segments.Count);
        Assert.Empty(report.ScheduleNotes);
    }

    [Fact]
    public void ASelfPacedOnlineCourseWithoutScheduleGetsWarningsNotHoursErrors()
    {
        var report = Check(Clean with
        {
            Schedule = null,
            Delivery = new CourseDelivery { Mode = DeliveryMode.Online, OnlineKind = OnlineKind.SelfPaced, Software = [DeliverySoftware.TeacherELearning] },
        });

        var only = Assert.Single(report.Checks);
        Assert.Equal((CheckCodes.ScheduleMissing, CheckSeverity.Warning), (only.Code, only.Severity));
    }

    [Fact]
    public void TheContextsTermsDecideTheClassification()
    {
        var terms = new ScheduleTerms(
            new Dictionary<ExcludedCategory, IReadOnlyList<string>> { [ExcludedCategory.SignInOut] = ["簽到"] }, [], []);

        var report = Check(Clean, new CheckContext { Terms = terms });

        Assert.Equal(210, report.CreditableMinutes);
        Assert.Equal(SegmentClassification.Creditable, report.Segments[0].Classification);
    }

    [Fact]
    public void TheContextsTitlesFindASeries()
    {
        var report = Check(Clean, WithTitles("跨文化課程設計工作坊 第1場"));

        Assert.Equal(CheckCodes.SeriesSessionMissing, Assert.Single(report.Checks).Code);
    }

    [Fact]
    public void AnotherCheckCanBeAddedBesideTheStandardOnes()
    {
        var checker = new CourseChecker([.. CourseChecker.StandardChecks, new DeclaredTagsEcho()]);

        var report = checker.Check(Clean, CheckContext.Default);

        var info = Assert.Single(report.Checks);
        Assert.Equal(("國際教育", CheckSeverity.Info), (info.Tag, info.Severity));
    }

    public static TheoryData<string> ScheduleNames => [.. WorkedExamples.Schedules.Select(e => e.Name)];

    [Theory]
    [MemberData(nameof(ScheduleNames))]
    public void TheCheckerReportsTheWorkedExamplesAsTheAnalyzerDoes(string name)
    {
        var example = WorkedExamples.Schedules.Single(e => e.Name == name);
        var day = example.Schedule[0].Date!.Value;

        var report = Check(Clean with { Schedule = example.Schedule, StartDate = day, EndDate = day, DeclaredHours = example.DeclaredHours });

        Assert.Equal((example.Expect.CreditableMinutes, example.Expect.JudgementMinutes), (report.CreditableMinutes, report.JudgementMinutes));
        Assert.All(example.Expect.Codes, code => Assert.Contains(report.Checks, c => c.Code == code));
        Assert.All(example.Expect.Absent, code => Assert.DoesNotContain(report.Checks, c => c.Code == code));
    }

    [Fact]
    public void ACheckResultStatesItsRuleAndEvidence()
    {
        var report = Check(Clean with { DeclaredHours = 4 });

        var over = Assert.Single(report.Checks);
        Assert.Equal(("管理規定第10條第4款", CheckSeverity.Error), (over.Rule, over.Severity));
        Assert.Contains("報到", over.Evidence);
        Assert.Contains("180", over.Message);
        Assert.Contains("240", over.Message);
    }

    private sealed class DeclaredTagsEcho : ICourseCheck
    {
        public void Check(CourseUnderCheck course, ICollection<CheckResult> results)
        {
            foreach (var tag in course.Draft.Tags)
            {
                results.Add(new("TAG_SUGGESTED", CheckSeverity.Info, "test", "管理規定第8條第1款", course.Draft.Title, tag));
            }
        }
    }
}
