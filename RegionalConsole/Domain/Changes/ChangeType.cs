namespace RegionalConsole.Domain.Changes;

/// <summary>What happened to a course, as the changes feed and webhooks name it (SPEC §14.2; the names are the contract).</summary>
public enum ChangeType
{
    CourseSubmitted,
    CourseModified,
    CourseDecided,
    CourseCancelled,
    CancellationReviewed,
    EnrolmentChanged,
    RosterSubmitted,
    RosterDecided,
    HoursIssued,
    TagJudged,
}
