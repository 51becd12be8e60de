using Bunit;
using RegionalConsole.Domain.Calendar;
using RegionalConsole.Features.Calendar;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Components.Calendar;

public sealed class CalendarMonthGridTests : ComponentTestContext
{
    private static readonly List<CalendarDay> Shipped = [.. OfficeCalendarCsv.LoadShipped().SelectMany(y => y.Days)];

    [Fact]
    public void EachDayCarriesItsKind()
    {
        var grid = RenderMonth(2026, 2);

        Assert.Equal("Holiday", Kind(grid, new DateOnly(2026, 2, 17)));
        Assert.Equal("Weekend", Kind(grid, new DateOnly(2026, 2, 14)));
        Assert.Equal("Working", Kind(grid, new DateOnly(2026, 2, 24)));
    }

    [Fact]
    public void AHolidayShowsItsName()
    {
        var grid = RenderMonth(2026, 2);

        Assert.Contains("春節", Cell(grid, new DateOnly(2026, 2, 17)).TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AMakeUpWorkdayIsMarked()
    {
        // 2025-02-08 (Saturday) was worked to make up for 2025-01-27.
        var grid = RenderMonth(2025, 2);

        var cell = Cell(grid, new DateOnly(2025, 2, 8));
        Assert.Equal("MakeUpWorkday", cell.GetAttribute("data-kind"));
        Assert.Contains("補行上班", cell.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ACountyClosureShowsItsReason()
    {
        var grid = RenderMonth(2026, 9, new CountyClosure("10015", new DateOnly(2026, 9, 1), "颱風"));

        var cell = Cell(grid, new DateOnly(2026, 9, 1));
        Assert.Equal("Closure", cell.GetAttribute("data-kind"));
        Assert.Contains("颱風", cell.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void TheFirstDaySitsUnderItsWeekday()
    {
        // 2026-09-01 is a Tuesday: Sunday and Monday of the first row are blank.
        var grid = RenderMonth(2026, 9);

        var firstRow = grid.FindAll("tbody tr")[0].Children;
        Assert.Equal(["rc-blank", "rc-blank"], firstRow.Take(2).Select(td => td.ClassName));
        Assert.Equal("day-2026-09-01", firstRow[2].GetAttribute("data-testid"));
    }

    [Fact]
    public void ClickingADaySelectsIt()
    {
        DateOnly? picked = null;
        var days = Days(2026, 9);
        var grid = Render<CalendarMonthGrid>(p => p
            .Add(g => g.Days, days)
            .Add(g => g.Selectable, true)
            .Add(g => g.OnDaySelected, (DateOnly d) => picked = d));

        grid.Find("[data-testid='day-2026-09-10'] button").Click();

        Assert.Equal(new DateOnly(2026, 9, 10), picked);
    }

    [Fact]
    public void DaysCannotBePickedWhenTheGridIsReadOnly()
    {
        var grid = RenderMonth(2026, 9);

        Assert.Empty(grid.FindAll("button"));
    }

    private IRenderedComponent<CalendarMonthGrid> RenderMonth(int year, int month, params CountyClosure[] closures) =>
        Render<CalendarMonthGrid>(p => p.Add(g => g.Days, Days(year, month, closures)));

    private static IReadOnlyList<CalendarMonthDay> Days(int year, int month, params CountyClosure[] closures) =>
        CalendarMonth.Days(year, month, Shipped, closures);

    private static AngleSharp.Dom.IElement Cell(IRenderedComponent<CalendarMonthGrid> grid, DateOnly date) =>
        grid.Find($"[data-testid='day-{date:yyyy-MM-dd}']");

    private static string? Kind(IRenderedComponent<CalendarMonthGrid> grid, DateOnly date) => Cell(grid, date).GetAttribute("data-kind");
}
