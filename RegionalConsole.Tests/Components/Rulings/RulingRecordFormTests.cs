using Bunit;
using RegionalConsole.Domain;
using RegionalConsole.Features.Rulings;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Components.Rulings;

public sealed class RulingRecordFormTests : ComponentTestContext
{
    public RulingRecordFormTests() => RenderPopoverProvider();

    [Fact]
    public void ACountySupervisorSeesTheirCountyFixed()
    {
        var form = Render<RulingRecordForm>(p => p.Add(x => x.Scope, new AccessScope(ConsoleRole.Supervisor, null, "63000")));

        Assert.Contains("臺北市", form.Find("[data-testid=ruling-county-fixed]").TextContent, StringComparison.Ordinal);
        Assert.Empty(form.FindAll("[data-testid=ruling-county-input]"));
    }

    [Fact]
    public void TheK12SupervisorRulesNationwide()
    {
        var form = Render<RulingRecordForm>(p => p.Add(x => x.Scope, new AccessScope(ConsoleRole.Supervisor, null, CentreCodes.K12EA)));

        Assert.Contains("全國", form.Find("[data-testid=ruling-county-fixed]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAdministratorChoosesTheCounty()
    {
        var form = Render<RulingRecordForm>(p => p.Add(x => x.Scope, new AccessScope(ConsoleRole.Administrator, null, null)));

        Assert.Empty(form.FindAll("[data-testid=ruling-county-fixed]"));
        Assert.NotEmpty(form.FindAll("[data-testid=ruling-county-input]"));
    }

    [Fact]
    public void RecordingHandsOverWhatWasTyped()
    {
        RulingForm? recorded = null;
        var form = Render<RulingRecordForm>(p => p
            .Add(x => x.Scope, new AccessScope(ConsoleRole.Supervisor, null, "63000"))
            .Add(x => x.OnRecord, (RulingForm f) => recorded = f));

        form.Find("input[data-testid=ruling-subject-input]").Change("急救訓練");
        form.Find("[data-testid=ruling-record]").Click();

        Assert.Equal("急救訓練", recorded?.Subject);
    }

    [Fact]
    public void MissingFieldsAreMarked()
    {
        var form = Render<RulingRecordForm>(p => p
            .Add(x => x.Scope, new AccessScope(ConsoleRole.Supervisor, null, "63000"))
            .Add(x => x.Missing, ["LegalBasis"]));

        Assert.Contains("必填", Field(form, "ruling-basis-input"), StringComparison.Ordinal);
        Assert.DoesNotContain("必填", Field(form, "ruling-subject-input"), StringComparison.Ordinal);
    }

    private static string Field(IRenderedComponent<RulingRecordForm> form, string testId) =>
        form.Find($"input[data-testid={testId}]").Closest(".mud-input-control")!.TextContent;
}
