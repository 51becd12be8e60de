namespace RegionalConsole.Domain.Checks;

/// <summary>The check codes of SPEC §5 this domain produces; the API answers them as they are.</summary>
public static class CheckCodes
{
    public const string TitleIncomplete = "TITLE_INCOMPLETE";
    public const string SeriesSessionMissing = "SERIES_SESSION_MISSING";
    public const string OutlineMissing = "OUTLINE_MISSING";
    public const string OutlineWeak = "OUTLINE_WEAK";
    public const string ScheduleInvalidTime = "SCHEDULE_INVALID_TIME";
    public const string ScheduleOverlap = "SCHEDULE_OVERLAP";
    public const string ScheduleOutsideDates = "SCHEDULE_OUTSIDE_DATES";
    public const string ScheduleMissing = "SCHEDULE_MISSING";
    public const string ScheduleActivityMissing = "SCHEDULE_ACTIVITY_MISSING";
    public const string ScheduleOpenEnd = "SCHEDULE_OPEN_END";
    public const string ScheduleUnparsed = "SCHEDULE_UNPARSED";
    public const string SegmentNeedsJudgement = "SEGMENT_NEEDS_JUDGEMENT";
    public const string SegmentUnderDiscussion = "SEGMENT_UNDER_DISCUSSION";
    public const string HoursOverCreditable = "HOURS_OVER_CREDITABLE";
    public const string HoursNeedJudgement = "HOURS_NEED_JUDGEMENT";
    public const string OnlineSoftwareMissing = "ONLINE_SOFTWARE_MISSING";
    public const string TagUnknown = "TAG_UNKNOWN";
    public const string TagNotActive = "TAG_NOT_ACTIVE";
    public const string TagPrefixMismatch = "TAG_PREFIX_MISMATCH";
    public const string TagNoEvidence = "TAG_NO_EVIDENCE";
    public const string TagSuggested = "TAG_SUGGESTED";
    public const string TagPreschoolAudience = "TAG_PRESCHOOL_AUDIENCE";
    public const string TagPreschoolOrganiser = "TAG_PRESCHOOL_ORGANISER";

    // Roster checks (SPEC §5.6, §13.2).
    public const string RosterNoServingSchool = "ROSTER_NO_SERVING_SCHOOL";
    public const string RosterTeacherUnknown = "ROSTER_TEACHER_UNKNOWN";
    public const string RosterHoursOverCreditable = "ROSTER_HOURS_OVER_CREDITABLE";
    public const string RosterOverlap = "ROSTER_OVERLAP";
    public const string RosterBeforeEnd = "ROSTER_BEFORE_END";
}

/// <summary>The rules the checks apply, as reviewers cite them.</summary>
public static class CheckRules
{
    /// <summary>研習名稱、課程內容大綱、屬性標籤.</summary>
    public const string TitleAndOutline = "管理規定第8條第1款";

    /// <summary>非實際授課時間不予採計.</summary>
    public const string NonCreditableTime = "管理規定第10條第4款";

    /// <summary>Cases the meeting asked to collect before deciding (政令宣導).</summary>
    public const string UnderDiscussion = "共同研討一提案一決議二";

    /// <summary>遠距教學軟體.</summary>
    public const string Delivery = "共同研討二提案二";

    /// <summary>Who may run 幼兒園教保專業知能 courses: the competent authority, or a body it commissioned or approved.</summary>
    public const string PreschoolOrganiser = "幼兒園教保專業知能研習實施辦法第3條";
}
