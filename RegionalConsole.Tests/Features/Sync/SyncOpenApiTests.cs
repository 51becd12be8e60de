using System.Text.Json;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Sync;

/// <summary>The OpenAPI document describes the bulk sync and read-back of SPEC §14.1 as partners call them.</summary>
public sealed class SyncOpenApiTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>
{
    [Fact]
    public async Task TheDocumentListsTheBatchesAndTheReadBacks()
    {
        using var client = app.CreateClient();
        var paths = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement.GetProperty("paths");

        Assert.True(paths.GetProperty("/api/v1/institutions/batch").TryGetProperty("post", out _));
        Assert.True(paths.GetProperty("/api/v1/teachers/batch").TryGetProperty("post", out _));
        Assert.True(paths.GetProperty("/api/v1/institutions/{code}").TryGetProperty("get", out _));
        Assert.True(paths.GetProperty("/api/v1/teachers/{nationalId}").TryGetProperty("get", out _));
    }

    [Fact]
    public async Task ThePreschoolEducatorFlagIsDescribedAsANullableBooleanNotAsItsWrapper()
    {
        using var client = app.CreateClient();
        var schemas = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement.GetProperty("components").GetProperty("schemas");

        var flag = schemas.GetProperty("TeacherBody").GetProperty("properties").GetProperty("preschoolEducator").GetRawText();

        Assert.Contains("boolean", flag, StringComparison.Ordinal);
        Assert.DoesNotContain("isPresent", flag, StringComparison.Ordinal);
    }
}
