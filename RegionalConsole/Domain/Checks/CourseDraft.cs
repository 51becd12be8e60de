using RegionalConsole.Domain.Schedule;

namespace RegionalConsole.Domain.Checks;

/// <summary>
/// A course as it arrives for checking, mirroring the API's course body (SPEC §10). Everything may be missing or
/// malformed: the checks say so rather than refuse it.
/// </summary>
public sealed record CourseDraft
{
    public string? ExternalId { get; init; }

    public string? OrganiserCode { get; init; }

    /// <summary>研習名稱, possibly with bracketed prefixes (【國際教育】…).</summary>
    public string? Title { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>課程內容大綱.</summary>
    public string? Outline { get; init; }

    public string? ApprovalDocNo { get; init; }

    public CourseDelivery Delivery { get; init; } = new();

    public DateOnly StartDate { get; init; }

    public DateOnly EndDate { get; init; }

    /// <summary>研習時數; may be fractional (one decimal).</summary>
    public decimal DeclaredHours { get; init; }

    public IReadOnlyList<Audience> Audience { get; init; } = [];

    /// <summary>Structured segments; when empty, <see cref="ScheduleText"/> is parsed instead.</summary>
    public IReadOnlyList<ScheduleSegmentInput>? Schedule { get; init; }

    /// <summary>The network form's free-text 課程表及注意事項.</summary>
    public string? ScheduleText { get; init; }

    /// <summary>研習承辦人; not checked, stored with the course (SPEC §13.2).</summary>
    public Courses.CourseContact? Contact { get; init; }
}

/// <summary>G.主要實施方式 and, for online and blended courses, the remote-teaching software (SPEC §5.4).</summary>
public sealed record CourseDelivery
{
    public DeliveryMode Mode { get; init; } = DeliveryMode.InPerson;

    public OnlineKind? OnlineKind { get; init; }

    public IReadOnlyList<DeliverySoftware> Software { get; init; } = [];

    /// <summary>The software's name when <see cref="DeliverySoftware.Other"/> is chosen.</summary>
    public string? SoftwareOther { get; init; }
}

/// <summary>實體, 數位課程, 混成.</summary>
public enum DeliveryMode
{
    InPerson,
    Online,
    Blended,
}

/// <summary>直播, 預錄, 自主學習.</summary>
public enum OnlineKind
{
    Live,
    Recorded,
    SelfPaced,
}

/// <summary>The managed list of remote-teaching software (共同研討二 提案二).</summary>
public enum DeliverySoftware
{
    GoogleMeet,
    MicrosoftTeams,
    Webex,
    Zoom,
    YouTubeLive,
    TeacherELearning,
    Other,
}

/// <summary>研習對象.</summary>
public enum Audience
{
    /// <summary>教保服務人員</summary>
    PreschoolEducator,
    ElementaryTeacher,
    JuniorHighTeacher,
    SeniorHighTeacher,
    SpecialEducationTeacher,
    Principal,
    Administrator,
    All,
}
