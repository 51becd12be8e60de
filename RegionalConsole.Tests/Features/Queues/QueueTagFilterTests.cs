using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Tags;
using RegionalConsole.Features.Queues;
using RegionalConsole.Tests.Features.Courses;
using RegionalConsole.Tests.Features.Tags;
using RegionalConsole.Tests.Support;
using static RegionalConsole.Tests.Support.ReviewScenario;

namespace RegionalConsole.Tests.Features.Queues;

/// <summary>
/// The queue's tag filter on items that came in as a partner sends them (SPEC §5.2, §6): a tag the administrator added
/// with a short label, declared by the label, is found by its name or its label, and a new version that drops it
/// leaves the filter.
/// </summary>
public sealed class QueueTagFilterTests(ConsoleAppFactory app) : TagAdminTestBase(app), IClassFixture<ConsoleAppFactory>
{
    [Fact]
    public async Task ATagAddedByTheAdministratorIsFoundByNameOrLabelUntilANewVersionDropsIt()
    {
        var suffix = Guid.NewGuid().ToString("N")[..4];
        var (name, label) = ($"海洋教育推廣{suffix}", $"海洋{suffix}");
        await ProposeActiveAsync(name, label);
        await EnsureOrganiserAsync(App);
        var title = $"海洋生態與永續課程設計{suffix}";
        var (courseNo, itemId) = await SubmitAsync(App, MixedBody(title: title).With("tags", new[] { label }));
        var reviewer = await UserAsync(App, "reviewer-63000-1");

        var item = await App.WithDbAsync(db => db.ReviewItems.AsNoTracking().SingleAsync(i => i.Id == itemId));
        Assert.Equal(TagReviews.QueueNeedle(name), item.DeclaredTags);
        Assert.Equal($"[{label}]{title}", item.Title);
        Assert.Equal([itemId], await TaggedAsync(reviewer, name));
        Assert.Equal([itemId], await TaggedAsync(reviewer, $" {label} "));
        Assert.Empty(await TaggedAsync(reviewer, $"海洋{suffix}推廣"));

        Assert.Equal(itemId, await ModifyAsync(App, courseNo, MixedBody(title: title).With("tags", Array.Empty<string>())));
        Assert.Empty(await TaggedAsync(reviewer, name));
        Assert.Equal("", await App.WithDbAsync(db => db.ReviewItems.Where(i => i.Id == itemId).Select(i => i.DeclaredTags).SingleAsync()));
    }

    [Fact]
    public async Task ACourseDeclaringManyLongTagsIsQueuedWithItsTitleKeptAndItsTagsBounded()
    {
        // Sixty distinct unknown tags at the name bound: each is an error of its own (TAG_UNKNOWN), never a failed insert
        // (the queue index holds title and tags; a PostgreSQL B-tree entry holds ~2,700 bytes).
        // Varied characters: PostgreSQL compresses an index entry, and a run of one character would fit however long.
        var random = new Random(60);
        var unknown = Enumerable.Range(0, 60)
            .Select(n => $"自訂{n:00}" + new string([.. Enumerable.Range(0, InputBounds.TagName - 4).Select(_ => (char)random.Next(0x4E00, 0x9FA5))]))
            .ToArray();
        await EnsureOrganiserAsync(App);
        var title = $"多標籤課程設計{Guid.NewGuid().ToString("N")[..6]}";
        var (_, itemId) = await SubmitAsync(App, MixedBody(title: title).With("tags", new[] { TagDefaults.International }.Concat(unknown).ToArray()));
        var reviewer = await UserAsync(App, "reviewer-63000-1");

        var item = await App.WithDbAsync(db => db.ReviewItems.AsNoTracking().SingleAsync(i => i.Id == itemId));
        Assert.EndsWith(title, item.Title, StringComparison.Ordinal);
        Assert.StartsWith($"[{TagDefaults.International}]", item.Title, StringComparison.Ordinal);
        Assert.True(item.Title.Length <= TaggedTitle.LabelsLength + InputBounds.Title, $"{item.Title.Length} characters");
        Assert.True(item.DeclaredTags.Length <= TagReviews.QueueListLength, $"{item.DeclaredTags.Length} characters");
        Assert.Contains(itemId, await TaggedAsync(reviewer, TagDefaults.International));
        Assert.Contains(itemId, await TaggedAsync(reviewer, unknown[0]));
    }

    private async Task<List<int>> TaggedAsync(RegionalConsole.Auth.ConsoleUser reviewer, string tag)
    {
        var queues = App.Services.CreateScope().ServiceProvider.GetRequiredService<QueueService>();
        var page = await queues.PageAsync(reviewer, new QueueQuery("63000", ReviewKind.Course, new QueueFilter { Tag = tag }, PageSize: 200));
        return [.. page.Rows.Select(r => r.Id)];
    }
}
