namespace RegionalConsole.Domain.Review;

/// <summary>What a reviewer decided (SPEC §3): 審核通過, 退回修正 (the organiser fixes and resubmits), 不通過.</summary>
public enum ReviewOutcome
{
    Approved,
    Returned,
    Rejected,
}
