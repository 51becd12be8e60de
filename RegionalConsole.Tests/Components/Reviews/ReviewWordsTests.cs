using System.Globalization;
using Bunit;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Courses;
using RegionalConsole.Domain.Review;
using RegionalConsole.Features.Queues;
using RegionalConsole.Features.Reviews;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Components.Reviews;

/// <summary>
/// The history in words, not JSON and not login names (issue #19 item 9), and what a live page says when a colleague
/// acted on its item while the reviewer's typed text stays (item 2).
/// </summary>
public sealed class ReviewWordsTests : ComponentTestContext
{
    private static readonly AuditEntry Returned = AuditEntry.Create(new DateTime(2026, 11, 25, 1, 0, 0, DateTimeKind.Utc), "reviewer-63000-2",
        "ReviewReturned", nameof(ReviewItem), "11",
        before: new { Outcome = (ReviewOutcome?)null, CourseStatus = CourseStatus.PendingReview },
        after: new { Outcome = ReviewOutcome.Returned, CourseStatus = CourseStatus.Returned, CourseNo = "115A0123", CourseVersionId = 1 },
        reason: "請補充課程大綱。");

    private static readonly AuditEntry Claimed = AuditEntry.Create(new DateTime(2026, 11, 24, 2, 0, 0, DateTimeKind.Utc), "reviewer-63000-2",
        "ReviewClaimed", nameof(ReviewItem), "11",
        before: new { Kind = ReviewKind.Course, AssigneeId = (int?)null, Assignee = (string?)null },
        after: new { Kind = ReviewKind.Course, AssigneeId = ReviewScreens.Colleague, Assignee = "reviewer-63000-2" });

    [Fact]
    public void TheHistoryNamesPeopleAndFieldsInWords()
    {
        var panel = RenderHistory();

        Assert.DoesNotContain("{\"", panel.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("reviewer-63000-2", panel.Markup, StringComparison.Ordinal);
        Assert.All(panel.FindAll("[data-testid=history-actor]"), a => Assert.Equal("林雅婷", a.TextContent.Trim()));
        var outcome = panel.Find("[data-testid=history-change][data-field=Outcome]").TextContent.Trim();
        Assert.Equal("審核結果：未審結 → 退回修正", outcome);
        Assert.Equal("課程狀態：待審 → 退回修正", panel.Find("[data-testid=history-change][data-field=CourseStatus]").TextContent.Trim());
        Assert.Equal("承辦人：無 → 林雅婷", panel.Find("[data-testid=history-change][data-field=AssigneeId]").TextContent.Trim());
    }

    [Fact]
    public void InEnglishTheHistoryIsEnglishWithoutChinesePunctuation()
    {
        CultureInfo.CurrentUICulture = new("en");
        var panel = RenderHistory();

        Assert.Equal("Outcome: Undecided → Returned", panel.Find("[data-testid=history-change][data-field=Outcome]").TextContent.Trim());
        Assert.DoesNotContain("：", panel.Find("[data-testid=history]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAuditValueNoEnumNamesShowsAsStoredAndTheHistoryStillRenders()
    {
        var odd = AuditEntry.Create(new DateTime(2026, 11, 26, 1, 0, 0, DateTimeKind.Utc), "reviewer-63000-2", "ReviewReturned",
            nameof(ReviewItem), "11", before: new { Outcome = "42", ReasonCategory = "Disaster" }, after: new { Outcome = "Returned", ReasonCategory = "7" });

        var panel = Render<ReviewHistoryPanel>(p => p
            .Add(x => x.History, ReviewScreens.Of(ReviewKind.Course, audit: [odd]).History)
            .Add(x => x.CurrentItemId, 11));

        Assert.Equal("審核結果：42 → 退回修正", panel.Find("[data-testid=history-change][data-field=Outcome]").TextContent.Trim());
        Assert.Equal("原因類別：天然災害 → 7", panel.Find("[data-testid=history-change][data-field=ReasonCategory]").TextContent.Trim());
    }

    [Fact]
    public void AColleaguesClaimIsToldByName()
    {
        var before = ReviewStanding.Of(ReviewScreens.Of(ReviewKind.Course));
        var now = ReviewScreens.Of(ReviewKind.Course, assignee: ReviewScreens.Colleague);

        Assert.Equal("林雅婷 已認領本件。", ReviewChangeNotice.Describe(Text, before, now, QueueChange.Claimed, me: 1));
    }

    [Fact]
    public void AColleaguesDecisionIsToldWithItsOutcome()
    {
        var before = ReviewStanding.Of(ReviewScreens.Of(ReviewKind.Course, assignee: 1));
        var now = ReviewScreens.Of(ReviewKind.Course, outcome: ReviewOutcome.Returned, assignee: 1, decidedBy: ReviewScreens.Colleague);

        Assert.Equal("林雅婷 已將本件決定為「退回修正」；您的決定未送出。", ReviewChangeNotice.Describe(Text, before, now, QueueChange.Decided, me: 1));
    }

    [Fact]
    public void TheReviewersOwnClaimNeedsNoNotice()
    {
        var before = ReviewStanding.Of(ReviewScreens.Of(ReviewKind.Course));
        var now = ReviewScreens.Of(ReviewKind.Course, assignee: 1);

        Assert.Null(ReviewChangeNotice.Describe(Text, before, now, QueueChange.Claimed, me: 1));
    }

    [Fact]
    public void TextTypedBeforeAColleagueDecidedIsKept()
    {
        var kept = Render<KeptDraft>(p => p.Add(x => x.Reason, "請補充課程大綱。").Add(x => x.OverrideReason, null));

        Assert.Equal("請補充課程大綱。", kept.Find("textarea[data-testid=kept-reason]").GetAttribute("value") ?? kept.Find("textarea[data-testid=kept-reason]").TextContent);
        Assert.Empty(kept.FindAll("[data-testid=kept-override]"));
    }

    [Fact]
    public void NothingTypedLeavesNothingToKeep() =>
        Assert.Empty(Render<KeptDraft>(p => p.Add(x => x.Reason, "  ")).FindAll("[data-testid=kept-draft]"));

    [Fact]
    public void TheTypedReasonSurvivesTheDecisionPanelBeingRenderedAgainWithTheItemChanged()
    {
        string? reason = null;
        var panel = Render<DecisionPanel>(p => p.Add(x => x.Reason, reason).Add(x => x.ReasonChanged, v => reason = v));
        panel.Find("textarea[data-testid=decision-reason]").Input("請補充課程大綱。");

        // The page reloads the item (a colleague claimed it) and renders the panel again with the text it holds.
        panel.Render(p => p.Add(x => x.Reason, reason).Add(x => x.ErrorCount, 1));

        Assert.Equal("請補充課程大綱。", reason);
        Assert.Contains("請補充課程大綱。", panel.Find("textarea[data-testid=decision-reason]").OuterHtml, StringComparison.Ordinal);
    }

    private IRenderedComponent<ReviewHistoryPanel> RenderHistory() => Render<ReviewHistoryPanel>(p => p
        .Add(x => x.History, ReviewScreens.Of(ReviewKind.Course, audit: [Claimed, Returned]).History)
        .Add(x => x.CurrentItemId, 11));
}
