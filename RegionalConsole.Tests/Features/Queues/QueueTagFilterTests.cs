using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Tags;
using RegionalConsole.Features.Queues;
using RegionalConsole.Features.Tags;
using RegionalConsole.Tests.Features.Calendar;
using RegionalConsole.Tests.Features.Courses;
using RegionalConsole.Tests.Support;
using static RegionalConsole.Tests.Support.ReviewScenario;

namespace RegionalConsole.Tests.Features.Queues;

/// <summary>
/// The queue's tag filter on items that came in as a partner sends them (SPEC §5.2, §6): a tag the administrator added
/// with a short label, declared by the label, is found by its name or its label, and a new version that drops it
/// leaves the filter.
/// </summary>
public sealed class QueueTagFilterTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>
{
    [Fact]
    public async Task ATagAddedByTheAdministratorIsFoundByNameOrLabelUntilANewVersionDropsIt()
    {
        var suffix = Guid.NewGuid().ToString("N")[..4];
        var (name, label) = ($"海洋教育推廣{suffix}", $"海洋{suffix}");
        await ActivateAsync(name, label);
        await EnsureOrganiserAsync(app);
        var title = $"海洋生態與永續課程設計{suffix}";
        var (courseNo, itemId) = await SubmitAsync(app, MixedBody(title: title).With("tags", new[] { label }));
        var reviewer = await UserAsync(app, "reviewer-63000-1");

        var item = await app.WithDbAsync(db => db.ReviewItems.AsNoTracking().SingleAsync(i => i.Id == itemId));
        Assert.Equal(TagReviews.QueueNeedle(name), item.DeclaredTags);
        Assert.Equal($"[{label}]{title}", item.Title);
        Assert.Equal([itemId], await TaggedAsync(reviewer, name));
        Assert.Equal([itemId], await TaggedAsync(reviewer, $" {label} "));
        Assert.Empty(await TaggedAsync(reviewer, $"海洋{suffix}推廣"));

        Assert.Equal(itemId, await ModifyAsync(app, courseNo, MixedBody(title: title).With("tags", Array.Empty<string>())));
        Assert.Empty(await TaggedAsync(reviewer, name));
        Assert.Equal("", await app.WithDbAsync(db => db.ReviewItems.Where(i => i.Id == itemId).Select(i => i.DeclaredTags).SingleAsync()));
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
        await EnsureOrganiserAsync(app);
        var title = $"多標籤課程設計{Guid.NewGuid().ToString("N")[..6]}";
        var (_, itemId) = await SubmitAsync(app, MixedBody(title: title).With("tags", new[] { TagDefaults.International }.Concat(unknown).ToArray()));
        var reviewer = await UserAsync(app, "reviewer-63000-1");

        var item = await app.WithDbAsync(db => db.ReviewItems.AsNoTracking().SingleAsync(i => i.Id == itemId));
        Assert.EndsWith(title, item.Title, StringComparison.Ordinal);
        Assert.StartsWith($"[{TagDefaults.International}]", item.Title, StringComparison.Ordinal);
        Assert.True(item.Title.Length <= TaggedTitle.LabelsLength + InputBounds.Title, $"{item.Title.Length} characters");
        Assert.True(item.DeclaredTags.Length <= TagReviews.QueueListLength, $"{item.DeclaredTags.Length} characters");
        Assert.Contains(itemId, await TaggedAsync(reviewer, TagDefaults.International));
        Assert.Contains(itemId, await TaggedAsync(reviewer, unknown[0]));
    }

    private async Task ActivateAsync(string name, string label)
    {
        var tags = app.Services.CreateScope().ServiceProvider.GetRequiredService<TagAdminService>();
        var id = (await tags.ProposeAsync(TestUsers.Administrator, new TagProposal(name, label, "測試單位"))).TagId!.Value;
        Assert.True((await tags.DefineAsync(TestUsers.Administrator, id, new TagDefinitionInput(label, $"以{name}為主題之教師研習。", ["海洋"], [], []))).Succeeded);
        Assert.True((await tags.ActivateAsync(TestUsers.Administrator, id, new DateOnly(2026, 11, 1))).Succeeded);
    }

    private async Task<List<int>> TaggedAsync(RegionalConsole.Auth.ConsoleUser reviewer, string tag)
    {
        var queues = app.Services.CreateScope().ServiceProvider.GetRequiredService<QueueService>();
        var page = await queues.PageAsync(reviewer, new QueueQuery("63000", ReviewKind.Course, new QueueFilter { Tag = tag }, PageSize: 200));
        return [.. page.Rows.Select(r => r.Id)];
    }
}
