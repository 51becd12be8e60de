using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Web.Matrix;

/// <summary>
/// The app with one course of centre 63000 (Taipei) under review, API keys scoped to its county and to another, and
/// the rate limit out of the way (the matrix sends a few hundred requests).
/// </summary>
public sealed class MatrixApp() : ConsoleAppFactory(kestrel: false, settings: new Dictionary<string, string?>
{
    // The matrix sends every endpoint every kind of key, wrong ones included: rate limits are tested on their own.
    ["Api:RateLimitPerMinute"] = "100000",
    ["Api:FailedKeyAttemptsPerMinute"] = "100000",
}), IAsyncLifetime
{
    public const string OwnReviewer = "reviewer-63000-1";
    public const string OtherReviewer = "reviewer-65000-1";
    public const string OwnSupervisor = "supervisor-63000";
    public const string OtherSupervisor = "supervisor-K12EA";
    public const string Administrator = "admin";

    public MatrixSamples Samples { get; private set; } = null!;

    public string OwnCountyKey { get; private set; } = "";

    public string OtherCountyKey { get; private set; } = "";

    /// <summary>A key of the role ExchangePlatform (SPEC §14.4).</summary>
    public string ExchangePlatformKey { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        await ReviewScenario.EnsureOrganiserAsync(this);
        // An ASCII marker: the page encodes Chinese text as character references.
        var title = $"矩陣測試課程 MX{Guid.NewGuid():N}"[..20];
        var (courseNo, itemId) = await ReviewScenario.SubmitAsync(this, ReviewScenario.MixedBody(title));
        var tagId = await WithDbAsync(db => db.Tags.OrderBy(t => t.Id).Select(t => t.Id).FirstAsync());
        Samples = new MatrixSamples(courseNo, Invariant(itemId), Invariant(tagId), ReviewScenario.Organiser, title[7..]);
        OwnCountyKey = await CreateKeyAsync("臺北市校務系統", "63000");
        OtherCountyKey = await CreateKeyAsync("新北市校務系統", "65000");
        ExchangePlatformKey = await CreateKeyAsync(new { name = "全國教保資訊網", exchangePlatform = true });
    }

    /// <summary>Every route the running app serves, except static files and Blazor's own plumbing.</summary>
    public IReadOnlyList<ServedRoute> ServedRoutes()
    {
        using var warmUp = CreateClient();
        return [.. Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => !e.Metadata.Any(m => m.GetType().Name is "StaticAssetDescriptor" or "FallbackMetadata"))
            .Select(e => ServedRoute.Of(e))
            .Where(r => !r.Template.StartsWith("/_blazor", StringComparison.Ordinal) && !r.Template.StartsWith("/_framework", StringComparison.Ordinal))
            .Distinct()];
    }

    public async Task<HttpClient> SignedInAsync(string? userName)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (userName is not null)
        {
            var response = await client.GetAsync($"/dev-signin?as={userName}");
            Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("rc.session=", StringComparison.Ordinal));
        }

        return client;
    }

    private Task<string> CreateKeyAsync(string name, string county) => CreateKeyAsync(new { name, countyCode = county });

    private async Task<string> CreateKeyAsync(object body)
    {
        using var admin = CreateApiClient();
        var created = await admin.PostAsJsonAsync("/api/v1/api-clients", body);
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
    }

    private static string Invariant(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A route as the table names it: a page by its template, anything else by "METHOD template".</summary>
public sealed record ServedRoute(string Key, string Template, string Method, bool IsPage)
{
    public static ServedRoute Of(RouteEndpoint endpoint)
    {
        var template = endpoint.RoutePattern.RawText ?? "";
        if (!template.StartsWith('/'))
        {
            template = "/" + template;
        }

        var isPage = endpoint.Metadata.Any(m => m.GetType().Name == "ComponentTypeMetadata");
        var method = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.FirstOrDefault() ?? "ANY";
        return new ServedRoute(isPage ? template : $"{method} {template}", template, isPage ? "GET" : method, isPage);
    }
}
