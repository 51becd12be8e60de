using RegionalConsole.Domain.Courses;

namespace RegionalConsole.Data.Entities;

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

    /// <summary>The course's status before it was cancelled; a returned cancellation restores it (SPEC §13.2).</summary>
    public CourseStatus StatusBefore { get; set; } = CourseStatus.Approved;

    public DateTime SubmittedAt { get; set; }

    /// <summary>The Taipei date of <see cref="SubmittedAt"/>, which the register filters by.</summary>
    public DateOnly SubmittedDate { get; set; }

    /// <summary>Who sent it: the API caller (api:name) or an account.</summary>
    public string? SubmittedBy { get; set; }
}
