using Bunit;
using RegionalConsole.Domain.Tags;
using RegionalConsole.Features.Queues;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Queues;

public sealed class QueueFiltersTests : ComponentTestContext
{
    private readonly List<QueueFilter> _raised = [];

    [Fact]
    public void TypingASearchRaisesTheFilterWithTheTrimmedTextOnceTypingPauses()
    {
        var bar = RenderBar(new QueueFilter { Assignee = AssigneeFilter.Mine });

        bar.Find("input[data-testid=queue-search]").Input("  繪本 ");
        Assert.Empty(_raised); // Still typing.
        Clock.Advance(TimeSpan.FromMilliseconds(QueueFilters.DebounceMilliseconds));

        bar.WaitForAssertion(() => Assert.Equal(new QueueFilter { Assignee = AssigneeFilter.Mine, Search = "繪本" }, Assert.Single(_raised)));
    }

    [Fact]
    public void ClearingTheSearchRemovesTheSearchFilter()
    {
        var bar = RenderBar(new QueueFilter { Search = "繪本" });

        bar.Find("input[data-testid=queue-search]").Input("   ");
        Clock.Advance(TimeSpan.FromMilliseconds(QueueFilters.DebounceMilliseconds));

        bar.WaitForAssertion(() => Assert.Null(Assert.Single(_raised).Search));
    }

    [Fact]
    public void TextTypedInSeveralBoxesAppliesTogetherOncePaused()
    {
        var bar = RenderBar(new QueueFilter());

        bar.Find("input[data-testid=queue-tag]").Input("資訊非專");
        Clock.Advance(TimeSpan.FromMilliseconds(QueueFilters.DebounceMilliseconds - 100));
        bar.Find("input[data-testid=queue-organiser]").Input("國小");
        Clock.Advance(TimeSpan.FromMilliseconds(QueueFilters.DebounceMilliseconds - 100));
        Assert.Empty(_raised); // The second box restarted the pause.
        Clock.Advance(TimeSpan.FromMilliseconds(100));

        bar.WaitForAssertion(() => Assert.Equal(new QueueFilter { Tag = "資訊非專", Organiser = "國小" }, Assert.Single(_raised)));
    }

    [Fact]
    public void WhatTheReviewerTypesIsNotWrittenBackIntoTheBox()
    {
        var bar = RenderBar(new QueueFilter());

        bar.Find("input[data-testid=queue-search]").Input(" 繪本 ");
        Clock.Advance(TimeSpan.FromMilliseconds(QueueFilters.DebounceMilliseconds));
        bar.Render(p => p.Add(b => b.Value, new QueueFilter { Search = "繪本" }));

        // The box keeps no server value while typing (a trimmed copy would overwrite keystrokes still in flight).
        Assert.Equal("", bar.Find("input[data-testid=queue-search]").GetAttribute("value") ?? "");
        Assert.NotEmpty(bar.FindAll("[data-testid=queue-search-clear]"));
    }

    [Fact]
    public void TheBoxesClearButtonEmptiesItAndDropsItsFilter()
    {
        var bar = RenderBar(new QueueFilter { Organiser = "國小", HasErrors = true });
        Assert.Equal("國小", bar.Find("input[data-testid=queue-organiser]").GetAttribute("value"));

        bar.Find("[data-testid=queue-organiser-clear]").Click();

        Assert.Equal(new QueueFilter { HasErrors = true }, Assert.Single(_raised));
        Assert.Equal("", bar.Find("input[data-testid=queue-organiser]").GetAttribute("value"));
        Assert.Empty(bar.FindAll("[data-testid=queue-organiser-clear]"));
    }

    [Fact]
    public void ChoosingAStateRaisesIt()
    {
        var bar = RenderBar(new QueueFilter { Assignee = AssigneeFilter.Unassigned });

        bar.Find("select[data-testid=queue-state]").Change(nameof(QueueState.Overdue));

        Assert.Equal(new QueueFilter { Assignee = AssigneeFilter.Unassigned, State = QueueState.Overdue }, Assert.Single(_raised));
    }

    [Fact]
    public void TheChosenViewAndErrorSwitchShowAsSelected()
    {
        var bar = RenderBar(new QueueFilter { Assignee = AssigneeFilter.Mine, HasErrors = true });

        Assert.Equal("true", bar.Find("[data-testid=assignee-Mine]").GetAttribute("aria-checked"));
        Assert.Equal("false", bar.Find("[data-testid=assignee-Anyone]").GetAttribute("aria-checked"));
        Assert.True(bar.Find("input[data-testid=queue-has-errors]").HasAttribute("checked"));
    }

    [Theory]
    [InlineData(AssigneeFilter.Mine)]
    [InlineData(AssigneeFilter.Unassigned)]
    public void TheQuickViewsPickTheAssigneeView(AssigneeFilter view)
    {
        var bar = RenderBar(new QueueFilter { HasErrors = true });

        bar.Find($"[data-testid=assignee-{view}]").Click();

        Assert.Equal(new QueueFilter { HasErrors = true, Assignee = view }, Assert.Single(_raised));
    }

    [Fact]
    public void TheErrorSwitchAsksForItemsWithErrors()
    {
        var bar = RenderBar(new QueueFilter());

        bar.Find("input[data-testid=queue-has-errors]").Change(true);

        Assert.True(Assert.Single(_raised).HasErrors);
    }

    [Fact]
    public void TheQuickViewsReadInTraditionalChinese()
    {
        var bar = RenderBar(new QueueFilter());

        Assert.Equal("我的", bar.Find("[data-testid=assignee-Mine]").TextContent.Trim());
        Assert.Equal("未指派", bar.Find("[data-testid=assignee-Unassigned]").TextContent.Trim());
    }

    [Fact]
    public void AnUnfilteredQueueOffersNoClearButton()
    {
        Assert.Empty(RenderBar(new QueueFilter()).FindAll("[data-testid=queue-clear]"));
    }

    [Fact]
    public void ClearRestoresTheWholeOpenQueue()
    {
        var bar = RenderBar(new QueueFilter { State = QueueState.Overdue, Tag = "資訊非專", Organiser = "國小" });

        bar.Find("[data-testid=queue-clear]").Click();

        Assert.Equal(new QueueFilter(), Assert.Single(_raised));
        Assert.Equal("", bar.Find("input[data-testid=queue-tag]").GetAttribute("value"));
    }

    [Fact]
    public void EveryStateAndViewHasTextInBothLanguages()
    {
        var keys = Enum.GetValues<QueueState>().Select(s => "QueueState" + s)
            .Concat(Enum.GetValues<AssigneeFilter>().Select(a => "QueueAssignee" + a))
            .Concat(Enum.GetValues<AssignmentStatus>().Where(s => s != AssignmentStatus.Done).Select(s => "Assign" + s));
        foreach (var key in keys)
        {
            var zh = Text[key];
            System.Globalization.CultureInfo.CurrentUICulture = new("en");
            var en = Text[key];
            System.Globalization.CultureInfo.CurrentUICulture = new("zh-TW");
            Assert.False(zh.ResourceNotFound || en.ResourceNotFound, $"{key} lacks a translation");
            Assert.NotEqual(zh.Value, en.Value);
        }
    }

    [Fact]
    public void TheTagBoxSuggestsTheRegistrysTagsByLabelWithTheirNames()
    {
        var bar = RenderBar(new QueueFilter(), TagChoice.From(TagRegistry.Default));

        var list = bar.Find("input[data-testid=queue-tag]").GetAttribute("list");
        var options = bar.FindAll($"datalist#{list} option");
        Assert.Equal(TagRegistry.Default.All.Count, options.Count);
        var preschool = Assert.Single(options, o => o.GetAttribute("value") == "教保專業");
        Assert.Equal(TagDefaults.Preschool, preschool.TextContent);
        Assert.Equal("", Assert.Single(options, o => o.GetAttribute("value") == TagDefaults.International).TextContent);
    }

    [Fact]
    public void WithoutTagsTheTagBoxSuggestsNothing()
    {
        var bar = RenderBar(new QueueFilter());

        Assert.False(bar.Find("input[data-testid=queue-tag]").HasAttribute("list"));
        Assert.Empty(bar.FindAll("datalist"));
    }

    private IRenderedComponent<QueueFilters> RenderBar(QueueFilter value, IReadOnlyList<TagChoice>? tags = null)
    {
        RenderPopoverProvider();
        return Render<QueueFilters>(p => p
            .Add(b => b.Value, value)
            .Add(b => b.ValueChanged, (QueueFilter f) => _raised.Add(f))
            .Add(b => b.TagChoices, tags ?? []));
    }
}
