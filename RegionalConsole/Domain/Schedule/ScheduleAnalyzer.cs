using RegionalConsole.Domain.Checks;

namespace RegionalConsole.Domain.Schedule;

/// <summary>
/// Classifies a course's schedule segments, resolves their times and measures creditable time against the declared
/// hours (管理規定第10條第4款; SPEC §5.3).
/// </summary>
public static class ScheduleAnalyzer
{
    private const int StackSlots = 32;

    public static ScheduleAnalysis Analyze(
        IReadOnlyList<ScheduleSegmentInput?>? segments,
        DateOnly courseStart,
        DateOnly courseEnd,
        decimal declaredHours,
        ScheduleTerms terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var checks = new List<CheckResult>();
        if (segments is null || segments.Count == 0)
        {
            // A self-paced online course has no schedule; without one the hours cannot be checked at all.
            checks.Add(ScheduleFindings.Missing());
            return new ScheduleAnalysis([], 0, 0, checks);
        }

        var count = segments.Count;
        var slots = count <= StackSlots ? stackalloc TimeSlot[count] : new TimeSlot[count];
        var dates = new DateOnly[count];
        var classifications = new ActivityClassification[count];
        Read(segments, courseStart, terms.Classifier, slots, dates, classifications);

        var sorted = count <= StackSlots ? stackalloc TimeSlot[count] : new TimeSlot[count];
        slots.CopyTo(sorted);
        sorted.Sort(default(TimeSlot.ByStart));
        TimeSlots.ResolveOpenEnds(sorted, slots);

        var results = new ScheduleSegmentResult[count];
        for (var i = 0; i < count; i++)
        {
            var segment = segments[i];
            var (classification, category, term) = classifications[i];
            var slot = slots[i];
            results[i] = new ScheduleSegmentResult(
                i, classification, category, term, dates[i], slot.StartTime, slot.EndTime, segment?.Activity, slot.Minutes);
            AddSegmentFindings(checks, i, segment, dates[i], slot, classifications[i], courseStart, courseEnd);
        }

        foreach (var (first, second) in TimeSlots.Overlaps(sorted))
        {
            var evidence = ScheduleFindings.Describe(first, dates[first], segments[first])
                + "；" + ScheduleFindings.Describe(second, dates[second], segments[second]);
            checks.Add(ScheduleFindings.Overlap(first, second, evidence));
        }

        var creditable = TimeSlots.Union(sorted, countMixed: false);
        var judgement = TimeSlots.Union(sorted, countMixed: true) - creditable;
        AddHoursFindings(checks, declaredHours, creditable, judgement, results);
        return new ScheduleAnalysis(results, Saturate(creditable), Saturate(judgement), checks);
    }

    private static void Read(
        IReadOnlyList<ScheduleSegmentInput?> segments,
        DateOnly courseStart,
        SegmentClassifier classifier,
        Span<TimeSlot> slots,
        Span<DateOnly> dates,
        Span<ActivityClassification> classifications)
    {
        var date = courseStart;
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            date = segment?.Date ?? date;
            dates[i] = date;
            classifications[i] = classifier.Classify(segment?.Activity);
            slots[i] = TimeSlot.Read(i, date, segment?.Start, segment?.End, classifications[i].Classification);
        }
    }

    private static void AddSegmentFindings(
        List<CheckResult> checks,
        int index,
        ScheduleSegmentInput? segment,
        DateOnly date,
        TimeSlot slot,
        ActivityClassification classification,
        DateOnly courseStart,
        DateOnly courseEnd)
    {
        var outside = date < courseStart || date > courseEnd;
        var activityMissing = string.IsNullOrWhiteSpace(segment?.Activity);
        if (slot.State == SlotState.Counted && !outside && !activityMissing
            && classification.Classification is SegmentClassification.Creditable or SegmentClassification.Excluded)
        {
            return;
        }

        var evidence = ScheduleFindings.Describe(index, date, segment);
        switch (slot.State)
        {
            case SlotState.StartMissing:
                checks.Add(ScheduleFindings.StartMissing(index, evidence));
                break;
            case SlotState.StartUnreadable:
                checks.Add(ScheduleFindings.TimeUnreadable(index, segment?.Start, evidence));
                break;
            case SlotState.EndUnreadable:
                checks.Add(ScheduleFindings.TimeUnreadable(index, segment?.End, evidence));
                break;
            case SlotState.EndNotAfterStart:
                checks.Add(ScheduleFindings.EndNotAfterStart(index, evidence));
                break;
            case SlotState.OpenEnd:
                checks.Add(ScheduleFindings.OpenEnd(index, evidence));
                break;
            case SlotState.Counted:
                break;
        }

        // Still counted: a wrong date is likelier a typo than time that never happened, and the error stops approval.
        if (outside)
        {
            checks.Add(ScheduleFindings.OutsideDates(index, date, courseStart, courseEnd, evidence));
        }

        if (activityMissing)
        {
            checks.Add(ScheduleFindings.ActivityMissing(index, evidence));
        }

        if (classification.Classification == SegmentClassification.Mixed)
        {
            checks.Add(ScheduleFindings.NeedsJudgement(index, classification.Term, evidence));
        }
        else if (classification.Classification == SegmentClassification.UnderDiscussion)
        {
            checks.Add(ScheduleFindings.UnderDiscussion(index, classification.Term, evidence));
        }
    }

    private static void AddHoursFindings(
        List<CheckResult> checks, decimal declaredHours, long creditable, long judgement, ScheduleSegmentResult[] results)
    {
        // Declared hours may be fractional (1.5 小時 = 90 分鐘), so compare in decimal minutes.
        var declaredMinutes = ScheduleFindings.ToMinutes(declaredHours);
        if (declaredMinutes <= creditable)
        {
            return;
        }

        var evidence = NotCounted(results);
        checks.Add(declaredMinutes > creditable + judgement
            ? ScheduleFindings.OverCreditable(declaredHours, Saturate(creditable), Saturate(judgement), evidence)
            : ScheduleFindings.NeedJudgement(declaredHours, Saturate(creditable), Saturate(judgement), evidence));
    }

    /// <summary>「未採計：報到（報到）、午休（午休）」: the segments that the creditable time leaves out.</summary>
    private static string? NotCounted(ScheduleSegmentResult[] results)
    {
        List<string>? parts = null;
        foreach (var result in results)
        {
            if (result.Classification is SegmentClassification.Excluded or SegmentClassification.Mixed && parts is not { Count: >= 20 })
            {
                (parts ??= []).Add($"第{result.Index + 1}段 {result.Activity?.Trim()}（{result.Term ?? "未填活動"}）");
            }
        }

        return parts is null ? null : "未採計或待判斷：" + string.Join("、", parts);
    }

    private static int Saturate(long minutes) => (int)Math.Clamp(minutes, 0, int.MaxValue);
}
