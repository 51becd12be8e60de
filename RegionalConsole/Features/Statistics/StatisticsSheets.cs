using System.Globalization;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Review;
using RegionalConsole.Domain.Schedule;
using RegionalConsole.Features.Exports;

namespace RegionalConsole.Features.Statistics;

/// <summary>The tables of the statistics page: each one's sheet name and zh-TW columns, as the workbooks write them.</summary>
public static class StatisticsSheets
{
    /// <summary>The tables by the key export links use (/exports/statistics/{key}.xlsx).</summary>
    public static readonly IReadOnlyList<string> Keys = ["backlog", "compliance", "decision-time", "tags", "cancellations", "county-hours", "preschool-hours", "case-file"];

    public static readonly IReadOnlyDictionary<string, string> SheetNames = new Dictionary<string, string>
    {
        ["backlog"] = "待審案件",
        ["compliance"] = "時限達成率",
        ["decision-time"] = "審結工作天",
        ["tags"] = "屬性標籤",
        ["cancellations"] = "停辦原因",
        ["county-hours"] = "縣市核發時數",
        ["preschool-hours"] = "教保服務人員時數",
        ["case-file"] = "案例彙整",
    };

    public static readonly IReadOnlyList<ExportColumn<BacklogRow>> Backlog =
    [
        ExportColumn<BacklogRow>.Text("中心代碼", 12, r => r.CentreCode),
        ExportColumn<BacklogRow>.Text("區域管理中心", 28, r => r.CentreName),
        ExportColumn<BacklogRow>.Integer("進度正常", 11, r => r.OnTrack),
        ExportColumn<BacklogRow>.Integer("即將到期", 11, r => r.DueSoon),
        ExportColumn<BacklogRow>.Integer("已逾期", 11, r => r.Overdue),
        ExportColumn<BacklogRow>.Integer("合計", 11, r => r.Total),
    ];

    public static IReadOnlyList<ExportColumn<ComplianceRow>> Compliance(int year) =>
    [
        ExportColumn<ComplianceRow>.Text("中心代碼", 12, r => r.CentreCode),
        ExportColumn<ComplianceRow>.Text("區域管理中心", 28, r => r.CentreName),
        ExportColumn<ComplianceRow>.Text("月份", 12, r => r.Month == 0 ? null : MonthText(year, r.Month)),
        ExportColumn<ComplianceRow>.Integer("審結件數", 11, r => r.Decided),
        ExportColumn<ComplianceRow>.Integer("如期審結", 11, r => r.Met),
        ExportColumn<ComplianceRow>.Percent("達成率", 10, r => r.Rate),
    ];

    public static readonly IReadOnlyList<ExportColumn<DecisionTimeRow>> DecisionTimes =
    [
        ExportColumn<DecisionTimeRow>.Text("中心代碼", 12, r => r.CentreCode),
        ExportColumn<DecisionTimeRow>.Text("區域管理中心", 28, r => r.CentreName),
        ExportColumn<DecisionTimeRow>.Integer("審結件數", 11, r => r.Decided),
        ExportColumn<DecisionTimeRow>.Decimal("審結工作天中位數", 18, r => r.MedianWorkingDays is { } m ? (decimal)m : null),
    ];

    public static readonly IReadOnlyList<ExportColumn<TagCountRow>> Tags =
    [
        ExportColumn<TagCountRow>.Text("屬性標籤", 30, r => r.TagName),
        ExportColumn<TagCountRow>.Text("簡稱", 14, r => r.Label),
        ExportColumn<TagCountRow>.Text("年度", 8, r => r.Year.ToString(CultureInfo.InvariantCulture)),
        ExportColumn<TagCountRow>.Integer("課程數", 10, r => r.Courses),
    ];

    public static readonly IReadOnlyList<ExportColumn<CancellationReasonRow>> Cancellations =
    [
        ExportColumn<CancellationReasonRow>.Text("停辦原因", 20, r => ReasonText(r.ReasonCategory)),
        ExportColumn<CancellationReasonRow>.Integer("件數", 10, r => r.Cancellations),
        ExportColumn<CancellationReasonRow>.Integer("通知人數", 11, r => r.Recipients),
    ];

    public static readonly IReadOnlyList<ExportColumn<CountyHoursRow>> CountyHours =
    [
        ExportColumn<CountyHoursRow>.Text("縣市代碼", 10, r => r.CountyCode),
        ExportColumn<CountyHoursRow>.Text("縣市", 10, r => r.CountyName),
        ExportColumn<CountyHoursRow>.Integer("核發筆數", 12, r => r.Records),
        ExportColumn<CountyHoursRow>.Decimal("核發時數", 14, r => r.Hours),
    ];

    public static readonly IReadOnlyList<ExportColumn<PreschoolHoursRow>> PreschoolHours =
    [
        ExportColumn<PreschoolHoursRow>.Text("縣市代碼", 10, r => r.CountyCode),
        ExportColumn<PreschoolHoursRow>.Text("縣市", 10, r => r.CountyName),
        ExportColumn<PreschoolHoursRow>.Integer("教保服務人員數", 16, r => r.Teachers),
        ExportColumn<PreschoolHoursRow>.Integer("核發筆數", 12, r => r.Records),
        ExportColumn<PreschoolHoursRow>.Decimal("核發時數", 14, r => r.Hours),
    ];

    public static readonly IReadOnlyList<ExportColumn<CaseFileRow>> CaseFile =
    [
        ExportColumn<CaseFileRow>.Text("課程編號", 13, r => r.CourseNo),
        ExportColumn<CaseFileRow>.Text("中心代碼", 10, r => r.CentreCode),
        ExportColumn<CaseFileRow>.Text("課程名稱", 36, r => r.Title),
        ExportColumn<CaseFileRow>.RocDate("日期", 11, r => r.Date),
        ExportColumn<CaseFileRow>.Text("起", 7, r => r.Start),
        ExportColumn<CaseFileRow>.Text("迄", 7, r => r.End),
        ExportColumn<CaseFileRow>.Text("課程內容", 36, r => r.Activity),
        ExportColumn<CaseFileRow>.Text("分類", 10, r => ClassificationText(r.Classification)),
        ExportColumn<CaseFileRow>.Text("研議中詞語", 14, r => r.Term),
        ExportColumn<CaseFileRow>.Integer("分鐘", 8, r => r.Minutes),
        ExportColumn<CaseFileRow>.Text("審核結果", 10, r => OutcomeText(r.Outcome)),
        ExportColumn<CaseFileRow>.Text("審核意見", 36, r => r.DecisionReason),
        ExportColumn<CaseFileRow>.RocDate("審結日期", 11, r => r.DecidedDate),
    ];

    /// <summary>The backlog's 合計 row: every centre's open items by state.</summary>
    public static BacklogRow BacklogTotal(IEnumerable<BacklogRow> rows)
    {
        var list = rows.ToList();
        return new BacklogRow("", TotalLabel, list.Sum(r => r.OnTrack), list.Sum(r => r.DueSoon), list.Sum(r => r.Overdue));
    }

    /// <summary>Compliance over every centre and month (month 0: no month): met over decided, not an average of rates.</summary>
    public static ComplianceRow ComplianceTotal(IEnumerable<ComplianceRow> rows)
    {
        var list = rows.ToList();
        return new ComplianceRow("", TotalLabel, 0, list.Sum(r => r.Decided), list.Sum(r => r.Met));
    }

    public static CountyHoursRow CountyHoursTotal(IEnumerable<CountyHoursRow> rows)
    {
        var list = rows.ToList();
        return new CountyHoursRow("", TotalLabel, list.Sum(r => r.Records), list.Sum(r => r.Hours));
    }

    public const string TotalLabel = "合計";

    public static string MonthText(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"{year}年{month}月");

    public static string ReasonText(string category) => category switch
    {
        "Epidemic" => "疫情",
        "Disaster" => "天然災害",
        "Speaker" => "講師因素",
        "LowEnrolment" => "報名人數不足",
        "Venue" => "場地因素",
        "Other" => "其他",
        _ => category,
    };

    public static string ClassificationText(SegmentClassification classification) => classification switch
    {
        SegmentClassification.Mixed => "混合",
        SegmentClassification.UnderDiscussion => "研議中",
        SegmentClassification.Excluded => "不予採計",
        _ => "採計",
    };

    public static string OutcomeText(ReviewOutcome? outcome) => outcome switch
    {
        ReviewOutcome.Approved => "審核通過",
        ReviewOutcome.Returned => "退回修正",
        ReviewOutcome.Rejected => "不通過",
        ReviewOutcome.Withdrawn => "已撤回",
        _ => "審核中",
    };
}
