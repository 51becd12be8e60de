using System.Globalization;
using RegionalConsole.Data.Entities;

namespace RegionalConsole.Data.Seeding;

/// <summary>
/// The hour-equivalence ruling the meeting discussed (綜合座談; SPEC §8), as demo data only (SPEC §13.2): recorded
/// nationwide by the demo administrator, as /rulings would record it, with its audit entry. The conclusion and legal
/// basis are plausible wording for the sample, not an actual ministry ruling; the basis says so (示範資料).
/// </summary>
internal static class DemoRulings
{
    public const string RecordedBy = "admin";

    public static HourRuling FirstAid(DateTime recordedAt) => new()
    {
        Subject = "急救人員安全衛生教育訓練(16小時)",
        CourseKeywords = ["急救人員", "安全衛生教育訓練"],
        CountsToward = "教保服務人員「基本救命術訓練」",
        Conclusion = "完成急救人員安全衛生教育訓練（16小時）並取得結業證明者，得認列為教保服務人員基本救命術訓練時數，免再參加同年度基本救命術訓練。",
        LegalBasis = "幼兒教育及照顧法第31條；幼兒園教保服務人員基本救命術訓練實施規定；職業安全衛生教育訓練規則第16條（示範資料）",
        Scope = "全國；限於由中央主管機關認可之訓練單位辦理、且結業證明載有心肺復甦術及自動體外心臟電擊去顫器操作課程者。",
        RecordedBy = RecordedBy,
        RecordedAt = recordedAt,
    };

    public static async Task AddAsync(ConsoleDbContext db, DateTime now, CancellationToken ct)
    {
        var ruling = FirstAid(now.AddDays(-24));
        db.HourRulings.Add(ruling);
        await db.SaveChangesAsync(ct);
        db.AuditLog.Add(AuditEntry.Create(ruling.RecordedAt, RecordedBy, "RulingRecorded", nameof(HourRuling),
            ruling.Id.ToString(CultureInfo.InvariantCulture),
            after: new { ruling.Subject, ruling.CourseKeywords, ruling.CountsToward, ruling.LegalBasis, ruling.Scope, ruling.CountyCode }));
        await db.SaveChangesAsync(ct);
    }
}
