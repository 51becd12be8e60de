namespace RegionalConsole.Domain.Schedule;

/// <summary>How a schedule segment counts towards the course's hours (管理規定第10條第4款; SPEC §5.3).</summary>
public enum SegmentClassification
{
    Creditable,
    Excluded,
    Mixed,
    UnderDiscussion,
}

/// <summary>The non-teaching activities that 管理規定第10條第4款 names as 不予採計.</summary>
public enum ExcludedCategory
{
    /// <summary>參觀活動車程</summary>
    Travel,

    /// <summary>簽到（退）時間</summary>
    SignInOut,

    /// <summary>開(閉)幕</summary>
    OpeningClosing,

    /// <summary>自由參觀</summary>
    FreeVisit,

    /// <summary>欣賞</summary>
    Appreciation,

    /// <summary>午休</summary>
    LunchBreak,

    /// <summary>中場休息</summary>
    Intermission,

    /// <summary>茶敘</summary>
    TeaBreak,
}
