using Bunit;
using RegionalConsole.Domain.Review;
using RegionalConsole.Features.Reviews;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Components.Reviews;

public sealed class DecisionPanelTests : ComponentTestContext
{
    private readonly List<ReviewDecision> _decided = [];

    [Fact]
    public async Task AnErrorBlocksApprovalWithoutAnOverrideReason()
    {
        var panel = RenderPanel(errorCount: 1);

        Assert.True(panel.Find("[data-testid=approve]").HasAttribute("disabled"));
        Assert.Contains("1 項錯誤", panel.Find("[data-testid=override-needed]").TextContent, StringComparison.Ordinal);
        // The shortcut A calls the panel directly: it is refused there too, and points at the override field.
        await panel.InvokeAsync(panel.Instance.ApproveAsync);
        Assert.Empty(_decided);
        Assert.Equal("true", panel.Find("textarea[data-testid=override-reason]").GetAttribute("aria-invalid"));
    }

    [Fact]
    public void AWrittenOverrideReasonLetsTheReviewerApproveAndIsPassedOn()
    {
        var panel = RenderPanel(errorCount: 2);

        panel.Find("textarea[data-testid=override-reason]").Input("經電話確認課程表誤植，實際時數無誤。");
        panel.Find("[data-testid=approve]").Click();

        var decision = Assert.Single(_decided);
        Assert.Equal(ReviewOutcome.Approved, decision.Outcome);
        Assert.Equal("經電話確認課程表誤植，實際時數無誤。", decision.OverrideReason);
    }

    [Fact]
    public void WithoutErrorsThereIsNoOverrideFieldAndApprovalIsOpen()
    {
        var panel = RenderPanel(errorCount: 0);

        Assert.Empty(panel.FindAll("[data-testid=override-reason]"));
        panel.Find("[data-testid=approve]").Click();
        Assert.Equal(ReviewOutcome.Approved, Assert.Single(_decided).Outcome);
    }

    [Fact]
    public void ReturningWithoutAReasonAsksForOneAndDecidesNothing()
    {
        var panel = RenderPanel(errorCount: 0);

        panel.Find("[data-testid=return]").Click();
        Assert.Empty(_decided);
        Assert.Equal("true", panel.Find("textarea[data-testid=decision-reason]").GetAttribute("aria-invalid"));
        Assert.Contains("請填寫理由", panel.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectingPassesTheReasonOn()
    {
        var panel = RenderPanel(errorCount: 1);

        panel.Find("textarea[data-testid=decision-reason]").Input("課程內容與教師專業發展無關。");
        panel.Find("[data-testid=reject]").Click();

        var decision = Assert.Single(_decided);
        Assert.Equal(ReviewOutcome.Rejected, decision.Outcome);
        Assert.Equal("課程內容與教師專業發展無關。", decision.Reason);
    }

    [Fact]
    public void WhatTheServiceSaidIsShown()
    {
        var panel = RenderPanel(errorCount: 0, problem: "您無權審核本件。");

        Assert.Equal("您無權審核本件。", panel.Find("[data-testid=decision-problem]").TextContent.Trim());
    }

    private IRenderedComponent<DecisionPanel> RenderPanel(int errorCount, string? problem = null) =>
        Render<DecisionPanel>(p => p
            .Add(x => x.ErrorCount, errorCount)
            .Add(x => x.Problem, problem)
            .Add(x => x.OnDecide, d => _decided.Add(d)));
}
