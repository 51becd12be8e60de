using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Domain.Changes;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Changes;

/// <summary>Follows the changes feed as a partner would: page after page by <c>next</c> until a page is empty.</summary>
internal static class FeedReader
{
    /// <summary>The cursor of the newest change now: a test reads only what it made after it.</summary>
    public static async Task<string> EndAsync(ConsoleAppFactory app) =>
        FeedCursor.Encode(await app.WithDbAsync(db => db.CourseChanges.MaxAsync(c => (long?)c.Id)) ?? 0);

    public static async Task<List<JsonElement>> FollowAsync(HttpClient api, string after, int limit = 100)
    {
        var items = new List<JsonElement>();
        while (true)
        {
            var page = await api.GetFromJsonAsync<JsonElement>($"/api/v1/changes?after={after}&limit={limit}");
            var batch = page.GetProperty("items").EnumerateArray().ToList();
            items.AddRange(batch);
            var next = page.GetProperty("next").GetString()!;
            if (batch.Count == 0)
            {
                Assert.Equal(after, next);
                return items;
            }

            Assert.Equal(batch[^1].GetProperty("cursor").GetString(), next);
            after = next;
        }
    }

    /// <summary>The types of the changes of one course after <paramref name="after"/>, in feed order.</summary>
    public static async Task<List<string>> TypesAsync(ConsoleAppFactory app, string courseNo, string after)
    {
        using var api = app.CreateApiClient();
        return [.. (await FollowAsync(api, after)).Where(i => i.GetProperty("courseNo").GetString() == courseNo)
            .Select(i => i.GetProperty("type").GetString()!)];
    }
}
