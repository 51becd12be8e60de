using Bunit;
using Microsoft.AspNetCore.Components;
using RegionalConsole.Components.Layout;
using RegionalConsole.Domain;
using RegionalConsole.Features.Queues;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Components;

public sealed class NavMenuTests : ComponentTestContext
{
    [Fact]
    public void AReviewerSeesTheDashboardInTraditionalChinese()
    {
        SignIn(ConsoleRole.Reviewer, centre: "63000");

        var menu = Render<NavMenu>();

        Assert.Contains("工作總覽", menu.Markup, StringComparison.Ordinal);
        Assert.Contains("個人資料", menu.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void EachRoleSeesExactlyTheItemsListedForIt()
    {
        foreach (var role in Enum.GetValues<ConsoleRole>())
        {
            var expected = NavigationItems.All.Where(i => i.Roles.Contains(role)).Select(i => i.Href).ToList();
            Assert.Equal(expected, NavigationItems.For(role).Select(i => i.Href).ToList());
        }
    }

    [Fact]
    public void AdministrationIsNeverListedForAReviewer()
    {
        Assert.DoesNotContain(NavigationItems.For(ConsoleRole.Reviewer), i => i.Href.StartsWith("/admin", StringComparison.Ordinal));
    }

    [Fact]
    public void NobodySignedInSeesNoMenu()
    {
        SignIn(null);

        var menu = Render<NavMenu>();

        Assert.Empty(menu.FindAll("a"));
    }

    [Fact]
    public void EveryMenuLabelHasATranslationInBothLanguages()
    {
        foreach (var item in NavigationItems.All)
        {
            var zh = Text[item.LabelKey];
            Assert.False(zh.ResourceNotFound, $"{item.LabelKey} has no zh-TW text");
            System.Globalization.CultureInfo.CurrentUICulture = new("en");
            Assert.False(Text[item.LabelKey].ResourceNotFound, $"{item.LabelKey} has no English text");
            Assert.NotEqual(zh.Value, Text[item.LabelKey].Value);
            System.Globalization.CultureInfo.CurrentUICulture = new("zh-TW");
        }
    }

    [Fact]
    public void QueueLinksShowTheirOpenItemsAsBadges()
    {
        SignIn(ConsoleRole.Reviewer, centre: "63000");

        var menu = Render<CascadingValue<QueueCounts>>(p => p
            .Add(c => c.Value, new QueueCounts(12, 0, 3))
            .AddChildContent<NavMenu>());

        Assert.Equal("12", menu.Find("[data-testid=badge-course]").TextContent.Trim());
        Assert.Equal("3", menu.Find("[data-testid=badge-cancellation]").TextContent.Trim());
        Assert.Empty(menu.FindAll("[data-testid=badge-roster]"));
    }

    [Fact]
    public void EveryRoleSeesTheThreeQueues()
    {
        foreach (var role in Enum.GetValues<ConsoleRole>())
        {
            Assert.Equal(["/queues/course", "/queues/roster", "/queues/cancellation"],
                NavigationItems.For(role).Where(i => i.Queue is not null).Select(i => i.Href));
        }
    }
}
