using RegionalConsole.Data.Entities;

namespace RegionalConsole.Data.Seeding;

/// <summary>Demo announcements: what the meeting asked the centres to promote.</summary>
internal static class DemoAnnouncements
{
    public static IEnumerable<Announcement> Create(int adminId, DateTime now)
    {
        // 共同研討一 提案三 決議: centres are to promote the full cancellation procedure to their schools (SPEC §5.5).
        yield return new Announcement
        {
            Title = "研習課程取消或延期之完整程序（請轉知轄下學校及單位）",
            Body = """
                研習活動若因故未辦理或延期，開課單位應依下列程序處理，善盡告知義務後，方可於教師進修網修改或刪除課程：
                一、通知已報名學員（記錄通知方式、時間與人數）。
                二、於教師進修網正確填寫刪除或修改理由（疫情、天災/颱風、講師因素、報名人數不足、場地因素、其他，並敘明原因）。

                未通知學員即逕行刪除課程，將使教師撲空（110 年度因疫情取消之課程計 3,043 筆）。請各區域管理中心加強宣導。
                """,
            AudienceCentres = [],
            PublishedById = adminId,
            PublishedByName = "系統管理者",
            PublishAt = now.AddDays(-2),
            CreatedAt = now.AddDays(-2),
        };
    }
}
