namespace RegionalConsole.Domain.Changes;

/// <summary>How many changes one page of the feed carries (SPEC §14.2: 1–1,000, 100 when not given).</summary>
public static class FeedLimit
{
    public const int Default = 100;
    public const int Max = 1000;

    public static bool TryRead(int? requested, out int limit)
    {
        limit = requested ?? Default;
        return limit is >= 1 and <= Max;
    }
}
