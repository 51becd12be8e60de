using RegionalConsole.Domain.Cancellations;

namespace RegionalConsole.Domain.Courses;

/// <summary>
/// When a course version happens: its dates and each schedule segment's date and times, as the postponement rule
/// compares them (an activity's wording is no postponement).
/// </summary>
public sealed record CourseTiming(DateOnly Start, DateOnly End, IReadOnlyList<string> Segments)
{
    public bool SameAs(CourseTiming other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Start == other.Start && End == other.End && Segments.SequenceEqual(other.Segments, StringComparer.Ordinal);
    }
}

/// <summary>What a modification lacks before it may change the course; empty when it may.</summary>
public sealed record ModificationRefusal(CourseRefusal Refusal, IReadOnlyList<NoticeGap> Missing)
{
    public static readonly ModificationRefusal None = new(CourseRefusal.None, []);

    public bool Refused => Refusal != CourseRefusal.None || Missing.Count > 0;
}

/// <summary>
/// A postponement is a modification (SPEC §13.2; 共同研討一 提案三): changing the dates or the schedule of an approved
/// course with enrolled teachers needs what a cancellation needs — a reason of the same categories and the record
/// that every enrolled teacher was told. The course keeps its number and goes back to review as a new submission.
/// </summary>
public static class Postponement
{
    /// <summary>Whether the change needs a reason and notice: approved, teachers enrolled, and the timing moves.</summary>
    public static bool NeedsNotice(CourseStatus status, int enrolledCount, CourseTiming before, CourseTiming after)
    {
        ArgumentNullException.ThrowIfNull(before);
        return status == CourseStatus.Approved && enrolledCount > 0 && !before.SameAs(after);
    }

    /// <summary>Why a new version with <paramref name="after"/>'s timing may not replace one with <paramref name="before"/>'s.</summary>
    public static ModificationRefusal RefusalFor(CourseStatus status, int enrolledCount, CourseTiming before, CourseTiming after,
        CancellationRequest? change)
    {
        if (CourseLifecycle.RefusalToModify(status) is var refusal && refusal != CourseRefusal.None)
        {
            return new ModificationRefusal(refusal, []);
        }

        if (!NeedsNotice(status, enrolledCount, before, after))
        {
            return ModificationRefusal.None;
        }

        if (change is null)
        {
            return new ModificationRefusal(CourseRefusal.None, [new NoticeGap(NoticeGapKind.ChangeMissing, enrolledCount)]);
        }

        return new ModificationRefusal(CourseRefusal.None, change.RefusalFor(enrolledCount, alreadyCancelled: false).Missing);
    }
}
