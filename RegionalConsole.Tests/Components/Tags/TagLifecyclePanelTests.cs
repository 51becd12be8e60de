using Bunit;
using RegionalConsole.Domain.Tags;
using RegionalConsole.Features.Tags;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Components.Tags;

public sealed class TagLifecyclePanelTests : ComponentTestContext
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private readonly List<(string Action, DateOnly? Date)> _requested = [];

    [Fact]
    public void AProposedTagIsActivatedFromTodayUnlessAnotherDateIsTyped()
    {
        var panel = RenderPanel(TagStatus.Proposed);

        Assert.Equal("115/11/25", panel.Find("input[data-testid='lifecycle-date']").GetAttribute("value"));
        panel.Find("[data-testid='tag-activate']").Click();

        Assert.Equal([("activate", (DateOnly?)Today)], _requested);
    }

    [Fact]
    public void AnActiveTagIsRetiredOnATypedRocDate()
    {
        var panel = RenderPanel(TagStatus.Active);

        panel.Find("input[data-testid='lifecycle-date']").Change("116/1/1");
        panel.Find("[data-testid='tag-retire']").Click();

        Assert.Equal([("retire", (DateOnly?)new DateOnly(2027, 1, 1))], _requested);
    }

    [Fact]
    public void AnUnreadableDateIsNotSubmitted()
    {
        var panel = RenderPanel(TagStatus.Active);

        panel.Find("input[data-testid='lifecycle-date']").Change("明年");
        panel.Find("[data-testid='tag-retire']").Click();

        Assert.Empty(_requested);
        Assert.Contains("115/12/01", panel.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void ARetiredTagCanOnlyBeProposedAgain()
    {
        var panel = RenderPanel(TagStatus.Retired);

        panel.Find("[data-testid='tag-reopen']").Click();

        Assert.Empty(panel.FindAll("[data-testid='lifecycle-date']"));
        Assert.Equal([("reopen", (DateOnly?)null)], _requested);
    }

    [Fact]
    public void TheDomainsRefusalIsShown()
    {
        var panel = RenderPanel(TagStatus.Proposed, error: "此標籤尚無定義說明，不能啟用");

        Assert.Equal("此標籤尚無定義說明，不能啟用", panel.Find("[data-testid='lifecycle-error']").TextContent.Trim());
    }

    private IRenderedComponent<TagLifecyclePanel> RenderPanel(TagStatus status, string? error = null) =>
        Render<TagLifecyclePanel>(p => p
            .Add(x => x.Tag, new TagRow(5, "SDGs", "SDGs", status, null, null, null, null))
            .Add(x => x.Today, Today)
            .Add(x => x.Error, error)
            .Add(x => x.OnActivate, (DateOnly d) => _requested.Add(("activate", d)))
            .Add(x => x.OnRetire, (DateOnly d) => _requested.Add(("retire", d)))
            .Add(x => x.OnReopen, () => _requested.Add(("reopen", null))));
}
