using System.Globalization;
using RegionalConsole.Domain.Checks;

namespace RegionalConsole.Domain.Rosters;

/// <summary>A stretch of a course's schedule in Taipei local time; a segment never crosses midnight.</summary>
public readonly record struct CourseSpan(DateTime Start, DateTime End)
{
    public bool Overlaps(CourseSpan other) => Start < other.End && other.Start < End;

    /// <summary>The span of one schedule line; null when its times cannot be read or it has no length.</summary>
    public static CourseSpan? Of(DateOnly date, TimeOnly? start, int minutes) =>
        start is { } s && minutes > 0 ? new CourseSpan(date.ToDateTime(s), date.ToDateTime(s).AddMinutes(minutes)) : null;
}

/// <summary>The course whose roster is checked: when it ends and how much of it is creditable.</summary>
/// <param name="Spans">Its schedule segments' times (Taipei); empty when it has no schedule with times.</param>
public sealed record RosterCourse(DateOnly EndDate, int CreditableMinutes, IReadOnlyList<CourseSpan> Spans)
{
    /// <summary>When the course is over: the end of its last segment, else the end of its last day.</summary>
    public DateTime EndsAt => Spans.Count > 0 ? Spans.Max(s => s.End) : EndDate.AddDays(1).ToDateTime(TimeOnly.MinValue);
}

/// <summary>
/// Another course a teacher already has hours for (an approved roster) or, with <paramref name="UnderReview"/>, is
/// listed on in a roster still under review; with its schedule.
/// </summary>
public sealed record AttendedCourse(string CourseNo, string Title, IReadOnlyList<CourseSpan> Spans, bool UnderReview = false);

/// <summary>What the console knows of one attendee: whether the teacher is synced and serves a school, and their other courses.</summary>
/// <param name="Synced">The teacher sync (PUT /api/v1/teachers) knows the national ID.</param>
/// <param name="ServingInstitutionCode">Null = 無服務學校 (管理規定第5條).</param>
public sealed record RosterAttendeeFacts(
    int Index,
    string NationalId,
    decimal Hours,
    bool Synced,
    string? ServingInstitutionCode,
    IReadOnlyList<AttendedCourse> OtherCourses);

/// <summary>A roster check result; <see cref="AttendeeIndex"/> names the attendee it is about, null for the whole roster.</summary>
public sealed record RosterCheck(int? AttendeeIndex, CheckResult Result);

/// <summary>
/// The roster checks of SPEC §5.6, in the shape of the course checks (code, severity, message, rule, evidence).
/// Evidence carries masked national IDs only (SPEC §11): it is shown to every reader of the item.
/// </summary>
public static class RosterChecker
{
    public const string NoServingSchool = CheckCodes.RosterNoServingSchool;
    public const string TeacherUnknown = CheckCodes.RosterTeacherUnknown;
    public const string HoursOverCreditable = CheckCodes.RosterHoursOverCreditable;
    public const string Overlap = CheckCodes.RosterOverlap;
    public const string BeforeEnd = CheckCodes.RosterBeforeEnd;

    /// <summary>無服務學校者僅能查詢研習紀錄.</summary>
    public const string NoServingSchoolRule = "管理規定第5條；共同研討二提案三";

    /// <summary>A teacher's account and serving school (管理規定第5條) come from the teacher sync; without it neither can be told.</summary>
    public const string TeacherRecordRule = "管理規定第5條";

    /// <summary>研習名單審核 after the course (管理規定第11條; SPEC §3 step 3).</summary>
    public const string RosterRule = "管理規定第11條";

    public static IReadOnlyList<RosterCheck> Check(RosterCourse course, DateTime submittedTaipei, IReadOnlyList<RosterAttendeeFacts> attendees)
    {
        ArgumentNullException.ThrowIfNull(course);
        ArgumentNullException.ThrowIfNull(attendees);
        var checks = new List<RosterCheck>();
        if (submittedTaipei < course.EndsAt)
        {
            checks.Add(new RosterCheck(null, new CheckResult(BeforeEnd, CheckSeverity.Error,
                "課程尚未結束即送出研習名單；名單須於課程結束後送審。", RosterRule,
                $"送出 {Format(submittedTaipei)}，課程結束 {Format(course.EndsAt)}")));
        }

        var creditableHours = course.CreditableMinutes / 60m;
        foreach (var attendee in attendees)
        {
            var who = NationalId.Mask(attendee.NationalId);
            if (!attendee.Synced)
            {
                // SPEC §13.2: never synced, so neither the account nor the serving school can be judged; say so rather than pass it.
                checks.Add(new RosterCheck(attendee.Index, new CheckResult(TeacherUnknown, CheckSeverity.Warning,
                    "本系統查無此研習教師（未經教師資料同步），無法確認其帳號與服務學校；請確認身分證統一編號正確，或請縣市系統同步教師資料。",
                    TeacherRecordRule, who)));
            }
            else if (attendee.ServingInstitutionCode is null)
            {
                checks.Add(new RosterCheck(attendee.Index, new CheckResult(NoServingSchool, CheckSeverity.Warning,
                    "研習教師帳號無服務學校，僅能查詢研習紀錄；請確認開課單位係直接錄取。", NoServingSchoolRule, who)));
            }

            if (attendee.Hours > creditableHours)
            {
                checks.Add(new RosterCheck(attendee.Index, new CheckResult(HoursOverCreditable, CheckSeverity.Error,
                    $"研習時數 {attendee.Hours} 小時超過課程可採計時數 {Hours(creditableHours)} 小時。", CheckRules.NonCreditableTime,
                    $"{who}：{attendee.Hours} 小時")));
            }

            checks.AddRange(OverlapsOf(course, attendee));
        }

        return checks;
    }

    /// <summary>
    /// The overlap checks alone (SPEC §5.6, §13.2), for the recheck at approval: hours issued since the roster arrived
    /// and rosters sent since may overlap where nothing did before.
    /// </summary>
    public static IReadOnlyList<RosterCheck> Overlaps(RosterCourse course, IReadOnlyList<RosterAttendeeFacts> attendees)
    {
        ArgumentNullException.ThrowIfNull(course);
        ArgumentNullException.ThrowIfNull(attendees);
        return [.. attendees.SelectMany(a => OverlapsOf(course, a))];
    }

    private static IEnumerable<RosterCheck> OverlapsOf(RosterCourse course, RosterAttendeeFacts attendee)
    {
        var who = NationalId.Mask(attendee.NationalId);
        foreach (var other in attendee.OtherCourses)
        {
            if (FirstOverlap(course.Spans, other.Spans) is { } span)
            {
                // Double counting (SPEC §5.6): hours already issued, or another roster that would issue them too.
                var message = other.UnderReview
                    ? $"同一教師亦列於課程 {other.CourseNo} 審查中的研習名單，兩課程時間重疊，可能重複採計。"
                    : $"同一教師於課程 {other.CourseNo} 已核發時數，兩課程時間重疊，可能重複採計。";
                yield return new RosterCheck(attendee.Index, new CheckResult(Overlap, CheckSeverity.Warning, message, RosterRule,
                    $"{who}：{other.CourseNo}「{other.Title}」{Format(span.Start)}–{span.End:HH:mm}"));
            }
        }
    }

    private static CourseSpan? FirstOverlap(IReadOnlyList<CourseSpan> mine, IReadOnlyList<CourseSpan> theirs) =>
        mine.SelectMany(a => theirs.Where(a.Overlaps).Select(b => (CourseSpan?)new CourseSpan(Max(a.Start, b.Start), Min(a.End, b.End))))
            .OrderBy(s => s!.Value.Start).FirstOrDefault();

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    private static string Hours(decimal hours) => decimal.Round(hours, 1).ToString("0.#", CultureInfo.InvariantCulture);

    private static string Format(DateTime taipei) =>
        $"{RocDate.Short(DateOnly.FromDateTime(taipei))} {taipei.ToString("HH:mm", CultureInfo.InvariantCulture)}";
}
