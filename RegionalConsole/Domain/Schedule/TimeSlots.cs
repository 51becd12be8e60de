namespace RegionalConsole.Domain.Schedule;

/// <summary>Sweeps over slots sorted by <see cref="TimeSlot.ByStart"/>.</summary>
internal static class TimeSlots
{
    /// <summary>
    /// A segment without an end ends where the next segment of the same day starts; the last of a day stays open
    /// and counts nothing (SPEC §5.3, 「賦歸」「活動結束」).
    /// </summary>
    public static void ResolveOpenEnds(Span<TimeSlot> sorted, Span<TimeSlot> byIndex)
    {
        var nextLaterStart = -1L;
        for (var k = sorted.Length - 1; k >= 0; k--)
        {
            if (k + 1 < sorted.Length && sorted[k + 1].Start > sorted[k].Start)
            {
                nextLaterStart = sorted[k + 1].Start;
            }

            ref var slot = ref sorted[k];
            if (slot.State == SlotState.OpenEnd && nextLaterStart >= 0 && nextLaterStart / (24 * 60) == slot.Day)
            {
                slot.End = nextLaterStart;
                slot.State = SlotState.Counted;
                byIndex[slot.Index] = slot;
            }
        }
    }

    /// <summary>Each counted segment that starts before an earlier-starting one has ended, with that one.</summary>
    public static IReadOnlyList<(int First, int Second)> Overlaps(ReadOnlySpan<TimeSlot> sorted)
    {
        List<(int, int)>? overlaps = null;
        var latestEnd = long.MinValue;
        var latestIndex = -1;
        foreach (var slot in sorted)
        {
            if (slot.State != SlotState.Counted)
            {
                continue;
            }

            if (slot.Start < latestEnd)
            {
                (overlaps ??= []).Add((Math.Min(latestIndex, slot.Index), Math.Max(latestIndex, slot.Index)));
            }

            if (slot.End > latestEnd)
            {
                latestEnd = slot.End;
                latestIndex = slot.Index;
            }
        }

        return overlaps ?? (IReadOnlyList<(int, int)>)[];
    }

    /// <summary>Minutes covered by Creditable and UnderDiscussion segments (and Mixed ones if asked), overlaps once.</summary>
    public static long Union(ReadOnlySpan<TimeSlot> sorted, bool countMixed)
    {
        long total = 0;
        long runStart = -1;
        long runEnd = -1;
        foreach (var slot in sorted)
        {
            if (slot.State != SlotState.Counted || !Counts(slot.Classification, countMixed))
            {
                continue;
            }

            if (slot.Start > runEnd)
            {
                total += runEnd - runStart;
                runStart = slot.Start;
                runEnd = slot.End;
            }
            else if (slot.End > runEnd)
            {
                runEnd = slot.End;
            }
        }

        return total + (runEnd - runStart);
    }

    private static bool Counts(SegmentClassification classification, bool countMixed) => classification switch
    {
        SegmentClassification.Creditable or SegmentClassification.UnderDiscussion => true,
        SegmentClassification.Mixed => countMixed,
        _ => false,
    };
}
