using Bunit;
using RegionalConsole.Features.Reviews;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Components.Reviews;

public sealed class VersionDiffTests : ComponentTestContext
{
    [Fact]
    public void TheOutlineShowsWhatWasRemovedAndWhatWasAdded()
    {
        var before = ReviewComponentData.Version(1, outline: "旨在提升教師跨文化課程設計能力。");
        var after = ReviewComponentData.Version(2, outline: "旨在提升教師國際教育課程設計能力。");

        var diff = Render<VersionDiff>(p => p.Add(x => x.Before, before).Add(x => x.After, after).Add(x => x.BeforeWasDecided, true));

        var outline = diff.Find("[data-field=FieldOutline]");
        Assert.Equal("跨文化", outline.QuerySelector("del")!.TextContent);
        Assert.Equal("國際教育", outline.QuerySelector("ins")!.TextContent);
        Assert.Contains("已審結的第 1 版", diff.Find("[data-testid=diff-basis]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void OnlyChangedFieldsAreListed()
    {
        var diff = Render<VersionDiff>(p => p
            .Add(x => x.Before, ReviewComponentData.Version(1, hours: 3))
            .Add(x => x.After, ReviewComponentData.Version(2, hours: 2.5m)));

        var field = Assert.Single(diff.FindAll("[data-testid=diff-field]"));
        Assert.Equal("FieldDeclaredHours", field.GetAttribute("data-field"));
        Assert.Equal("3", field.QuerySelector("[data-testid=diff-before]")!.TextContent);
        Assert.Equal("2.5", field.QuerySelector("[data-testid=diff-after]")!.TextContent);
    }

    [Fact]
    public void AChangedScheduleIsComparedLineByLine()
    {
        var after = ReviewComponentData.Version(2);
        after.Segments[1].Activity = "專題演講：國際教育";

        var diff = Render<VersionDiff>(p => p.Add(x => x.Before, ReviewComponentData.Version(1)).Add(x => x.After, after));

        var schedule = diff.Find("[data-field=FieldSchedule]");
        Assert.Equal(["− 115/12/01 09:00–10:30 開幕式暨專題演講"], schedule.QuerySelectorAll("del").Select(d => d.TextContent));
        Assert.Equal(["+ 115/12/01 09:00–10:30 專題演講：國際教育"], schedule.QuerySelectorAll("ins").Select(d => d.TextContent));
    }

    [Fact]
    public void TheFirstVersionHasNothingToCompareWith()
    {
        var diff = Render<VersionDiff>(p => p.Add(x => x.Before, null).Add(x => x.After, ReviewComponentData.Version()));

        Assert.Single(diff.FindAll("[data-testid=diff-first]"));
        Assert.Empty(diff.FindAll("[data-testid=diff-field]"));
    }
}
