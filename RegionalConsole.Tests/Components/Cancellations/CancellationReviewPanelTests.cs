using Bunit;
using RegionalConsole.Features.Cancellations;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Components.Cancellations;

/// <summary>The cancellation review screen shows how many teachers were enrolled when the course was cancelled (SPEC §13.2).</summary>
public sealed class CancellationReviewPanelTests : ComponentTestContext
{
    private static CancellationRow Row(int enrolled) => new(1, "1150000123", "跨文化課程設計工作坊", "63000", "臺北市立審核測試國民小學",
        "Epidemic", "疫情升溫，停辦實體研習。", "Email", new DateTime(2026, 11, 24, 1, 0, 0, DateTimeKind.Utc), enrolled,
        enrolled, new DateTime(2026, 11, 25, 2, 0, 0, DateTimeKind.Utc), new DateOnly(2026, 11, 25), 9, null);

    [Fact]
    public void TheEnrolmentRecordedAtCancellationIsShown()
    {
        var panel = Render<CancellationReviewPanel>(p => p.Add(x => x.Row, Row(1280)));

        Assert.Equal("1,280", panel.Find("[data-testid=cancellation-enrolled]").TextContent);
    }

    [Fact]
    public void ACourseNobodyEnrolledInShowsZero()
    {
        var panel = Render<CancellationReviewPanel>(p => p.Add(x => x.Row, Row(0)));

        Assert.Equal("0", panel.Find("[data-testid=cancellation-enrolled]").TextContent);
    }
}
