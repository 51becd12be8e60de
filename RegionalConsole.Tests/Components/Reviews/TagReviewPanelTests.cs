using Bunit;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Checks;
using RegionalConsole.Domain.Tags;
using RegionalConsole.Features.Reviews;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Components.Reviews;

public sealed class TagReviewPanelTests : ComponentTestContext
{
    private readonly List<TagReviewAction> _acts = [];

    private static readonly StoredCheckResult NoEvidence = new()
    {
        Code = CheckCodes.TagNoEvidence,
        Severity = CheckSeverity.Warning,
        Message = "研習名稱、課程內容大綱及課程表未見與屬性標籤「資訊非專」相關之字詞，需由區域管理中心依定義認定。",
        Rule = "管理規定第8條第1款",
        Tag = "資訊非專",
    };

    private static TagReviewSheet Sheet(bool canEdit = true, TagReviewState? second = null, string? reason = null) => new(
        [
            new("國際教育", "國際教育", true, null, null, []),
            new("資訊非專", "資訊非專", true, second, reason, [NoEvidence]),
        ],
        [new("環境教育", "環境教育", false, null, null, [])],
        canEdit);

    [Fact]
    public void EachDeclaredTagShowsItsStateAndTheChecksAboutIt()
    {
        var panel = RenderPanel(Sheet(second: TagReviewState.Removed, reason: "課程未涉及資訊科技。"));

        var tags = panel.FindAll("[data-testid=declared-tag]");
        Assert.Equal(["Pending", "Removed"], tags.Select(t => t.GetAttribute("data-state")));
        Assert.Equal(TagReviewWords("Pending"), tags[0].QuerySelector("[data-testid=tag-state]")!.TextContent.Trim());
        Assert.Equal(CheckCodes.TagNoEvidence, tags[1].QuerySelector("[data-testid=tag-check]")!.GetAttribute("data-code"));
        Assert.Contains("課程未涉及資訊科技。", tags[1].QuerySelector("[data-testid=tag-reason]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ConfirmingPassesTheTagOn()
    {
        var panel = RenderPanel(Sheet());

        panel.Find("[data-tag=國際教育] [data-testid=tag-confirm]").Click();

        var act = Assert.Single(_acts);
        Assert.Equal((TagReviewVerb.Confirm, "國際教育"), (act.Verb, act.Tag));
    }

    [Fact]
    public void RemovingWithoutAReasonAsksForOneAndPassesNothingOn()
    {
        var panel = RenderPanel(Sheet());

        panel.Find("[data-tag=資訊非專] [data-testid=tag-remove]").Click();
        panel.Find("[data-testid=tag-remove-submit]").Click();

        Assert.Empty(_acts);
        Assert.Equal("true", panel.Find("textarea[data-testid=tag-remove-reason]").GetAttribute("aria-invalid"));
    }

    [Fact]
    public void RemovingWithAReasonPassesTheReasonOn()
    {
        var panel = RenderPanel(Sheet());

        panel.Find("[data-tag=資訊非專] [data-testid=tag-remove]").Click();
        panel.Find("textarea[data-testid=tag-remove-reason]").Input("課程未涉及資訊科技。");
        panel.Find("[data-testid=tag-remove-submit]").Click();

        var act = Assert.Single(_acts);
        Assert.Equal((TagReviewVerb.Remove, "資訊非專", "課程未涉及資訊科技。"), (act.Verb, act.Tag, act.Reason));
    }

    [Fact]
    public void ASuggestionCanBeAdded()
    {
        var panel = RenderPanel(Sheet());

        panel.Find("[data-testid=suggested-tag][data-tag=環境教育] [data-testid=tag-add]").Click();

        Assert.Equal((TagReviewVerb.Add, "環境教育"), (Assert.Single(_acts).Verb, _acts[0].Tag));
    }

    [Fact]
    public void WithoutTheRightToWorkTheItemThereAreNoButtons()
    {
        var panel = RenderPanel(Sheet(canEdit: false, second: TagReviewState.Confirmed));

        Assert.Empty(panel.FindAll("button"));
        Assert.Equal(2, panel.FindAll("[data-testid=declared-tag]").Count);
    }

    private string TagReviewWords(string state) => Text["TagState" + state];

    private IRenderedComponent<TagReviewPanel> RenderPanel(TagReviewSheet sheet) =>
        Render<TagReviewPanel>(p => p
            .Add(x => x.Sheet, sheet)
            .Add(x => x.OnAct, (TagReviewAction a) => _acts.Add(a)));
}
