using System.Globalization;
using System.Text;
using RegionalConsole.Domain.Checks;

namespace RegionalConsole.Domain.Schedule;

/// <summary>The zh-TW check results about a schedule (SPEC §5.3); numbers shown to people count segments from 1.</summary>
internal static class ScheduleFindings
{
    private const string Rule = CheckRules.NonCreditableTime;

    public static CheckResult Missing() => new(
        CheckCodes.ScheduleMissing,
        CheckSeverity.Warning,
        "未提供課程表，無法核對研習時數與非實際授課時間。",
        Rule,
        null);

    public static CheckResult StartMissing(int index, string evidence) =>
        InvalidTime($"第{index + 1}段未填開始時間。", evidence);

    public static CheckResult TimeUnreadable(int index, string? time, string evidence) =>
        InvalidTime($"第{index + 1}段的時間「{time}」無法辨識（可用 09:30、9:30 或 0930）。", evidence);

    public static CheckResult EndNotAfterStart(int index, string evidence) =>
        InvalidTime($"第{index + 1}段的結束時間不晚於開始時間。", evidence);

    public static CheckResult OutsideDates(int index, DateOnly date, DateOnly start, DateOnly end, string evidence) => new(
        CheckCodes.ScheduleOutsideDates,
        CheckSeverity.Error,
        $"第{index + 1}段的日期 {Day(date)} 不在研習期間 {Day(start)}–{Day(end)} 內。",
        Rule,
        evidence);

    public static CheckResult OpenEnd(int index, string evidence) => new(
        CheckCodes.ScheduleOpenEnd,
        CheckSeverity.Warning,
        $"第{index + 1}段是當日最後一段且未填結束時間，不計入研習時間。",
        Rule,
        evidence);

    public static CheckResult ActivityMissing(int index, string evidence) => new(
        CheckCodes.ScheduleActivityMissing,
        CheckSeverity.Warning,
        $"第{index + 1}段未填活動內容，無法判斷是否為實際授課時間，請審查人員判斷。",
        Rule,
        evidence);

    public static CheckResult NeedsJudgement(int index, string? term, string evidence) => new(
        CheckCodes.SegmentNeedsJudgement,
        CheckSeverity.Warning,
        term is null
            ? $"第{index + 1}段無法自動判斷是否為實際授課時間，請審查人員判斷是否採計。"
            : $"第{index + 1}段同時含非實際授課活動「{term}」與授課內容，請審查人員判斷是否採計。",
        Rule,
        evidence);

    public static CheckResult UnderDiscussion(int index, string? term, string evidence) => new(
        CheckCodes.SegmentUnderDiscussion,
        CheckSeverity.Warning,
        $"第{index + 1}段含「{term}」：依共同研討決議暫予採計，並蒐集案例供後續研議。",
        CheckRules.UnderDiscussion,
        evidence);

    public static CheckResult Overlap(int first, int second, string evidence) => new(
        CheckCodes.ScheduleOverlap,
        CheckSeverity.Error,
        $"第{first + 1}段與第{second + 1}段時間重疊。",
        Rule,
        evidence);

    public static CheckResult OverCreditable(decimal hours, int creditable, int judgement, string? evidence) => new(
        CheckCodes.HoursOverCreditable,
        CheckSeverity.Error,
        $"研習時數 {Hours(hours)} 小時（{Minutes(ToMinutes(hours))} 分鐘）超過課程表可採計時間 {creditable} 分鐘"
        + $"加待判斷時間 {judgement} 分鐘（合計 {(long)creditable + judgement} 分鐘）。",
        Rule,
        evidence);

    public static CheckResult NeedJudgement(decimal hours, int creditable, int judgement, string? evidence) => new(
        CheckCodes.HoursNeedJudgement,
        CheckSeverity.Warning,
        $"研習時數 {Hours(hours)} 小時（{Minutes(ToMinutes(hours))} 分鐘）超過可採計時間 {creditable} 分鐘，"
        + $"是否足夠取決於待判斷時段（{judgement} 分鐘）的認定。",
        Rule,
        evidence);

    public static CheckResult Unparsed(string line) => new(
        CheckCodes.ScheduleUnparsed,
        CheckSeverity.Warning,
        "課程表中有一行看似時間但無法解讀，未列入課程表，請確認。",
        Rule,
        line);

    /// <summary>「第2段 115/12/04 08:00-09:00 乘車至臺江國家公園」: the segment as the organiser typed it.</summary>
    public static string Describe(int index, DateOnly date, ScheduleSegmentInput? segment)
    {
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"第{index + 1}段 {Day(date)} {segment?.Start?.Trim()}");
        if (!string.IsNullOrWhiteSpace(segment?.End))
        {
            builder.Append('-').Append(segment.End.Trim());
        }

        if (!string.IsNullOrWhiteSpace(segment?.Activity))
        {
            builder.Append(' ').Append(segment.Activity.Trim());
        }

        return builder.ToString();
    }

    /// <summary>Hours × 60, saturating instead of overflowing on absurd input.</summary>
    public static decimal ToMinutes(decimal hours) =>
        Math.Abs(hours) < decimal.MaxValue / 60 ? hours * 60 : hours > 0 ? decimal.MaxValue : decimal.MinValue;

    // The ROC calendar starts in 1912; a date before it (a typo) is shown as typed in ISO form.
    private static string Day(DateOnly date) =>
        date.Year > 1911 ? RocDate.Short(date) : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static CheckResult InvalidTime(string message, string evidence) =>
        new(CheckCodes.ScheduleInvalidTime, CheckSeverity.Error, message, Rule, evidence);

    private static string Hours(decimal hours) => hours.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Minutes(decimal minutes) => minutes.ToString("0.##", CultureInfo.InvariantCulture);
}
