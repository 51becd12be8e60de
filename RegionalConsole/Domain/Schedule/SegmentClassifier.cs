namespace RegionalConsole.Domain.Schedule;

/// <summary>A segment's classification, its excluded category (if any) and the term that decided it.</summary>
public readonly record struct ActivityClassification(
    SegmentClassification Classification,
    ExcludedCategory? Category,
    string? Term);

/// <summary>Classifies one schedule activity by the rule of SPEC §5.3 (管理規定第10條第4款).</summary>
/// <remarks>Get one from <see cref="ScheduleTerms.Classifier"/>: the terms are compiled once, with the lists.</remarks>
public sealed class SegmentClassifier
{
    internal SegmentClassifier(ScheduleTerms terms) => Terms = terms;

    public static SegmentClassifier Default => ScheduleTerms.Default.Classifier;

    public ScheduleTerms Terms { get; }

    public ActivityClassification Classify(string? activity)
    {
        // Nobody can tell what happened in a segment without an activity: the reviewer judges it.
        if (string.IsNullOrWhiteSpace(activity))
        {
            return new(SegmentClassification.Mixed, null, null);
        }

        var hits = default(TermHits);
        Terms.Matcher.Scan(activity, ref hits);
        var excluded = hits[ScheduleTerms.ExcludedGroup];
        if (excluded is not null)
        {
            // 「報到及專題演講」: an excluded activity together with teaching is left to the reviewer.
            var classification = hits[ScheduleTerms.TeachingGroup] is null
                ? SegmentClassification.Excluded
                : SegmentClassification.Mixed;
            return new(classification, (ExcludedCategory)excluded.Value, excluded.Term);
        }

        // 共同研討一 提案一 決議二: counted for now, with a warning, while cases are collected.
        var underDiscussion = hits[ScheduleTerms.UnderDiscussionGroup];
        return underDiscussion is null
            ? new(SegmentClassification.Creditable, null, null)
            : new(SegmentClassification.UnderDiscussion, null, underDiscussion.Term);
    }
}
