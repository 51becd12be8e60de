namespace RegionalConsole.Domain.Schedule;

internal enum SlotState : byte
{
    Counted,
    OpenEnd,
    StartMissing,
    StartUnreadable,
    EndUnreadable,
    EndNotAfterStart,
}

/// <summary>
/// A segment's time as minutes on one line across all days (day number × 1440 + minute of day), so sorting,
/// overlaps and the union need no grouping by date: a segment never crosses midnight.
/// </summary>
internal struct TimeSlot
{
    private const long MinutesPerDay = 24 * 60;

    public int Index;
    public long Start;
    public long End;
    public SlotState State;
    public SegmentClassification Classification;

    public readonly TimeOnly? StartTime => Start < 0 ? null : ToTime(Start);

    public readonly TimeOnly? EndTime => End < 0 ? null : ToTime(End);

    public readonly int Minutes => State == SlotState.Counted ? (int)(End - Start) : 0;

    public readonly long Day => Start / MinutesPerDay;

    public static TimeSlot Read(int index, DateOnly date, string? start, string? end, SegmentClassification classification)
    {
        var slot = new TimeSlot { Index = index, Start = -1, End = -1, Classification = classification };
        var day = date.DayNumber * MinutesPerDay;
        if (string.IsNullOrWhiteSpace(start))
        {
            slot.State = SlotState.StartMissing;
            return slot;
        }

        if (!ScheduleTime.TryParseMinutes(start, out var startMinutes))
        {
            slot.State = SlotState.StartUnreadable;
            return slot;
        }

        slot.Start = day + startMinutes;
        if (string.IsNullOrWhiteSpace(end))
        {
            // SPEC §5.3: ends where the next segment of the same day starts, resolved once all starts are known.
            slot.State = SlotState.OpenEnd;
            return slot;
        }

        if (!ScheduleTime.TryParseMinutes(end, out var endMinutes))
        {
            slot.State = SlotState.EndUnreadable;
            return slot;
        }

        slot.End = day + endMinutes;
        slot.State = endMinutes > startMinutes ? SlotState.Counted : SlotState.EndNotAfterStart;
        return slot;
    }

    private static TimeOnly ToTime(long minutes)
    {
        var ofDay = (int)(minutes % MinutesPerDay);
        return new TimeOnly(ofDay / 60, ofDay % 60);
    }

    /// <summary>By start, then by position in the schedule; slots without a start come first.</summary>
    public readonly struct ByStart : IComparer<TimeSlot>
    {
        public int Compare(TimeSlot x, TimeSlot y)
        {
            var byStart = x.Start.CompareTo(y.Start);
            return byStart != 0 ? byStart : x.Index.CompareTo(y.Index);
        }
    }
}
