using RegionalConsole.Domain.Tags;

namespace RegionalConsole.Data.Entities;

/// <summary>An attribute tag (屬性標籤), SPEC §5.2.</summary>
public class Tag
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Label { get; set; }
    public string? Definition { get; set; }
    public string? RequestingUnit { get; set; }
    public TagStatus Status { get; set; }
    public DateOnly? ActiveFrom { get; set; }
    public DateOnly? RetiredOn { get; set; }
    /// <summary>Evidence keywords written 「term=weight」 (<see cref="TagKeyword"/>).</summary>
    public List<string> Keywords { get; set; } = [];
    /// <summary><see cref="Domain.Checks.Audience"/> names.</summary>
    public List<string> RequiredAudience { get; set; } = [];
    /// <summary><see cref="Domain.InstitutionType"/> names.</summary>
    public List<string> AllowedOrganiserTypes { get; set; } = [];
}

/// <summary>One day of 政府行政機關辦公日曆表.</summary>
public class CalendarDay
{
    public DateOnly Date { get; set; }
    public bool IsOff { get; set; }
    public string? Note { get; set; }
}

/// <summary>A county's office closure (停止上班, e.g. a typhoon day): off for that county's centre only.</summary>
public class CountyClosure
{
    public int Id { get; set; }
    public required string CountyCode { get; set; }
    public DateOnly Date { get; set; }
    public required string Reason { get; set; }
}

/// <summary>Administrator-editable term of the non-creditable time rule (SPEC §5.3).</summary>
public class ScheduleTerm
{
    public const string Excluded = "Excluded";
    public const string Teaching = "Teaching";
    public const string UnderDiscussion = "UnderDiscussion";

    public int Id { get; set; }

    /// <summary>Excluded, Teaching or UnderDiscussion.</summary>
    public required string Kind { get; set; }

    public string? Category { get; set; }
    public required string Term { get; set; }
}

/// <summary>
/// A course's cancellation or postponement (共同研討一 提案三; SPEC §5.5): the reason and the record that enrolled
/// teachers were notified. The only way a course leaves the network; the register and statistics count these rows.
/// </summary>
public class Cancellation
{
    public int Id { get; set; }
    public int CourseId { get; set; }
    public Course? Course { get; set; }

    /// <summary>A <see cref="Domain.Cancellations.CancellationCategory"/> name.</summary>
    public required string ReasonCategory { get; set; }
    public required string Reason { get; set; }
    public string? NotificationChannel { get; set; }
    public DateTime? NotifiedAt { get; set; }
    public int? Recipients { get; set; }

    /// <summary>How many teachers were enrolled when it was cancelled.</summary>
    public int EnrolledCount { get; set; }

    public DateTime SubmittedAt { get; set; }

    /// <summary>The Taipei date of <see cref="SubmittedAt"/>, which the register filters by.</summary>
    public DateOnly SubmittedDate { get; set; }

    /// <summary>Who sent it: the API caller (api:name) or an account.</summary>
    public string? SubmittedBy { get; set; }
}

public class Roster
{
    public int Id { get; set; }
    public int CourseId { get; set; }
    public int VersionNo { get; set; }
    public DateTime SubmittedAt { get; set; }
    public List<RosterAttendee> Attendees { get; set; } = [];

    /// <summary>The roster checks of SPEC §5.6, computed on arrival.</summary>
    public List<RosterCheckResult> Checks { get; set; } = [];
}

/// <summary>A roster check result stored with its roster; <see cref="AttendeeIndex"/> is null for the whole roster.</summary>
public class RosterCheckResult
{
    public long Id { get; set; }
    public int RosterId { get; set; }
    public int? AttendeeIndex { get; set; }
    public required string Code { get; set; }
    public Domain.Checks.CheckSeverity Severity { get; set; }
    public required string Message { get; set; }
    public required string Rule { get; set; }
    public string? Evidence { get; set; }
}

public class RosterAttendee
{
    public long Id { get; set; }
    public int RosterId { get; set; }
    public required string NationalId { get; set; }
    public decimal Hours { get; set; }

    /// <summary>The attendee's position in the roster as sent (attendees[i]).</summary>
    public int Index { get; set; }
}

/// <summary>
/// Hours issued (核發時數) to one teacher for one course when its roster is approved (SPEC §3 step 4); the teacher's
/// study record. Statistics, teacher records and the preschool exchange count these rows, never roster attendees.
/// </summary>
public class StudyRecord
{
    public long Id { get; set; }
    public required string NationalId { get; set; }
    public int CourseId { get; set; }
    public int RosterId { get; set; }
    public decimal Hours { get; set; }

    /// <summary>Denormalised from the course so statistics filter without joins.</summary>
    public required string CentreCode { get; set; }

    /// <summary>The organiser's county (內政部 code), for hours issued per county.</summary>
    public required string CountyCode { get; set; }

    public DateTime IssuedAt { get; set; }

    /// <summary>The Taipei date of <see cref="IssuedAt"/>.</summary>
    public DateOnly IssuedDate { get; set; }
}

/// <summary>
/// An hour-equivalence ruling (綜合座談; SPEC §8): whether training of one kind counts toward a requirement of
/// another, with its legal basis and scope. Rosters of courses whose title matches <see cref="CourseKeywords"/> show it.
/// </summary>
public class HourRuling
{
    public int Id { get; set; }

    /// <summary>The training the ruling is about, e.g. 急救人員安全衛生教育訓練(16小時).</summary>
    public required string Subject { get; set; }

    /// <summary>Words a course title must all contain for the ruling to apply to it.</summary>
    public List<string> CourseKeywords { get; set; } = [];

    /// <summary>What it counts toward, e.g. 教保服務人員「基本救命術訓練」.</summary>
    public required string CountsToward { get; set; }

    public required string Conclusion { get; set; }
    public required string LegalBasis { get; set; }

    /// <summary>Who and what it covers, in words.</summary>
    public required string Scope { get; set; }

    /// <summary>The county it was ruled for; null = nationwide (recorded by an administrator).</summary>
    public string? CountyCode { get; set; }

    public required string RecordedBy { get; set; }
    public DateTime RecordedAt { get; set; }
}
