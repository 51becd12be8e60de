using System.Net;
using System.Text.Json;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Web;

public sealed class HostTests : IClassFixture<ConsoleAppFactory>
{
    private readonly ConsoleAppFactory _app;

    public HostTests(ConsoleAppFactory app) => _app = app;

    [Fact]
    public async Task HealthIsAnonymousAndReportsTheDatabaseReady()
    {
        using var client = _app.CreateClient();
        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheOpenApiDocumentIsPublicAndListsTheSyncEndpoints()
    {
        using var client = _app.CreateClient();
        var json = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;

        var paths = json.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/institutions/{code}", out _));
        Assert.True(paths.TryGetProperty("/api/v1/teachers/{nationalId}", out _));
    }

    [Fact]
    public async Task AnAnonymousVisitorIsSentToSignIn()
    {
        using var client = _app.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.GetAsync("/profile");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/authentication/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDevelopmentSignInPageListsTheDemoAccountsOfEveryRole()
    {
        using var client = _app.CreateClient();
        var html = await client.GetStringAsync("/dev-signin");

        Assert.Contains("admin", html, StringComparison.Ordinal);
        Assert.Contains("supervisor-63000", html, StringComparison.Ordinal);
        Assert.Contains("supervisor-K12EA", html, StringComparison.Ordinal);
        Assert.Contains("reviewer-NATIONAL-1", html, StringComparison.Ordinal);
        Assert.Contains("reviewer-09007-2", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheThemeIsWrittenIntoThePageHeadOnceForStaticAndLivePagesAlike()
    {
        using var client = _app.CreateClient();
        foreach (var path in new[] { "/dev-signin", "/dev-signin?as=reviewer-63000-1&returnUrl=%2Fqueues%2Fcourse" })
        {
            var html = await client.GetStringAsync(path);
            var head = html[..html.IndexOf("</head>", StringComparison.Ordinal)];

            Assert.Contains("class='mud-theme-provider'", head, StringComparison.Ordinal);
            Assert.Equal(html.IndexOf("mud-theme-provider", StringComparison.Ordinal), html.LastIndexOf("mud-theme-provider", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task SigningInAsAnUnknownAccountShowsNoAccess()
    {
        using var client = _app.CreateClient();
        var response = await client.GetAsync("/dev-signin?as=nobody");

        Assert.EndsWith("/no-access", response.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        Assert.Contains("尚未開通", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASignedInReviewerSeesTheDashboardInTraditionalChineseWithAnRocDate()
    {
        using var client = _app.CreateClient();
        var response = await client.GetAsync("/dev-signin?as=reviewer-63000-1");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal("/", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("工作總覽", html, StringComparison.Ordinal);
        Assert.Contains("民國115年11月25日", html, StringComparison.Ordinal);
        Assert.Contains("區管審核人員", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheLanguageSwitchServesEnglish()
    {
        using var client = _app.CreateClient();
        await client.GetAsync("/dev-signin?as=admin");
        var response = await client.GetAsync("/culture?culture=en&returnUrl=%2F");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("<html lang=\"en\"", html, StringComparison.Ordinal);
        Assert.Contains("Sign out", html, StringComparison.Ordinal);
        Assert.Contains("Courses to review", html, StringComparison.Ordinal);
        Assert.DoesNotContain("工作總覽", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheLanguageSwitchRefusesAnOffSiteReturnAddress()
    {
        using var client = _app.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.GetAsync("/culture?culture=en&returnUrl=https%3A%2F%2Fevil.example%2F");

        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task SignInReturnsToTheRequestedLocalPage()
    {
        using var client = _app.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.GetAsync("/dev-signin?as=admin&returnUrl=%2Fprofile");

        var location = new Uri(client.BaseAddress!, response.Headers.Location!);
        Assert.Equal(client.BaseAddress!.Host, location.Host);
        Assert.Equal("/profile", location.PathAndQuery);
    }

    [Theory]
    [InlineData("%2F%2Fevil.example")]
    [InlineData("%2F%5Cevil.example")]
    [InlineData("https%3A%2F%2Fevil.example%2Fprofile")]
    public async Task SignInNeverRedirectsOffSite(string returnUrl)
    {
        using var client = _app.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.GetAsync($"/dev-signin?as=admin&returnUrl={returnUrl}");

        var location = new Uri(client.BaseAddress!, response.Headers.Location!);
        Assert.Equal(client.BaseAddress!.Host, location.Host);
        Assert.Equal("/", location.PathAndQuery);
    }

    [Theory]
    [InlineData("/app.css", "font-family")]
    [InlineData("/logo.svg", "<svg")]
    public async Task SourceAssetsAreServedWithTheirContent(string path, string content)
    {
        using var client = _app.CreateClient();

        Assert.Contains(content, await client.GetStringAsync(path), StringComparison.Ordinal);
    }
}
