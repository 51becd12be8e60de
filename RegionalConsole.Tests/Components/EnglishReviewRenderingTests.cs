using System.Text;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using RegionalConsole.Auth;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Calendar;
using RegionalConsole.Domain.Cancellations;
using RegionalConsole.Domain.Checks;
using RegionalConsole.Domain.Courses;
using RegionalConsole.Domain.Review;
using RegionalConsole.Domain.Schedule;
using RegionalConsole.Domain.Tags;
using RegionalConsole.Features.Calendar;
using RegionalConsole.Features.Cancellations;
using RegionalConsole.Features.Institutions;
using RegionalConsole.Features.Reviews;
using RegionalConsole.Features.Tags;
using RegionalConsole.Tests.Components.Reviews;
using RegionalConsole.Tests.Support;
using static RegionalConsole.Tests.Components.EnglishRenderingTests;

namespace RegionalConsole.Tests.Components;

/// <summary>
/// The review page in English (issue 19): Gregorian dates, no 民國 and no Chinese punctuation; the calendar import's
/// refusals in English; every value of the labelled enums has words of its own in both languages.
/// </summary>
public sealed class EnglishReviewRenderingTests : ComponentTestContext
{
    [Fact]
    public void TheReviewHeaderOfADecidedCourseInEnglishWritesGregorianDates()
    {
        English();
        var screen = ReviewScreens.Of(ReviewKind.Course, outcome: ReviewOutcome.Approved, decidedBy: ReviewScreens.Colleague);
        screen.Version.Title = "Cross-cultural curriculum design";

        var header = Render<ReviewHeader>(p => p.Add(x => x.Screen, screen));

        AssertEnglishOnly(header.Markup);
        // Submitted 2026-11-24 09:00 and decided 2026-11-25 09:00 in Taipei; due 2026-11-27.
        Assert.Contains("2026-11-24 09:00", header.Markup, StringComparison.Ordinal);
        Assert.Contains("2026-11-25 09:00", header.Find("[data-testid=item-outcome]").TextContent, StringComparison.Ordinal);
        Assert.Contains("2026-11-27", header.Find("[data-testid=sla]").TextContent, StringComparison.Ordinal);
        Assert.Contains("On track", header.Find("[data-testid=sla]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void TheCourseDetailsScheduleAndChecksInEnglishHaveGregorianDatesAndEnglishPunctuation()
    {
        English();
        var version = EnglishVersion();
        var course = new Course { CourseNo = "1150000123", OrganiserCode = "T63R01", CentreCode = "63000", Title = version.Title };

        var details = Render<CourseDetails>(p => p.Add(x => x.Course, course).Add(x => x.Version, version)).Markup;
        var schedule = Render<ScheduleTable>(p => p.Add(x => x.Version, version)).Markup;
        var checks = Render<ChecksList>(p => p.Add(x => x.Checks,
            [ReviewComponentData.Check(CheckCodes.SegmentNeedsJudgement, CheckSeverity.Warning, "The opening needs a judgement.", "opening")])).Markup;

        AssertEnglishOnly(details + schedule + checks);
        Assert.Contains("2026-12-01", details, StringComparison.Ordinal);
        Assert.Contains("2026-12-01", schedule, StringComparison.Ordinal);
        Assert.Contains("To judge · Opening/closing", schedule, StringComparison.Ordinal);
        Assert.Contains("Deciding term: ", schedule, StringComparison.Ordinal);
    }

    [Fact]
    public void ARemovedTagsReasonInEnglishFollowsAnEnglishColon()
    {
        English();
        var sheet = new TagReviewSheet([new("ICT", "ICT", true, TagReviewState.Removed, "Not about computing.", [])], [], true);

        var panel = Render<TagReviewPanel>(p => p.Add(x => x.Sheet, sheet));

        AssertEnglishOnly(panel.Markup);
        Assert.Equal("Removed because: Not about computing.", panel.Find("[data-testid=tag-reason]").TextContent.Trim());
    }

    [Fact]
    public void TheCalendarImportsRefusalsInEnglishAreEnglish()
    {
        English();
        var csv = "西元日期,星期,是否放假,備註\n20260101,四,2,開國紀念日\n2026-01-02,五,0,\n20260103,六,1,\n";

        var result = OfficeCalendarCsv.Parse(new MemoryStream(Encoding.UTF8.GetBytes(csv)));

        var lines = result.Errors.Select(Words.CsvErrorMessage).ToList();
        Assert.Equal(2, lines.Count);
        Assert.StartsWith("Line 3: 西元日期 \"2026-01-02\" is not a date", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("Line 4: 是否放假 \"1\" must be 0 (working day) or 2 (day off)", lines[1], StringComparison.Ordinal);
        Assert.All(lines, AssertEnglishOnly);
    }

    [Fact]
    public void TheCalendarImportsRefusalsStayChineseInZhTw()
    {
        var result = OfficeCalendarCsv.Parse(new MemoryStream(Encoding.UTF8.GetBytes("西元日期,星期\n")));

        Assert.Equal("第 1 行：標題列缺少欄位：是否放假、備註（應為 西元日期,星期,是否放假,備註）", Words.CsvErrorMessage(result.Errors.Single()));
    }

    [Theory]
    [InlineData("zh-TW")]
    [InlineData("en")]
    public void EveryLabelledValueHasWordsOfItsOwn(string language)
    {
        System.Globalization.CultureInfo.CurrentUICulture = new(language);
        string[][] groups =
        [
            [.. Enum.GetValues<ConsoleRole>().Select(Words.RoleName)],
            [.. Enum.GetValues<TagStatus>().Select(Words.TagStatusName)],
            [.. Enum.GetValues<TagEditError>().Where(e => e != TagEditError.None).Select(e => Words.TagEditErrorMessage(e, "x"))],
            [.. Enum.GetValues<InstitutionType>().Select(Words.InstitutionTypeName)],
            [.. Enum.GetValues<CheckSeverity>().Select(s => Words.SeverityName(s))],
            [.. Enum.GetValues<SegmentClassification>().Select(c => Words.SegmentClassificationName(c))],
            [.. Enum.GetValues<ExcludedCategory>().Select(c => Words.ExcludedCategoryName(c))],
            [.. Enum.GetValues<SlaState>().Select(s => Words.SlaName(s))],
            [.. Enum.GetValues<Audience>().Select(Words.AudienceName)],
            [.. Enum.GetValues<InstitutionType>().Select(Words.OrganiserTypeName)],
            [.. Enum.GetValues<CancellationCategory>().Select(c => Words.CancellationCategoryName(c))],
            [.. Enum.GetValues<NotificationChannel>().Select(c => Words.NotificationChannelName(c.ToString()))],
            [.. Enum.GetValues<CalendarCsvProblem>().Select(p => Words.CsvErrorMessage(new CalendarCsvError(1, p, ["a", "b", "c", "d"])))],
        ];

        // A missing resource answers its own key (TagStatusProposed); and a value sharing another's words was mislabelled.
        Assert.All(groups.SelectMany(g => g), w => Assert.DoesNotMatch("^([A-Z][a-z0-9]+){2,}$", w));
        Assert.All(groups, g => Assert.Equal(g.Length, g.Distinct(StringComparer.Ordinal).Count()));
    }

    private IStringLocalizer<Ui> Words => Services.GetRequiredService<IStringLocalizer<Ui>>();

    private static CourseVersion EnglishVersion()
    {
        var version = ReviewComponentData.Version(outline: "Teachers design cross-cultural lessons.");
        version.Title = "Cross-cultural curriculum design";
        version.SubmittedAt = new DateTime(2026, 11, 25, 2, 0, 0, DateTimeKind.Utc);
        version.Tags = ["International education", "Reading"];
        foreach (var segment in version.Segments)
        {
            segment.Activity = $"Activity {segment.Index}";
        }

        return version;
    }
}
