using Bunit;
using RegionalConsole.Auth;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Teachers;
using RegionalConsole.Features.Accounts;
using RegionalConsole.Features.ApiClients;
using RegionalConsole.Features.Institutions;
using RegionalConsole.Features.Teachers;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Components.Administration;

public sealed class AccountTableTests : ComponentTestContext
{
    private static AccountRow Row(int id, DateTime? lastSignIn = null) =>
        new(id, $"reviewer-{id}", "審核人員", null, null, ConsoleRole.Reviewer, "63000", "臺北市中心", null, true, lastSignIn);

    [Fact]
    public void NobodyIsOfferedToDisableTheirOwnAccount()
    {
        var table = Render<AccountTable>(p => p.Add(t => t.Rows, [Row(1), Row(2)]).Add(t => t.CurrentAccountId, 1));

        Assert.Single(table.FindAll("[data-testid=account-toggle]"));
    }

    [Fact]
    public void TheLastSignInIsAnRocDateInTaipeiOrNever()
    {
        var table = Render<AccountTable>(p => p.Add(t => t.Rows, [Row(1, new DateTime(2026, 11, 24, 16, 30, 0, DateTimeKind.Utc)), Row(2)]));

        var text = table.Find("[data-testid=accounts-table]").TextContent;
        Assert.Contains("115/11/25 00:30", text, StringComparison.Ordinal);
        Assert.Contains("尚未登入", text, StringComparison.Ordinal);
    }
}

public sealed class JurisdictionTableTests : ComponentTestContext
{
    [Fact]
    public void ATypeWithoutARowIsMarkedUnroutedAndHasNothingToRemove()
    {
        RenderPopoverProvider();
        var rows = new List<JurisdictionTableRow>
        {
            new(InstitutionType.University, true, CentreCodes.National, "管理規定第11條第1款", 12),
            new(InstitutionType.PrivateBody, false, null, null, 3),
        };

        var table = Render<JurisdictionTable>(p => p.Add(t => t.Rows, rows));

        Assert.Single(table.FindAll("[data-testid=jurisdiction-remove]"));
        Assert.Contains("未分派", table.Find("tbody tr:last-child").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("未分派", table.Find("tbody tr:first-child").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void SavingARowAsksForThePreviewOfThatEdit()
    {
        RenderPopoverProvider();
        JurisdictionEdit? asked = null;
        var rows = new List<JurisdictionTableRow> { new(InstitutionType.CommunityCollege, true, null, "管理規定第11條第7款", 4) };

        var table = Render<JurisdictionTable>(p => p.Add(t => t.Rows, rows).Add(t => t.OnChange, (JurisdictionEdit e) => asked = e));
        table.Find("[data-testid=jurisdiction-save]").Click();

        Assert.Equal(new JurisdictionEdit(InstitutionType.CommunityCollege, false, null, "管理規定第11條第7款"), asked);
    }
}

public sealed class ApiClientCreateFormTests : ComponentTestContext
{
    [Fact]
    public void EachBadFieldShowsItsMessage()
    {
        RenderPopoverProvider();
        var errors = new Dictionary<string, string[]> { ["institutionCodes"] = ["查無機關「999999」。"] };

        var form = Render<ApiClientCreateForm>(p => p.Add(f => f.Errors, errors));

        Assert.Contains("查無機關「999999」。", form.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void InstitutionCodesAreSplitOnCommasAndSpaces()
    {
        RenderPopoverProvider();
        ApiClientBody? body = null;
        var form = Render<ApiClientCreateForm>(p => p.Add(f => f.OnCreate, (ApiClientBody b) => body = b));

        form.Find("input[data-testid=api-client-name-input]").Change("校務系統");
        form.Find("input[data-testid=api-client-institutions]").Change("213501, 213502，213503");
        form.Find("[data-testid=api-client-create]").Click();

        Assert.Equal(["213501", "213502", "213503"], body!.InstitutionCodes);
        Assert.Equal("校務系統", body.Name);
    }
}

public sealed class TeacherRecordViewTests : ComponentTestContext
{
    [Fact]
    public void ATeacherWithoutASchoolShowsNoServingSchoolAndTheExportLinkCarriesNoNationalId()
    {
        var record = new TeacherRecord("opaque-reference", "A12****789", "王小明", null, null,
            [new StudyRecordRow("1150000001", "國際教育研習", 3m, new DateOnly(2026, 10, 5), ["國際教育"])],
            StudyTotals.Of([new StudyHours(115, 3m, ["國際教育"])]));

        var view = Render<TeacherRecordView>(p => p.Add(v => v.Record, record));

        Assert.Contains("無服務學校", view.Find("[data-testid=teacher-serving]").TextContent, StringComparison.Ordinal);
        Assert.Equal("A12****789", view.Find("[data-testid=teacher-id]").TextContent.Trim());
        Assert.EndsWith("/teachers/export/opaque-reference", view.Find("[data-testid=teacher-export]").GetAttribute("href"), StringComparison.Ordinal);
        Assert.Contains("115/10/05", view.Find("[data-testid=teacher-records]").TextContent, StringComparison.Ordinal);
        Assert.Contains("國際教育", view.Find("[data-testid=teacher-per-tag]").TextContent, StringComparison.Ordinal);
    }
}

public sealed class AccountEditFormTests : ComponentTestContext
{
    private static readonly ConsoleUser Administrator = new(1, "admin", "系統管理者", new AccessScope(ConsoleRole.Administrator, null, null));

    [Fact]
    public void AReviewerAccountAsksForACentreAndASupervisorAccountForAnAuthority()
    {
        RenderPopoverProvider();
        var reviewer = Render<AccountEditForm>(p => p.Add(f => f.Form, new AccountForm { Role = ConsoleRole.Reviewer }).Add(f => f.User, Administrator));
        var supervisor = Render<AccountEditForm>(p => p.Add(f => f.Form, new AccountForm { Role = ConsoleRole.Supervisor }).Add(f => f.User, Administrator));

        Assert.NotEmpty(reviewer.FindAll("[data-testid=account-centre]"));
        Assert.Empty(reviewer.FindAll("[data-testid=account-scope]"));
        Assert.NotEmpty(supervisor.FindAll("[data-testid=account-scope]"));
        Assert.Empty(supervisor.FindAll("[data-testid=account-centre]"));
    }

    [Fact]
    public void ARefusalIsShownAboveTheForm()
    {
        RenderPopoverProvider();
        var form = Render<AccountEditForm>(p => p.Add(f => f.Form, new AccountForm()).Add(f => f.User, Administrator)
            .Add(f => f.Error, "帳號名稱「reviewer-63000-1」已由「陳怡君」使用。"));

        Assert.Equal("帳號名稱「reviewer-63000-1」已由「陳怡君」使用。", form.Find("[data-testid=account-error]").TextContent.Trim());
    }
}
