using System.Globalization;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Review;

namespace RegionalConsole.Data.Seeding;

/// <summary>
/// A few common reasons, as the demo administrator would keep them at /admin/reason-templates: made by the same factory as
/// <c>ReasonTemplateService</c> (its rules apply) and audited the same way.
/// </summary>
internal static class DemoReasonTemplates
{
    private static readonly (ReasonKind Kind, string Text)[] Reasons =
    [
        (ReasonKind.Return, "請補充課程大綱，說明各時段的研習內容。"),
        (ReasonKind.Return, "課程表中用餐、休息時段請另列，勿計入研習時數（管理規定第10條第4款）。"),
        (ReasonKind.Return, "宣告時數與課程表可採計時數不符，請更正。"),
        (ReasonKind.Reject, "課程內容與教師專業發展無關，不予認列研習時數。"),
        (ReasonKind.TagRemoval, "課程大綱未含此屬性標籤之主題內容。"),
        (ReasonKind.CancellationReturn, "請補附已通知報名教師之紀錄（通知方式、時間及人數）。"),
    ];

    public static async Task AddAsync(ConsoleDbContext db, DateTime now, CancellationToken ct)
    {
        var templates = Reasons.Select(r => ReasonTemplate.Create(r.Kind, r.Text, now.AddDays(-20)).Template!).ToList();
        db.ReasonTemplates.AddRange(templates);
        await db.SaveChangesAsync(ct);
        db.AuditLog.AddRange(templates.Select(t => AuditEntry.Create(t.UpdatedAt, DemoRulings.RecordedBy, "ReasonTemplateAdded", nameof(ReasonTemplate),
            t.Id.ToString(CultureInfo.InvariantCulture), after: new { t.Kind, t.Text })));
        await db.SaveChangesAsync(ct);
    }
}
