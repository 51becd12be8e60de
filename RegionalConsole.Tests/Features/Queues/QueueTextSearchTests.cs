using RegionalConsole.Features.Queues;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Queues;

/// <summary>
/// Title and organiser words keep their meaning whatever the queue is read through (SPEC §6, issue #18): each word is
/// a case-sensitive substring, taken literally — LIKE's wildcards, quotes, one or two characters, digits beside CJK.
/// Every search is compared with the same rule applied in memory to the stored texts, on SQLite and PostgreSQL.
/// </summary>
public sealed class QueueTextSearchTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>, IAsyncLifetime
{
    private const string Taipei = "63000";
    private readonly QueueData _data = new(app);

    private static readonly (string Title, string Organiser)[] Texts =
    [
        ("50% 出席即可：混成研習", "臺北市立建國高級中學"),
        ("5000 字閱讀策略 A\\B", "臺北市立 O'Brien 雙語實驗小學"),
        ("snake_case 與\"程式\"風格", "臺北市\"明德\"國民小學"),
        ("Scratch 遊戲設計（第2場）", "臺北市私立 A_B 幼兒園"),
        ("Let's scratch 入門", "財團法人臺北市 100% 教育基金會"),
        ("115年中小學氣候變遷教育", "臺北市立大學"),
        // A tag prefix leaves the title the queue shows (the declared tags' labels go in front); an organiser's own label stays.
        ("[國際教育]跨文化課程設計工作坊", "國立臺灣師範大學"),
        ("[國中小場次]繪本共讀", "臺北市立大學"),
        ("教", "臺"),
    ];

    private readonly List<(int Id, string Title, string Organiser)> _items = [];

    public async ValueTask InitializeAsync()
    {
        await _data.ResetAsync();
        for (var i = 0; i < Texts.Length; i++)
        {
            var (title, organiser) = Texts[i];
            var item = await _data.AddAsync(Taipei, new DateTime(2026, 11, 24, 9, i, 0), title: title, organiser: organiser);
            _items.Add((item.Id, item.Title, organiser));
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Theory]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("50%")]
    [InlineData("e_c")]
    [InlineData("'")]
    [InlineData("\"")]
    [InlineData("\\")]
    [InlineData("[")]
    [InlineData("教")]
    [InlineData("研習")]
    [InlineData("5")]
    [InlineData("50")]
    [InlineData("500")]
    [InlineData("12345")]
    [InlineData("第2場")]
    [InlineData("115年")]
    [InlineData("Scratch")]
    [InlineData("scratch")]
    [InlineData("SCRATCH")]
    [InlineData("跨文化 工作坊")]
    [InlineData("跨文化 量子")]
    public async Task ATitleSearchFindsTheItemsWhoseTitleHoldsEveryWordAsItIsWritten(string search)
    {
        var user = await _data.UserAsync("reviewer-63000-1");

        var found = await _data.IdsAsync(user, Taipei, new QueueFilter { Search = search });

        Assert.Equal(Expected(search, i => i.Title), [.. found.Order()]);
    }

    [Theory]
    [InlineData("%")]
    [InlineData("100%")]
    [InlineData("_")]
    [InlineData("A_B")]
    [InlineData("a_b")]
    [InlineData("O'Brien")]
    [InlineData("\"明德\"")]
    [InlineData("臺")]
    [InlineData("市立")]
    [InlineData("臺北市 大學")]
    [InlineData("嘉義縣立")]
    public async Task AnOrganiserSearchFindsTheItemsWhoseOrganiserHoldsEveryWordAsItIsWritten(string organiser)
    {
        var user = await _data.UserAsync("reviewer-63000-1");

        var found = await _data.IdsAsync(user, Taipei, new QueueFilter { Organiser = organiser });

        Assert.Equal(Expected(organiser, i => i.Organiser), [.. found.Order()]);
    }

    /// <summary>The rule itself: every word of the search, an ordinal substring of the text.</summary>
    private List<int> Expected(string search, Func<(int Id, string Title, string Organiser), string> text)
    {
        var words = search.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var expected = _items.Where(i => words.All(w => text(i).Contains(w, StringComparison.Ordinal))).Select(i => i.Id).Order().ToList();
        // A search that finds nothing here would not tell a changed meaning from an unchanged one, except where meant.
        Assert.True(expected.Count > 0 || search is "12345" or "SCRATCH" or "跨文化 量子" or "a_b" or "嘉義縣立", $"no text holds {search}");
        return expected;
    }
}
