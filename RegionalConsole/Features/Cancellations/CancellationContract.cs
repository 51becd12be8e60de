using RegionalConsole.Domain.Checks;

namespace RegionalConsole.Features.Cancellations;

/// <summary>POST /api/v1/courses/{courseNo}/cancellation (SPEC §10).</summary>
public sealed record CancellationBody(string? ReasonCategory, string? Reason, NotificationBody? Notification);

/// <param name="SentAt">ISO 8601; without an offset it is Taipei time.</param>
public sealed record NotificationBody(string? Channel, string? SentAt, int? Recipients);

public sealed record CancellationAnswer(
    string CourseNo,
    string Status,
    int CancellationId,
    string ReasonCategory,
    string Reason,
    NotificationAnswer? Notification,
    string Centre,
    DateOnly ReviewDueDate);

public sealed record NotificationAnswer(string? Channel, DateTime? SentAt, int? Recipients);

/// <summary>A check result as the API answers it (SPEC §10); roster checks name the attendee by index.</summary>
public sealed record RosterCheckAnswer(string Code, CheckSeverity Severity, string Rule, string Message, string? Evidence, int? Attendee);
