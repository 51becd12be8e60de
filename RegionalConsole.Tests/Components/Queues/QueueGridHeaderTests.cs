using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using RegionalConsole.Auth;
using RegionalConsole.Components;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Features.Queues;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Components.Queues;

/// <summary>
/// The queue grid's frame as first rendered (before its circuit loads rows): sortable headers are buttons that say they
/// sort, and the count has its place (issue #19). Nothing here reaches the database: a static render loads no page.
/// </summary>
public sealed class QueueGridHeaderTests : ComponentTestContext
{
    public QueueGridHeaderTests()
    {
        Services.AddSingleton<Microsoft.Extensions.Logging.ILoggerFactory>(NullLoggerFactory.Instance);
        Services.AddStaticHtml();
        // Never called in a static render; the grid only needs them to exist.
        Services.AddSingleton(new QueueService(null!, null!, null!, TimeProvider.System, null!, null!));
        Services.AddSingleton<IQueueNotifier>(new InProcessQueueNotifier(NullLogger<InProcessQueueNotifier>.Instance));
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));
    }

    [Fact]
    public void EverySortableHeaderIsAButtonWithASortIconAndAriaSortOnItsHeaderCell()
    {
        var grid = RenderGrid();

        var sortable = grid.FindAll("th[aria-sort]");
        Assert.Equal(4, sortable.Count);
        Assert.All(sortable, th =>
        {
            Assert.Equal("none", th.GetAttribute("aria-sort"));
            var button = th.QuerySelector("button.rc-sort");
            Assert.NotNull(button);
            Assert.Equal("button", button!.GetAttribute("type"));
            Assert.NotNull(button.QuerySelector("svg"));
        });
    }

    [Fact]
    public void HeadersThatDoNotSortAreNotButtons()
    {
        var grid = RenderGrid();

        var plain = grid.FindAll("th:not([aria-sort])");
        Assert.NotEmpty(plain);
        Assert.All(plain, th => Assert.Null(th.QuerySelector("button")));
    }

    [Fact]
    public void TheCountHasItsPlaceInTheToolbarAndIsAnnounced()
    {
        var grid = RenderGrid();

        Assert.Equal("polite", grid.Find("[data-testid=queue-count]").GetAttribute("aria-live"));
    }

    private IRenderedComponent<QueueGrid> RenderGrid()
    {
        var user = ConsoleUser.From(ConsoleClaims.CreatePrincipal(new Account
        {
            Id = 1,
            UserName = "reviewer-63000-1",
            DisplayName = "審核人員",
            Role = ConsoleRole.Reviewer,
            CentreCode = "63000",
        }))!;
        return Render<QueueGrid>(p => p.Add(g => g.User, user).Add(g => g.Centre, new QueueCentre("63000", "臺北市區域管理中心", "63000"))
            .Add(g => g.Kind, ReviewKind.Course).Add(g => g.Filter, new QueueFilter()));
    }
}
