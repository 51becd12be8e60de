using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Tags;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Data;

public sealed class TagRowsTests : IClassFixture<ConsoleAppFactory>
{
    private readonly ConsoleAppFactory _app;

    public TagRowsTests(ConsoleAppFactory app) => _app = app;

    public static TheoryData<string> SeededNames => [.. TagDefaults.All.Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(SeededNames))]
    public void EverySeededTagSurvivesTheTagTableUnchanged(string name)
    {
        var tag = TagDefaults.All.Single(t => t.Name == name);

        var restored = TagRows.ToDefinition(TagRows.ToRow(tag));

        Assert.Equal(
            (tag.Name, tag.Label, tag.Definition, tag.RequestingUnit, tag.Status, tag.ActiveFrom, tag.RetiredOn),
            (restored.Name, restored.Label, restored.Definition, restored.RequestingUnit, restored.Status, restored.ActiveFrom, restored.RetiredOn));
        Assert.Equal(tag.Keywords, restored.Keywords);
        Assert.Equal(tag.RequiredAudience, restored.RequiredAudience);
        Assert.Equal(tag.AllowedOrganiserTypes, restored.AllowedOrganiserTypes);
    }

    [Fact]
    public void ARowNamingAnUnknownAudienceFailsNamingTheTag()
    {
        var row = TagRows.ToRow(TagDefaults.All[0]);
        row.RequiredAudience = ["Kindergarten"];

        var error = Assert.Throws<InvalidOperationException>(() => TagRows.ToDefinition(row));

        Assert.Contains("幼兒園教保專業知能", error.Message, StringComparison.Ordinal);
        Assert.Contains("Kindergarten", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnActiveRowWithoutADefinitionIsRefused()
    {
        var row = new Tag { Name = "無定義", Label = "無定義", Status = TagStatus.Active, ActiveFrom = new(2026, 1, 1) };

        Assert.Throws<ArgumentException>(() => TagRows.ToDefinition(row));
    }

    [Fact]
    public async Task ANewDatabaseIsSeededWithTheDefaultTags()
    {
        var rows = await _app.WithDbAsync(db => db.Tags.AsNoTracking().ToListAsync());

        var registry = TagRows.ToRegistry(rows);

        Assert.Equal(TagDefaults.All.Select(t => t.Name), registry.All.Select(t => t.Name));
        Assert.Equal("教保專業", registry.Find("幼兒園教保專業知能")!.Label);
        Assert.Contains("跨文化=3", rows.Single(r => r.Name == "國際教育").Keywords);
    }
}
