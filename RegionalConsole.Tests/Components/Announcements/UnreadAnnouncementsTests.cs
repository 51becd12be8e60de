using Bunit;
using RegionalConsole.Features.Announcements;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Components.Announcements;

public sealed class UnreadAnnouncementsTests : ComponentTestContext
{
    [Fact]
    public void NothingShowsWhenEverythingIsRead()
    {
        var list = Render<UnreadAnnouncements>(p => p.Add(c => c.Items, []));

        Assert.Empty(list.FindAll("[data-testid=unread-announcements]"));
    }

    [Fact]
    public void EachUnreadAnnouncementIsListedWithItsRocDateAndLinksToTheAnnouncements()
    {
        UnreadAnnouncement[] items =
        [
            new(1, "研習課程取消或延期之完整程序", new DateTime(2026, 11, 23, 2, 0, 0, DateTimeKind.Utc)),
            new(2, "年度會議手冊", new DateTime(2026, 11, 24, 17, 0, 0, DateTimeKind.Utc)),
        ];

        var list = Render<UnreadAnnouncements>(p => p.Add(c => c.Items, items));

        Assert.Contains("您有 2 則未讀公告", list.Markup, StringComparison.Ordinal);
        var rows = list.FindAll("[data-testid=unread-announcement]");
        Assert.Equal(2, rows.Count);
        Assert.Contains("115/11/23", rows[0].TextContent, StringComparison.Ordinal);
        // 17:00 UTC is 01:00 the next day in Taipei.
        Assert.Contains("115/11/25", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Equal("/announcements", rows[0].QuerySelector("a")!.GetAttribute("href"));
    }
}
