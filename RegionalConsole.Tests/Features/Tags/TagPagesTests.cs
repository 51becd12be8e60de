using System.Net;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Domain.Tags;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Tags;

/// <summary>/tags and /tags/{id} as each role sees them (prerendered HTML).</summary>
public sealed class TagPagesTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>
{
    private const string EditAction = "<span class=\"mud-button-label\">編輯</span>";

    [Fact]
    public async Task AReviewerReadsTheRegistryWithoutAdministratorActions()
    {
        var html = await PageAsync("reviewer-63000-1", "/tags");

        Assert.Contains("data-testid=\"tag-table\"", html, StringComparison.Ordinal);
        Assert.Contains(TagDefaults.Preschool, html, StringComparison.Ordinal);
        Assert.Contains("使用中", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"tag-propose\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(EditAction, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAdministratorGetsTheProposalFormAndEditActions()
    {
        var html = await PageAsync("admin", "/tags");

        Assert.Contains("data-testid=\"tag-propose\"", html, StringComparison.Ordinal);
        Assert.Contains(EditAction, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheStatusFilterShowsOnlyTagsOfThatStatus()
    {
        var html = await PageAsync("supervisor-K12EA", "/tags?status=Proposed");

        Assert.Contains(TagDefaults.Sdgs, html, StringComparison.Ordinal);
        Assert.DoesNotContain(TagDefaults.Preschool, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAdministratorEditsATagAndSeesItsLifecycleActionsAndHistory()
    {
        var html = await PageAsync("admin", $"/tags/{await IdOfAsync(TagDefaults.Sdgs)}");

        Assert.Contains("data-testid=\"edit-save\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"tag-activate\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"tag-history\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReviewerSeesATagReadOnly()
    {
        var html = await PageAsync("reviewer-63000-1", $"/tags/{await IdOfAsync(TagDefaults.Preschool)}");

        Assert.Contains("data-testid=\"tag-edit\"", html, StringComparison.Ordinal);
        Assert.Contains("100/01/01", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"edit-save\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"tag-lifecycle\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownTagIsSaidToBeNotFound()
    {
        var html = await PageAsync("admin", "/tags/999999");

        Assert.Contains("data-testid=\"tag-not-found\"", html, StringComparison.Ordinal);
    }

    private Task<int> IdOfAsync(string name) => app.WithDbAsync(db => db.Tags.Where(t => t.Name == name).Select(t => t.Id).SingleAsync());

    private async Task<string> PageAsync(string account, string url)
    {
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/dev-signin?as={account}")).StatusCode);
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, html);
        return html;
    }
}
