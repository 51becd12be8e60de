using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Courses;
using RegionalConsole.Domain.Review;
using RegionalConsole.Features.Queues;
using RegionalConsole.Features.Statistics;

namespace RegionalConsole.Features.Exports;

/// <summary>The zh-TW columns of the raw exports. Codes and ROC dates are text columns.</summary>
public static class RawExportColumns
{
    public static readonly IReadOnlyList<ExportColumn<QueueExportRow>> Queue =
    [
        ExportColumn<QueueExportRow>.Text("課程編號", 13, r => r.CourseNo),
        ExportColumn<QueueExportRow>.Text("類別", 8, r => KindText(r.Kind)),
        ExportColumn<QueueExportRow>.Text("課程名稱", 40, r => r.Title),
        ExportColumn<QueueExportRow>.Text("開課單位", 28, r => r.OrganiserName),
        ExportColumn<QueueExportRow>.RocDateTime("送審時間", 17, r => r.SubmittedAt),
        ExportColumn<QueueExportRow>.RocDate("審核期限", 11, r => r.DueDate),
        ExportColumn<QueueExportRow>.RocDate("開課日期", 11, r => r.CourseStart),
        ExportColumn<QueueExportRow>.Text("時限狀態", 10, r => r.Outcome == ReviewOutcome.Withdrawn ? "" : StateText(r.State)),
        ExportColumn<QueueExportRow>.Text("急件", 6, r => r.IsUrgent ? "是" : ""),
        ExportColumn<QueueExportRow>.Text("承辦人", 10, r => r.AssigneeName),
        ExportColumn<QueueExportRow>.Integer("錯誤", 7, r => r.ErrorCount),
        ExportColumn<QueueExportRow>.Integer("提醒", 7, r => r.WarningCount),
        ExportColumn<QueueExportRow>.Text("審核結果", 10, r => r.Outcome is null ? "" : StatisticsSheets.OutcomeText(r.Outcome)),
    ];

    public static readonly IReadOnlyList<ExportColumn<CourseListRow>> Courses =
    [
        ExportColumn<CourseListRow>.Text("課程編號", 13, r => r.CourseNo),
        ExportColumn<CourseListRow>.Text("中心代碼", 10, r => r.CentreCode),
        ExportColumn<CourseListRow>.Text("開課單位代碼", 13, r => r.OrganiserCode),
        ExportColumn<CourseListRow>.Text("開課單位", 28, r => r.OrganiserName),
        ExportColumn<CourseListRow>.Text("課程名稱", 40, r => r.Title),
        ExportColumn<CourseListRow>.RocDate("開始日期", 11, r => r.StartDate),
        ExportColumn<CourseListRow>.RocDate("結束日期", 11, r => r.EndDate),
        ExportColumn<CourseListRow>.Text("狀態", 10, r => CourseStatusText(r.Status)),
        ExportColumn<CourseListRow>.Integer("報名人數", 10, r => r.EnrolledCount),
        ExportColumn<CourseListRow>.RocDateTime("建立時間", 17, r => r.CreatedAt),
    ];

    /// <summary>
    /// The attendees of rosters: the course, the roster's version and decision, the teacher (national ID masked
    /// unless <paramref name="reveal"/>), the serving school (無服務學校 when the teacher has none), hours declared
    /// on the roster and hours issued on approval.
    /// </summary>
    public static IReadOnlyList<ExportColumn<RosterListRow>> Rosters(bool reveal) =>
    [
        ExportColumn<RosterListRow>.Text("課程編號", 13, r => r.CourseNo),
        ExportColumn<RosterListRow>.Text("課程名稱", 40, r => r.Title),
        ExportColumn<RosterListRow>.Integer("名單版次", 9, r => r.VersionNo),
        ExportColumn<RosterListRow>.Text("審核結果", 10, r => StatisticsSheets.OutcomeText(r.Outcome)),
        NationalId<RosterListRow>("身分證統一編號", reveal, r => r.NationalId),
        ExportColumn<RosterListRow>.Text("教師姓名", 10, r => r.TeacherName),
        ExportColumn<RosterListRow>.Text("服務學校", 28, ServingText),
        ExportColumn<RosterListRow>.Decimal("申報時數", 9, r => r.HoursDeclared),
        ExportColumn<RosterListRow>.Decimal("核發時數", 9, r => r.HoursIssued),
    ];

    /// <summary>
    /// A national ID column (身分證統一編號), masked (A12****789) unless the reader's role needs the full number
    /// (SPEC §11); the area exporting decides <paramref name="reveal"/> from the reader's scope.
    /// </summary>
    public static ExportColumn<T> NationalId<T>(string header, bool reveal, Func<T, string> id) =>
        ExportColumn<T>.Text(header, 13, r => reveal ? id(r) : Domain.NationalId.Mask(id(r)));

    /// <summary>The school's name (its code when the institution is unknown), 無服務學校 without one, blank for a teacher the sync has not sent.</summary>
    public static string? ServingText(RosterListRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return !row.TeacherKnown ? null : row.ServingCode is null ? "無服務學校" : row.ServingName ?? row.ServingCode;
    }

    public static string KindText(ReviewKind kind) => kind switch
    {
        ReviewKind.Course => "課程",
        ReviewKind.Roster => "名單",
        _ => "停辦",
    };

    public static string StateText(SlaState state) => state switch
    {
        SlaState.OnTrack => "進度正常",
        SlaState.DueSoon => "即將到期",
        SlaState.Overdue => "已逾期",
        SlaState.Met => "如期審結",
        _ => "逾期審結",
    };

    public static string CourseStatusText(CourseStatus status) => status switch
    {
        CourseStatus.PendingReview => "審核中",
        CourseStatus.Approved => "審核通過",
        CourseStatus.Returned => "退回修正",
        CourseStatus.Rejected => "不通過",
        _ => "停辦",
    };
}
