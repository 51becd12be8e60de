using System.Globalization;
using Bunit;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Courses;
using RegionalConsole.Features.Reviews;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Components.Reviews;

/// <summary>Roster and cancellation reviews say what they are and lead back to their own queue (issue #19 item 7).</summary>
public sealed class ReviewLabelsTests : ComponentTestContext
{
    [Fact]
    public void APendingRosterOfAnApprovedCourseShowsTheRostersStateAndItsQueue()
    {
        var header = RenderHeader(ReviewScreens.Of(ReviewKind.Roster, CourseStatus.Approved));

        Assert.Equal("名單待審", header.Find("[data-testid=course-status]").TextContent.Trim());
        Assert.DoesNotContain("審核通過", header.Find("[data-testid=review-status]").TextContent, StringComparison.Ordinal);
        var back = header.Find("[data-testid=back-to-queue]");
        Assert.Equal("/queues/roster", back.GetAttribute("href"));
        Assert.Contains("回名單審核佇列", back.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ACancellationLeadsBackToTheCancellationQueue()
    {
        var header = RenderHeader(ReviewScreens.Of(ReviewKind.Cancellation, CourseStatus.Approved));

        Assert.Equal("/queues/cancellation", header.Find("[data-testid=back-to-queue]").GetAttribute("href"));
        Assert.Equal("停辦待查核", header.Find("[data-testid=course-status]").TextContent.Trim());
    }

    [Fact]
    public void TheHeaderNamesTheCourseNumberTheCountsAndTheAssignee()
    {
        var header = RenderHeader(ReviewScreens.Of(ReviewKind.Course, assignee: ReviewScreens.Colleague));

        Assert.Equal("115A0123", header.Find("[data-testid=title-course-no]").TextContent.Trim());
        Assert.Equal("錯誤 2・警告 3", header.Find("[data-testid=review-counts]").TextContent.Trim());
        Assert.Equal("承辦人：林雅婷", header.Find("[data-testid=review-assignee]").TextContent.Trim());
        Assert.Empty(header.FindAll("[data-testid=review-claim]"));
    }

    [Fact]
    public void InEnglishTheRosterHeaderIsEnglish()
    {
        CultureInfo.CurrentUICulture = new("en");
        var header = RenderHeader(ReviewScreens.Of(ReviewKind.Roster, CourseStatus.Approved));

        Assert.Equal("Roster under review", header.Find("[data-testid=course-status]").TextContent.Trim());
        Assert.Contains("Back to the roster queue", header.Find("[data-testid=back-to-queue]").TextContent, StringComparison.Ordinal);
        Assert.Equal("2 errors, 3 warnings", header.Find("[data-testid=review-counts]").TextContent.Trim());
    }

    [Fact]
    public void TheCancellationShortcutListHasNoReject()
    {
        var help = Render<ShortcutHelp>(p => p.Add(x => x.MayDecide, true).Add(x => x.MayReject, false));

        Assert.Empty(help.FindAll("[data-testid=shortcut-reject]"));
        Assert.DoesNotContain("不通過", help.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void ACourseShortcutListOffersReject() =>
        Assert.Single(Render<ShortcutHelp>(p => p.Add(x => x.MayDecide, true)).FindAll("[data-testid=shortcut-reject]"));

    private IRenderedComponent<ReviewHeader> RenderHeader(ReviewScreen screen) =>
        Render<ReviewHeader>(p => p.Add(x => x.Screen, screen).Add(x => x.CanClaim, screen.CanDecide && screen.Item.AssigneeId is null));
}
