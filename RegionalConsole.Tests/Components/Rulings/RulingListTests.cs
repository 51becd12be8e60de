using Bunit;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Features.Rulings;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Components.Rulings;

public sealed class RulingListTests : ComponentTestContext
{
    private static readonly AccessScope Taipei = new(ConsoleRole.Supervisor, null, "63000");

    private static HourRuling Ruling(int id, string? county = "63000", DateTime? retiredAt = null) => new()
    {
        Id = id,
        Subject = "職業安全衛生管理人員訓練",
        CourseKeywords = ["職業安全衛生"],
        CountsToward = "安全教育",
        Conclusion = "得認列為安全教育研習時數。",
        LegalBasis = "臺北市政府教育局函",
        Scope = "本市公私立學校教師",
        CountyCode = county,
        RecordedBy = "supervisor-63000",
        RecordedAt = new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc),
        RetiredAt = retiredAt,
        RetiredBy = retiredAt is null ? null : "admin",
    };

    private IRenderedComponent<RulingList> List(AccessScope? scope, Action<int>? onRetire = null, params HourRuling[] rulings) =>
        Render<RulingList>(p => p
            .Add(x => x.Rulings, rulings)
            .Add(x => x.Scope, scope)
            .Add(x => x.OnRetire, (int id) => onRetire?.Invoke(id)));

    [Fact]
    public void RetiringAsksForConfirmationBeforeAnythingHappens()
    {
        int? retired = null;
        var list = List(Taipei, id => retired = id, Ruling(7));

        list.Find("[data-testid=ruling-retire]").Click();

        Assert.NotNull(list.Find("[data-testid=ruling-retire-confirmation]"));
        Assert.Null(retired);
    }

    [Fact]
    public void ConfirmingRetiresThatRuling()
    {
        int? retired = null;
        var list = List(Taipei, id => retired = id, Ruling(7));

        list.Find("[data-testid=ruling-retire]").Click();
        list.Find("[data-testid=ruling-retire-confirm]").Click();

        Assert.Equal(7, retired);
    }

    [Fact]
    public void CancellingLeavesTheRulingInForce()
    {
        int? retired = null;
        var list = List(Taipei, id => retired = id, Ruling(7));

        list.Find("[data-testid=ruling-retire]").Click();
        list.Find("[data-testid=ruling-retire-cancel]").Click();

        Assert.Null(retired);
        Assert.Empty(list.FindAll("[data-testid=ruling-retire-confirmation]"));
        Assert.NotNull(list.Find("[data-testid=ruling-retire]"));
    }

    [Fact]
    public void NoRetireButtonOnAnotherCountysRulingOrForReaders()
    {
        Assert.Empty(List(Taipei, null, Ruling(7, county: "65000")).FindAll("[data-testid=ruling-retire]"));
        Assert.Empty(List(new AccessScope(ConsoleRole.Reviewer, "63000", null), null, Ruling(7)).FindAll("[data-testid=ruling-retire]"));
        Assert.Empty(List(null, null, Ruling(7)).FindAll("[data-testid=ruling-retire]"));
    }

    [Fact]
    public void ARetiredRulingIsShownAsRetiredWithoutAButton()
    {
        var list = List(Taipei, null, Ruling(7, retiredAt: new DateTime(2026, 11, 20, 2, 0, 0, DateTimeKind.Utc)));

        Assert.Contains("已廢止", list.Find("[data-testid=ruling-retired]").TextContent, StringComparison.Ordinal);
        Assert.Contains("admin", list.Find("[data-testid=ruling-retired]").TextContent, StringComparison.Ordinal);
        Assert.Empty(list.FindAll("[data-testid=ruling-retire]"));
    }
}
