using RegionalConsole.Data.Entities;

namespace RegionalConsole.Features.Queues;

/// <summary>The queues' bookmarkable addresses (SPEC §6): /queues/course, /queues/roster, /queues/cancellation.</summary>
public static class QueueKinds
{
    public static IReadOnlyList<ReviewKind> All { get; } = [ReviewKind.Course, ReviewKind.Roster, ReviewKind.Cancellation];

    public static string Slug(ReviewKind kind) => kind.ToString().ToLowerInvariant();

    public static string Href(ReviewKind kind, string? centreCode = null) =>
        centreCode is null ? $"/queues/{Slug(kind)}" : $"/queues/{Slug(kind)}?centre={Uri.EscapeDataString(centreCode)}";

    public static ReviewKind? Parse(string? slug) => All.Cast<ReviewKind?>().FirstOrDefault(k => Slug(k!.Value) == slug);
}
