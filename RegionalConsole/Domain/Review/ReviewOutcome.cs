namespace RegionalConsole.Domain.Review;

/// <summary>What a reviewer decided (SPEC §3): 審核通過, 退回修正 (the organiser fixes and resubmits), 不通過.</summary>
public enum ReviewOutcome
{
    Approved,
    Returned,
    Rejected,

    /// <summary>
    /// Not a reviewer's decision: the item closed because its course was cancelled while under review (SPEC §13.2). It
    /// leaves the queues and the backlog, and having no decision date it counts in no SLA figure.
    /// </summary>
    Withdrawn,
}
