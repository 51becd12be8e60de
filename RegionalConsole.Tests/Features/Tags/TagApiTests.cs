using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Domain.Tags;
using RegionalConsole.Features.Tags;
using RegionalConsole.Tests.Features.Calendar;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Tags;

/// <summary>GET /api/v1/tags: the tags partner systems offer organisers (SPEC §5.2, §10).</summary>
public sealed class TagApiTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>
{
    /// <summary>The factory's clock: 2026-11-25 in Taipei.</summary>
    private static readonly DateOnly Today = new(2026, 11, 25);

    private TagAdminService Service() => app.Services.CreateScope().ServiceProvider.GetRequiredService<TagAdminService>();

    [Fact]
    public async Task OnlyTagsACourseHeldFromTodayMayCarryAreListed()
    {
        var active = await TagAsync("活躍", activeFrom: Today.AddYears(-1));
        var startingLater = await TagAsync("將啟用", activeFrom: Today.AddMonths(1));
        var proposed = await TagAsync("提案");
        var retired = await TagAsync("已停用", activeFrom: Today.AddYears(-1), retiredOn: Today);
        var retiringLater = await TagAsync("將停用", activeFrom: Today.AddYears(-1), retiredOn: Today.AddDays(1));

        var names = (await ListAsync()).Select(t => t.GetProperty("name").GetString()).ToList();

        Assert.Contains(active, names);
        Assert.Contains(startingLater, names);
        Assert.Contains(retiringLater, names);
        Assert.DoesNotContain(proposed, names);
        Assert.DoesNotContain(retired, names);
        Assert.DoesNotContain(TagDefaults.Sdgs, names);
    }

    [Fact]
    public async Task EachTagCarriesItsLabelDefinitionRequestingUnitIsoActivationAndRequiredAudience()
    {
        var seeded = TagDefaults.All.Single(t => t.Name == TagDefaults.Preschool);

        var tag = (await ListAsync()).Single(t => t.GetProperty("name").GetString() == TagDefaults.Preschool);

        Assert.Equal(seeded.Label, tag.GetProperty("label").GetString());
        Assert.Equal(seeded.Definition, tag.GetProperty("definition").GetString());
        Assert.Equal(seeded.RequestingUnit, tag.GetProperty("requestingUnit").GetString());
        Assert.Equal(seeded.ActiveFrom!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), tag.GetProperty("activeFrom").GetString());
        Assert.Equal(seeded.RequiredAudience.Select(a => a.ToString()), tag.GetProperty("requiredAudience").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(JsonValueKind.Null, tag.GetProperty("retiredOn").ValueKind);
    }

    [Fact]
    public async Task APartnerKeyMayReadTheTags()
    {
        using var admin = app.CreateApiClient();
        var created = await admin.PostAsJsonAsync("/api/v1/api-clients", new { name = "標籤讀取測試", countyCode = "10002" });
        var key = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString();
        using var partner = app.CreateApiClient(key);

        var response = await partner.GetAsync("/api/v1/tags");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task WithoutAKeyTheTagsAreNotListed()
    {
        using var anonymous = app.CreateApiClient(key: null);

        var response = await anonymous.GetAsync("/api/v1/tags");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private async Task<List<JsonElement>> ListAsync()
    {
        using var api = app.CreateApiClient();
        var response = await api.GetAsync("/api/v1/tags");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray()];
    }

    private async Task<string> TagAsync(string stem, DateOnly? activeFrom = null, DateOnly? retiredOn = null)
    {
        var admin = TestUsers.Administrator;
        var name = stem + Guid.NewGuid().ToString("N")[..6];
        var service = Service();
        var id = (await service.ProposeAsync(admin, new TagProposal(name, null, null))).TagId!.Value;
        Assert.True((await service.DefineAsync(admin, id, new TagDefinitionInput(null, "測試定義。", [], [], []))).Succeeded);
        if (activeFrom is { } from)
        {
            Assert.True((await service.ActivateAsync(admin, id, from)).Succeeded);
        }

        if (retiredOn is { } on)
        {
            Assert.True((await service.RetireAsync(admin, id, on)).Succeeded);
        }

        return name;
    }
}
