using Bunit;
using RegionalConsole.Domain.Tags;
using RegionalConsole.Features.Tags;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Components.Tags;

public sealed class TagTableTests : ComponentTestContext
{
    private static readonly TagRow Proposed = new(1, "SDGs", "SDGs", TagStatus.Proposed, null, null, null, "教育部");
    private static readonly TagRow Active = new(2, "幼兒園教保專業知能", "教保專業", TagStatus.Active, new(2026, 12, 1), null, "教保專業知能研習。", "國教署");
    private static readonly TagRow Retired = new(3, "媒體素養", "媒體素養", TagStatus.Retired, new(2022, 1, 1), new(2026, 8, 1), "媒體素養研習。", null);

    [Fact]
    public void EachTagsStatusIsShownInTraditionalChinese()
    {
        var table = RenderTable([Proposed, Active, Retired]);

        Assert.Equal(["提案中", "使用中", "已停用"], table.FindAll("[data-testid='tag-status']").Select(c => c.TextContent.Trim()));
    }

    [Fact]
    public void TheActivationAndRetirementDatesAreRocDates()
    {
        var table = RenderTable([Retired, Active]);

        var dates = table.FindAll("[data-testid='tag-active-from']").Select(c => c.TextContent).ToList();
        Assert.Contains("111/01/01", dates[0], StringComparison.Ordinal);
        Assert.Contains("115/08/01", dates[0], StringComparison.Ordinal);
        Assert.Contains("115/12/01", dates[1], StringComparison.Ordinal);
    }

    [Fact]
    public void NameLabelDefinitionAndRequestingUnitAreShown()
    {
        var table = RenderTable([Active]);

        Assert.Equal("幼兒園教保專業知能", table.Find("[data-testid='tag-name']").TextContent.Trim());
        Assert.Equal("教保專業", table.Find("[data-testid='tag-label']").TextContent.Trim());
        Assert.Equal("教保專業知能研習。", table.Find("[data-testid='tag-definition']").TextContent.Trim());
        Assert.Equal("國教署", table.Find("[data-testid='tag-unit']").TextContent.Trim());
    }

    [Fact]
    public void AProposalWithoutADefinitionSaysSo()
    {
        var table = RenderTable([Proposed]);

        Assert.Equal("尚無定義說明", table.Find("[data-testid='tag-definition']").TextContent.Trim());
    }

    [Fact]
    public void AdministratorsGetAnEditActionForEachTag()
    {
        var table = RenderTable([Proposed, Active], canManage: true);

        var actions = table.FindAll("[data-testid='tag-open']");
        Assert.Equal(["/tags/1", "/tags/2"], actions.Select(a => a.GetAttribute("href")));
        Assert.All(actions, a => Assert.Equal("編輯", a.TextContent.Trim()));
    }

    [Fact]
    public void EveryoneElseOnlyViewsATag()
    {
        var table = RenderTable([Active], canManage: false);

        Assert.Equal("檢視", table.Find("[data-testid='tag-open']").TextContent.Trim());
    }

    [Fact]
    public void AnEmptyRegistrySaysNoTagMatches()
    {
        var table = RenderTable([]);

        Assert.Empty(table.FindAll("[data-testid='tag-table']"));
        Assert.Equal("沒有符合的標籤。", table.Find("[data-testid='tags-none']").TextContent.Trim());
    }

    private IRenderedComponent<TagTable> RenderTable(IReadOnlyList<TagRow> tags, bool canManage = false) =>
        Render<TagTable>(p => p.Add(t => t.Tags, tags).Add(t => t.CanManage, canManage));
}
