using System.Net;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Web;

/// <summary>SPEC §1: administration is refused with 403 to those outside its roles, not merely hidden from the menu.</summary>
public sealed class AdministrationAccessTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>
{
    [Theory]
    [InlineData("/admin/accounts")]
    [InlineData("/admin/institutions")]
    [InlineData("/admin/jurisdiction")]
    [InlineData("/admin/api-clients")]
    [InlineData("/admin/terms")]
    [InlineData("/admin/reason-templates")]
    public async Task AReviewerGets403OnEveryAdministrationRoute(string path)
    {
        var response = await GetAsync("reviewer-63000-1", path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("data-testid=\"no-access\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/admin/institutions")]
    [InlineData("/admin/jurisdiction")]
    [InlineData("/admin/api-clients")]
    public async Task ASupervisorGets403OnTheAdministratorsRoutes(string path) =>
        Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync("supervisor-63000", path)).StatusCode);

    [Fact]
    public async Task ASupervisorReachesAccountManagement() =>
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("supervisor-63000", "/admin/accounts")).StatusCode);

    [Theory]
    [InlineData("/admin/accounts")]
    [InlineData("/admin/institutions")]
    [InlineData("/admin/jurisdiction")]
    [InlineData("/admin/api-clients")]
    [InlineData("/teachers")]
    public async Task AnAdministratorReachesEveryAdministrationPage(string path) =>
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("admin", path)).StatusCode);

    [Fact]
    public async Task AnUnknownAddressIsStillNotFound()
    {
        var response = await GetAsync("reviewer-63000-1", "/admin/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("data-testid=\"no-access\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> GetAsync(string account, string path)
    {
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/dev-signin?as={account}")).StatusCode);
        return await client.GetAsync(path);
    }
}
