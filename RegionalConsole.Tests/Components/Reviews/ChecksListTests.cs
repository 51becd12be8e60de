using Bunit;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Checks;
using RegionalConsole.Features.Reviews;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Components.Reviews;

public sealed class ChecksListTests : ComponentTestContext
{
    private static readonly StoredCheckResult Judgement = ReviewComponentData.Check("SEGMENT_NEEDS_JUDGEMENT", CheckSeverity.Warning,
        "第2段同時含非實際授課活動「開幕」與授課內容，請審查人員判斷是否採計。", "第2段 115/12/01 09:00-10:30 開幕式暨專題演講");

    private static readonly StoredCheckResult Hours = ReviewComponentData.Check("HOURS_OVER_CREDITABLE", CheckSeverity.Error,
        "研習時數 4 小時超過可採計時間。");

    [Fact]
    public void ACheckShowsItsSeverityMessageRuleAndEvidence()
    {
        var list = Render<ChecksList>(p => p.Add(x => x.Checks, [Judgement]));

        var check = list.Find("[data-testid=check]");
        Assert.Contains("警告", check.TextContent, StringComparison.Ordinal);
        Assert.Contains(Judgement.Message, check.TextContent, StringComparison.Ordinal);
        Assert.Contains("管理規定第10條第4款", check.TextContent, StringComparison.Ordinal);
        Assert.Equal(Judgement.Evidence, check.QuerySelector("[data-testid=evidence]")!.TextContent);
        Assert.NotNull(check.QuerySelector("svg"));
    }

    [Fact]
    public void ErrorsComeFirstAndAreCounted()
    {
        var list = Render<ChecksList>(p => p.Add(x => x.Checks, [Judgement, Hours]));

        Assert.Equal(["HOURS_OVER_CREDITABLE", "SEGMENT_NEEDS_JUDGEMENT"], list.FindAll("[data-testid=check]").Select(c => c.GetAttribute("data-code")));
        Assert.Contains("錯誤 1・警告 1・提示 0", list.Find("[data-testid=check-counts]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ACheckWithoutEvidenceShowsNone()
    {
        var list = Render<ChecksList>(p => p.Add(x => x.Checks, [Hours]));

        Assert.Empty(list.FindAll("[data-testid=evidence]"));
    }

    [Fact]
    public void NoChecksSaysSo()
    {
        var list = Render<ChecksList>(p => p.Add(x => x.Checks, []));

        Assert.Single(list.FindAll("[data-testid=checks-none]"));
    }
}
