using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Courses;
using RegionalConsole.Domain.Review;
using RegionalConsole.Features.Reviews;

namespace RegionalConsole.Tests.Components.Reviews;

/// <summary>Review screens of each kind as the page receives them, with named people.</summary>
internal static class ReviewScreens
{
    public const int Colleague = 7;

    public static ReviewScreen Of(ReviewKind kind, CourseStatus status = CourseStatus.PendingReview, ReviewOutcome? outcome = null,
        int? assignee = null, int? decidedBy = null, IReadOnlyList<AuditEntry>? audit = null)
    {
        var version = ReviewComponentData.Version();
        var course = new Course { Id = 1, CourseNo = "115A0123", OrganiserCode = "063501", CentreCode = "63000", Title = version.Title, Status = status };
        var item = new ReviewItem
        {
            Id = 11,
            Kind = kind,
            CentreCode = "63000",
            Title = version.Title,
            OrganiserName = "臺北市立大安國民小學",
            CourseId = 1,
            CourseVersionId = version.Id,
            SubmittedAt = new DateTime(2026, 11, 24, 1, 0, 0, DateTimeKind.Utc),
            DueDate = new DateOnly(2026, 11, 27),
            ErrorCount = 2,
            WarningCount = 3,
            AssigneeId = assignee,
            Outcome = outcome,
            DecidedById = decidedBy,
            DecidedAt = outcome is null ? null : new DateTime(2026, 11, 25, 1, 0, 0, DateTimeKind.Utc),
        };
        var people = new Dictionary<int, string> { [Colleague] = "林雅婷", [1] = "測試人員" };
        var actors = new Dictionary<string, string> { ["reviewer-63000-2"] = "林雅婷" };
        var history = new ReviewHistory([], [item], audit ?? [], people, actors);
        return new ReviewScreen(item, course, "臺北市教師研習審查中心", version, null, false,
            new ReviewSla(item.DueDate, SlaState.OnTrack, 2, false), history, CanDecide: outcome is null, MayWork: true);
    }
}
