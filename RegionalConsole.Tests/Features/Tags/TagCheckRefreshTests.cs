using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Domain.Checks;
using RegionalConsole.Features.Tags;
using RegionalConsole.Tests.Features.Calendar;
using RegionalConsole.Tests.Features.Courses;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Tags;

/// <summary>The course checks use the registry as just changed, with no restart (SPEC §5.2).</summary>
public sealed class TagCheckRefreshTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>
{
    private static readonly DateOnly CourseStart = new(2026, 12, 1);

    private TagAdminService Service() => app.Services.CreateScope().ServiceProvider.GetRequiredService<TagAdminService>();

    [Fact]
    public async Task ACourseDeclaringATagIsRefusedUntilTheTagIsActivatedAndAcceptedRightAfter()
    {
        var name = "海洋教育" + Guid.NewGuid().ToString("N")[..6];
        var id = await ProposeDefinedAsync(name);

        var before = await NotActiveTagsAsync(name);
        Assert.True((await Service().ActivateAsync(TestUsers.Administrator, id, CourseStart)).Succeeded);
        var after = await NotActiveTagsAsync(name);

        Assert.Equal([name], before);
        Assert.Empty(after);
    }

    [Fact]
    public async Task ACourseDeclaringATagIsRefusedAsSoonAsTheTagIsRetired()
    {
        var name = "能源教育" + Guid.NewGuid().ToString("N")[..6];
        var id = await ProposeDefinedAsync(name);
        Assert.True((await Service().ActivateAsync(TestUsers.Administrator, id, CourseStart.AddYears(-1))).Succeeded);

        var before = await NotActiveTagsAsync(name);
        Assert.True((await Service().RetireAsync(TestUsers.Administrator, id, CourseStart)).Succeeded);
        var after = await NotActiveTagsAsync(name);

        Assert.Empty(before);
        Assert.Equal([name], after);
    }

    private async Task<int> ProposeDefinedAsync(string name)
    {
        var id = (await Service().ProposeAsync(TestUsers.Administrator, new TagProposal(name, null, "測試單位"))).TagId!.Value;
        var definition = new TagDefinitionInput(null, $"以{name}為主題之教師研習。", [], [], []);
        Assert.True((await Service().DefineAsync(TestUsers.Administrator, id, definition)).Succeeded);
        return id;
    }

    /// <summary>The tags that POST /api/v1/courses/validate reports as not usable, for a course starting on 2026-12-01.</summary>
    private async Task<List<string?>> NotActiveTagsAsync(string tag)
    {
        var organiser = await app.WithDbAsync(db => db.Institutions.Where(i => i.CentreCode != null).Select(i => i.Code).FirstAsync());
        var body = CourseBodies.Valid(organiser, title: "跨文化課程設計工作坊（第1場）").With("tags", new[] { tag });
        using var api = app.CreateApiClient();
        var response = await api.PostAsJsonAsync("/api/v1/courses/validate", body);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, answer.ToString());
        return [.. answer.GetProperty("checks").EnumerateArray()
            .Where(c => c.GetProperty("code").GetString() == CheckCodes.TagNotActive)
            .Select(c => c.GetProperty("tag").GetString())];
    }
}
