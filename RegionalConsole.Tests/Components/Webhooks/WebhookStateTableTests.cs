using Bunit;
using RegionalConsole.Features.Webhooks;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Components.Webhooks;

/// <summary>Administrators see each webhook's delivery state beside the keys (SPEC §14.3).</summary>
public sealed class WebhookStateTableTests : ComponentTestContext
{
    private static readonly DateTime Created = new(2026, 12, 1, 1, 0, 0, DateTimeKind.Utc);

    private static WebhookStateRow Row(string state, string? suspendedFor = null, string? suspendedReason = null, DateTime? failed = null,
        string? why = null, int backlog = 0) =>
        new(1, "tn-county", "https://partner.example.org/hooks", ["CourseDecided"], state, suspendedFor, suspendedReason, Created, null, failed,
            why, backlog);

    [Fact]
    public void ASuspendedSubscriptionSaysSoWithTheReasonInChinese()
    {
        var table = Render<WebhookStateTable>(p => p.Add(t => t.Rows,
            [Row("Suspended", "DeliveriesFailed", "8 attempts failed since 27.6 h; last: HTTP 500", Created, "HTTP 500", 3)]));

        Assert.Contains("已暫停", table.Find("[data-testid=webhook-state]").TextContent, StringComparison.Ordinal);
        Assert.Equal("每次重送皆失敗，已持續 27.6 小時，停止遞送；原因見「最近失敗與原因」", table.Find("[data-testid=webhook-suspended-reason]").TextContent);
        Assert.Equal("HTTP 500", table.Find("[data-testid=webhook-failure-reason]").TextContent);
        Assert.Equal("3", table.Find("[data-testid=webhook-backlog]").TextContent);
    }

    [Fact]
    public void ARevokedKeysSubscriptionSaysSoInThePagesLanguage()
    {
        var chinese = Render<WebhookStateTable>(p => p.Add(t => t.Rows, [Row("Suspended", "KeyRevoked", "API key revoked")]));
        Assert.Equal("金鑰已撤銷，不再遞送", chinese.Find("[data-testid=webhook-suspended-reason]").TextContent);

        EnglishRenderingTests.English();
        var english = Render<WebhookStateTable>(p => p.Add(t => t.Rows, [Row("Suspended", "KeyRevoked", "API key revoked")]));
        Assert.Equal("The API key was revoked; nothing more is sent", english.Find("[data-testid=webhook-suspended-reason]").TextContent);
    }

    [Fact]
    public void ASuspensionStoredBeforeItHadACodeShowsItsStoredWords()
    {
        var table = Render<WebhookStateTable>(p => p.Add(t => t.Rows, [Row("Suspended", suspendedReason: "8 attempts failed; last: HTTP 500")]));

        Assert.Equal("8 attempts failed; last: HTTP 500", table.Find("[data-testid=webhook-suspended-reason]").TextContent);
    }

    [Fact]
    public void AnActiveSubscriptionShowsItsLastFailureInTaipeiTime()
    {
        var table = Render<WebhookStateTable>(p => p.Add(t => t.Rows, [Row("Active", failed: new DateTime(2026, 12, 4, 16, 30, 0, DateTimeKind.Utc), why: "no answer (timeout)")]));

        Assert.Contains("遞送中", table.Find("[data-testid=webhook-state]").TextContent, StringComparison.Ordinal);
        Assert.Equal("no answer (timeout)", table.Find("[data-testid=webhook-failure-reason]").TextContent);
        Assert.Contains("115/12/05 00:30", table.Find("[data-testid=webhooks-table]").TextContent, StringComparison.Ordinal);
        Assert.Empty(table.FindAll("[data-testid=webhook-suspended-reason]"));
    }
}
