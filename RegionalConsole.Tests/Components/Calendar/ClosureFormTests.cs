using Bunit;
using RegionalConsole.Features.Calendar;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Components.Calendar;

public sealed class ClosureFormTests : ComponentTestContext
{
    private readonly List<ClosureInput> _submitted = [];

    [Fact]
    public void ADatePickedOnTheMonthAndAReasonAreSubmittedForTheCounty()
    {
        var form = RenderForm(date: new DateOnly(2026, 9, 1));

        form.Find("input[data-testid='closure-reason']").Change("颱風");
        form.Find("[data-testid='closure-submit']").Click();

        Assert.Equal([new ClosureInput("10015", new DateOnly(2026, 9, 1), "颱風")], _submitted);
    }

    [Fact]
    public void APickedDateIsShownAsAnRocDate()
    {
        var form = RenderForm(date: new DateOnly(2026, 9, 1));

        Assert.Equal("115/09/01", form.Find("input[data-testid='closure-date']").GetAttribute("value"));
    }

    [Fact]
    public void ATypedRocDateIsRead()
    {
        var form = RenderForm();

        form.Find("input[data-testid='closure-date']").Change("115/9/2");
        form.Find("input[data-testid='closure-reason']").Change("豪雨");
        form.Find("[data-testid='closure-submit']").Click();

        Assert.Equal(new DateOnly(2026, 9, 2), Assert.Single(_submitted).Date);
    }

    [Fact]
    public void WithoutAReasonNothingIsSubmitted()
    {
        var form = RenderForm(date: new DateOnly(2026, 9, 1));

        form.Find("[data-testid='closure-submit']").Click();

        Assert.Empty(_submitted);
        Assert.Contains("請填寫原因", form.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnreadableDateIsNotSubmitted()
    {
        var form = RenderForm();

        form.Find("input[data-testid='closure-date']").Change("9月1日");
        form.Find("input[data-testid='closure-reason']").Change("颱風");
        form.Find("[data-testid='closure-submit']").Click();

        Assert.Empty(_submitted);
        Assert.Contains("115/09/01", form.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void TheServicesRefusalIsShown()
    {
        var form = RenderForm(error: "此縣市當日已登錄停止上班。");

        Assert.Equal("此縣市當日已登錄停止上班。", form.Find("[data-testid='closure-error']").TextContent.Trim());
    }

    [Fact]
    public void TheCountyIsNamed()
    {
        var form = RenderForm();

        Assert.Contains("花蓮縣", form.Find("[data-testid='closure-county']").TextContent, StringComparison.Ordinal);
    }

    private IRenderedComponent<ClosureForm> RenderForm(DateOnly? date = null, string? error = null) =>
        Render<ClosureForm>(p => p
            .Add(f => f.County, "10015")
            .Add(f => f.Date, date)
            .Add(f => f.Error, error)
            .Add(f => f.OnSubmit, (ClosureInput input) => _submitted.Add(input)));
}
