using System.Net;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Web;

public sealed class SecurityTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>
{
    [Theory]
    [InlineData("/dev-signin")]
    [InlineData("/health")]
    [InlineData("/api/v1/courses/1150000001")]
    public async Task EveryAnswerCarriesTheSecurityHeaders(string path)
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync(path);

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task PagesHaveNoInlineScripts()
    {
        using var client = app.CreateClient();
        var html = await client.GetStringAsync("/dev-signin?as=admin");

        // Every <script> has a src: the policy allows no inline script.
        var scripts = System.Text.RegularExpressions.Regex.Matches(html, "<script(?<attrs>[^>]*)>");
        Assert.NotEmpty(scripts);
        Assert.All(scripts, m => Assert.Contains("src=", m.Groups["attrs"].Value, StringComparison.Ordinal));
    }

    [Fact]
    public async Task APartnerSendingTooManyRequestsIsSlowedDownWithProblemDetails()
    {
        await using var limited = new ConsoleAppFactory(kestrel: false, settings: new Dictionary<string, string?> { ["Api:RateLimitPerMinute"] = "3" });
        using var api = limited.CreateApiClient();

        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 5; i++)
        {
            responses.Add(await api.GetAsync("/api/v1/courses/0000000000"));
        }

        Assert.Equal(
            [HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests],
            responses.Select(r => r.StatusCode));
        Assert.Equal("application/problem+json", responses[^1].Content.Headers.ContentType?.MediaType);
        Assert.True(responses[^1].Headers.Contains("Retry-After"));
    }

    [Fact]
    public async Task TheAuditLogCannotBeChangedOrDeleted()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var factory = scope.ServiceProvider.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<RegionalConsole.Data.ConsoleDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        db.AuditLog.Add(RegionalConsole.Data.Entities.AuditEntry.Create(DateTime.UtcNow, "test", "Probe", "Test", "1"));
        await db.SaveChangesAsync();
        var entry = db.AuditLog.Local.Single();

        entry.Action = "Rewritten";
        Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
        db.ChangeTracker.Clear();
        db.AuditLog.Remove(entry);
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }
}
