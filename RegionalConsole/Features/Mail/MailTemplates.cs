using System.Globalization;
using System.Text;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Review;

namespace RegionalConsole.Features.Mail;

/// <summary>One undecided item as the digest lists it.</summary>
public sealed record DigestLine(int ItemId, ReviewKind Kind, string CourseNo, string Title, string Organiser, DateOnly DueDate, string? Assignee);

/// <summary>The zh-TW texts of the console's mails (plain text: school mail systems render it everywhere).</summary>
public static class MailTemplates
{
    public const string DecisionKind = "Decision";
    public const string DecisionCopyKind = "DecisionCopy";
    public const string DigestKind = "Digest";

    public static string OutcomeText(ReviewOutcome outcome) => outcome switch
    {
        ReviewOutcome.Returned => "退回修正",
        ReviewOutcome.Rejected => "不通過",
        ReviewOutcome.Withdrawn => "已撤回",
        _ => "通過",
    };

    public static string KindText(ReviewKind kind) => kind switch
    {
        ReviewKind.Roster => "研習名單",
        ReviewKind.Cancellation => "課程取消",
        _ => "研習課程",
    };

    public static string DecisionSubject(ReviewKind kind, string courseNo, ReviewOutcome outcome) =>
        $"【教師進修網】{KindText(kind)}審核結果：{OutcomeText(outcome)}（課程編號 {courseNo}）";

    public static string DecisionBody(string organiserName, ReviewKind kind, string courseNo, string title, ReviewOutcome outcome,
        string? reason, string centreName, DateTime decidedAtUtc)
    {
        var text = new StringBuilder();
        text.Append(organiserName).AppendLine(" 承辦人您好：").AppendLine();
        text.Append("貴單位送審之").Append(KindText(kind)).Append("經").Append(centreName).Append("審核，結果為「")
            .Append(OutcomeText(outcome)).AppendLine("」。").AppendLine();
        text.Append("課程編號：").AppendLine(courseNo);
        text.Append("課程名稱：").AppendLine(title);
        text.Append("審核時間：").AppendLine(RocDate.ShortDateTime(decidedAtUtc));
        text.AppendLine("理由：").AppendLine(string.IsNullOrWhiteSpace(reason) ? "（未填寫）" : reason).AppendLine();
        text.AppendLine(Closing(kind, outcome));
        text.AppendLine().AppendLine("（本郵件由系統自動寄送，請勿直接回覆。）");
        return text.ToString();
    }

    private static string Closing(ReviewKind kind, ReviewOutcome outcome) => (kind, outcome) switch
    {
        // SPEC §13.2: a returned cancellation gives the course back the status it had before.
        (ReviewKind.Cancellation, ReviewOutcome.Returned) =>
            "停辦申請經退回，課程已恢復為停辦前之狀態；如仍須停辦或延期，請依上述理由補正後重新申請。",
        (ReviewKind.Cancellation, _) => "課程停辦已登錄於停辦登記簿。如有疑問，請洽審核之區域管理中心。",
        (_, ReviewOutcome.Returned) => "請依上述理由修正後，於教師進修網重新送審；審核期限自重新送審日起算三個工作天（管理規定第11條第8款）。",
        _ => "如有疑問，請洽審核之區域管理中心。",
    };

    public static string DecisionCopySubject(string subject) => "【副本】" + subject;

    public static string DigestSubject(DateOnly day, int overdue, int dueSoon) =>
        $"【教師進修網】{RocDate.Short(day)} 待審摘要：逾期 {overdue} 件、即將到期 {dueSoon} 件";

    public static string DigestBody(string displayName, string centreName, DateOnly day, IReadOnlyList<DigestLine> overdue,
        IReadOnlyList<DigestLine> dueSoon, Uri? consoleUrl)
    {
        ArgumentNullException.ThrowIfNull(overdue);
        ArgumentNullException.ThrowIfNull(dueSoon);
        var text = new StringBuilder();
        text.Append(displayName).AppendLine(" 您好：").AppendLine();
        text.Append(centreName).Append("截至").Append(RocDate.Long(day)).AppendLine("未決定之審核件如下（審核期限為送審後第三個工作天）。").AppendLine();
        Section(text, "已逾期", overdue, consoleUrl);
        Section(text, "即將到期（今日或下一個工作天）", dueSoon, consoleUrl);
        text.AppendLine("可於「個人資料」取消訂閱每日摘要。");
        text.AppendLine().AppendLine("（本郵件由系統自動寄送，請勿直接回覆。）");
        return text.ToString();
    }

    private static void Section(StringBuilder text, string heading, IReadOnlyList<DigestLine> lines, Uri? consoleUrl)
    {
        text.Append('■').Append(heading).Append('（').Append(lines.Count.ToString(CultureInfo.InvariantCulture)).AppendLine(" 件）");
        if (lines.Count == 0)
        {
            text.AppendLine("　無").AppendLine();
            return;
        }

        foreach (var line in lines)
        {
            text.Append("　・").Append(RocDate.Short(line.DueDate)).Append(" 到期　").Append(KindText(line.Kind)).Append('　')
                .Append(line.CourseNo).Append('　').Append(line.Title).Append('　').Append(line.Organiser)
                .Append('　').AppendLine(line.Assignee is null ? "未指派" : "承辦：" + line.Assignee);
            if (consoleUrl is not null)
            {
                text.Append("　　").AppendLine(new Uri(consoleUrl, "reviews/" + line.ItemId.ToString(CultureInfo.InvariantCulture)).ToString());
            }
        }

        text.AppendLine();
    }
}
