using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using RegionalConsole.Components.Layout;
using RegionalConsole.Domain;
using RegionalConsole.Features.Queues;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Components;

/// <summary>The shell's own markup: skip link, landmarks and the drawer's state (WCAG 2.4.1, 1.3.1, 4.1.2).</summary>
public sealed class MainLayoutTests : ComponentTestContext
{
    public MainLayoutTests()
    {
        SignIn(ConsoleRole.Reviewer, centre: "63000");
        // The badge counts need the database; the shell around them does not.
        ComponentFactories.AddStub<QueueCountsProvider>(p => p.Get(c => c.ChildContent) ?? (_ => { }));
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    [Fact]
    public void TheSkipLinkIsTheFirstThingTheKeyboardReachesAndPointsAtTheMainContent()
    {
        var layout = RenderLayout();

        var first = layout.Find("a, button, input, select, textarea, [tabindex='0']");
        Assert.Equal("skip-link", first.GetAttribute("data-testid"));
        Assert.Equal("跳至主要內容", first.TextContent.Trim());
        Assert.Equal("#main-content", first.GetAttribute("href"));
    }

    [Fact]
    public void ThePageIsInTheMainLandmarkWhichTheSkipLinkCanFocus()
    {
        var main = RenderLayout().Find("main");

        Assert.Equal("main-content", main.Id);
        Assert.Equal("-1", main.GetAttribute("tabindex"));
        Assert.NotNull(main.QuerySelector("h1[data-testid=page]"));
    }

    [Fact]
    public void TheMenuIsANamedNavigationLandmarkOutsideTheMainContent()
    {
        var layout = RenderLayout();

        var nav = layout.Find("nav#rc-drawer");
        Assert.Equal("主選單", nav.GetAttribute("aria-label"));
        Assert.Empty(layout.FindAll("main nav"));
        Assert.Equal("rc-drawer", layout.Find("[data-testid=menu]").GetAttribute("aria-controls"));
    }

    [Fact]
    public void AClosedDrawerRememberedByTheBrowserIsAnnouncedAsCollapsed()
    {
        JSInterop.Setup<bool>("rcDrawer.shown").SetResult(false);

        var layout = RenderLayout();

        layout.WaitForAssertion(() => Assert.Equal("false", layout.Find("[data-testid=menu]").GetAttribute("aria-expanded")));
    }

    [Fact]
    public void TheMenuButtonAnnouncesWhatTheBrowserDidWithTheDrawer()
    {
        var shown = JSInterop.Setup<bool>("rcDrawer.shown");
        shown.SetResult(true);
        var layout = RenderLayout();
        Assert.Equal("true", layout.Find("[data-testid=menu]").GetAttribute("aria-expanded"));

        // The browser hides the drawer on the click itself (console.js); the circuit then asks.
        shown.SetResult(false);
        layout.Find("[data-testid=menu]").Click();

        layout.WaitForAssertion(() => Assert.Equal("false", layout.Find("[data-testid=menu]").GetAttribute("aria-expanded")));
    }

    [Fact]
    public void TheShellUsesNoneOfMudBlazorsLayoutClasses()
    {
        var markup = RenderLayout().Find("[data-testid=layout]").OuterHtml;

        Assert.DoesNotContain("mud-layout", markup, StringComparison.Ordinal);
        Assert.DoesNotContain("mud-drawer", markup, StringComparison.Ordinal);
        Assert.DoesNotContain("mud-appbar", markup, StringComparison.Ordinal);
        Assert.DoesNotContain("mud-nav", markup, StringComparison.Ordinal);
    }

    private IRenderedComponent<MainLayout> RenderLayout() =>
        Render<MainLayout>(p => p.Add(l => l.Body, (RenderFragment)(b =>
        {
            b.OpenElement(0, "h1");
            b.AddAttribute(1, "data-testid", "page");
            b.AddContent(2, "頁面");
            b.CloseElement();
        })));
}
