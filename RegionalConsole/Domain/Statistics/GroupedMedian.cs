namespace RegionalConsole.Domain.Statistics;

/// <summary>
/// The median of values given as (value, how many times) pairs, as SQL returns them grouped: the statistics never
/// load one row per decision to find the middle one.
/// </summary>
public static class GroupedMedian
{
    /// <summary>The middle value, or the mean of the two middle values for an even count; null when there are none.</summary>
    public static double? Of(IEnumerable<(int Value, int Count)> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var sorted = groups.Where(g => g.Count > 0).OrderBy(g => g.Value).ToList();
        long total = sorted.Sum(g => (long)g.Count);
        if (total == 0)
        {
            return null;
        }

        // 0-based positions of the middle value(s): one for an odd count, two neighbours for an even one.
        var lowPosition = (total - 1) / 2;
        var highPosition = total / 2;
        int? low = null, high = null;
        long seen = 0;
        foreach (var (value, count) in sorted)
        {
            seen += count;
            if (low is null && seen > lowPosition)
            {
                low = value;
            }

            if (seen > highPosition)
            {
                high = value;
                break;
            }
        }

        return (low!.Value + high!.Value) / 2.0;
    }
}
