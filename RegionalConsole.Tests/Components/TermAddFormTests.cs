using Bunit;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Schedule;
using RegionalConsole.Features.Terms;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Components;

public sealed class TermAddFormTests : ComponentTestContext
{
    [Fact]
    public void AddIsDisabledUntilATermIsTyped()
    {
        RenderPopoverProvider();
        var form = Render<TermAddForm>();

        Assert.True(form.Find("[data-testid=term-add-button]").HasAttribute("disabled"));
    }

    [Fact]
    public void AnExcludedTermIsAddedWithItsCategory()
    {
        RenderPopoverProvider();
        TermAddForm.NewTerm? added = null;
        var form = Render<TermAddForm>(p => p.Add(f => f.OnAdd, (TermAddForm.NewTerm t) => added = t));

        form.Find("input[data-testid=term-input]").Change("  點心時間 ");
        form.Find("[data-testid=term-add-button]").Click();

        Assert.Equal(new TermAddForm.NewTerm(ScheduleTerm.Excluded, ExcludedCategory.TeaBreak, "點心時間"), added);
    }
}
