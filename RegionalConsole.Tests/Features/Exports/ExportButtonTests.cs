using Bunit;
using RegionalConsole.Features.Exports;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Exports;

public sealed class ExportButtonTests : ComponentTestContext
{
    [Fact]
    public void TheButtonDownloadsItsAddressThroughTheProgressModule()
    {
        var module = JSInterop.SetupModule("./exports.js");
        module.Setup<int>("download", _ => true).SetResult(200);
        var button = Render<ExportButton>(p => p.Add(x => x.Href, "/exports/rosters.xlsx?year=115").Add(x => x.Label, "匯出研習名單")
            .Add(x => x.FallbackName, "rosters.xlsx").Add(x => x.TestId, "statistics-export-rosters"));

        button.Find("[data-testid=statistics-export-rosters]").Click();

        var call = Assert.Single(module.Invocations, i => i.Identifier == "download");
        Assert.Equal(["/exports/rosters.xlsx?year=115", "rosters.xlsx"], call.Arguments.Take(2));
        Assert.Empty(button.FindAll("[data-testid=statistics-export-rosters-failed]"));
    }

    [Fact]
    public void ARefusedDownloadSaysSoWithItsStatus()
    {
        var module = JSInterop.SetupModule("./exports.js");
        module.Setup<int>("download", _ => true).SetResult(403);
        var button = Render<ExportButton>(p => p.Add(x => x.Href, "/exports/courses.xlsx?year=115&centre=65000").Add(x => x.Label, "匯出課程清單")
            .Add(x => x.FallbackName, "courses.xlsx").Add(x => x.TestId, "statistics-export-courses"));

        button.Find("[data-testid=statistics-export-courses]").Click();

        Assert.Contains("403", button.Find("[data-testid=statistics-export-courses-failed]").TextContent, StringComparison.Ordinal);
    }
}
