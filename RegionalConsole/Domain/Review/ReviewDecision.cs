namespace RegionalConsole.Domain.Review;

/// <summary>Why a decision is refused; <see cref="None"/> when it may be recorded.</summary>
public enum DecisionRefusal
{
    None,

    /// <summary>Not a reviewer of the item's centre (nor an administrator); supervisors only read (SPEC §1).</summary>
    OutOfScope,

    /// <summary>The item already has a decision: the first decision wins (SPEC §3).</summary>
    AlreadyDecided,

    /// <summary>退回修正 and 不通過 say why, so the organiser knows what to fix (SPEC §3).</summary>
    ReasonRequired,

    /// <summary>An error-severity check blocks approval unless overridden with a written reason (SPEC §5).</summary>
    OverrideReasonRequired,
}

/// <summary>
/// A reviewer's decision on one review item (SPEC §3, §5): 審核通過, 退回修正 with reasons, or 不通過 with a reason.
/// Reasons are trimmed; white space alone is no reason. An approval over error-severity checks carries the
/// reviewer's written override reason, and only then: with no error there is nothing to override.
/// </summary>
public sealed record ReviewDecision
{
    private ReviewDecision(ReviewOutcome outcome, string? reason, string? overrideReason)
    {
        Outcome = outcome;
        Reason = Clean(reason);
        OverrideReason = Clean(overrideReason);
    }

    public ReviewOutcome Outcome { get; }

    /// <summary>Why the course is returned or rejected; an optional note on an approval.</summary>
    public string? Reason { get; }

    /// <summary>Why the reviewer approves despite error-severity checks.</summary>
    public string? OverrideReason { get; }

    /// <summary>審核通過; <paramref name="overrideReason"/> is needed when the version has error-severity checks.</summary>
    public static ReviewDecision Approve(string? overrideReason = null, string? note = null) =>
        new(ReviewOutcome.Approved, note, overrideReason);

    /// <summary>退回修正: the organiser fixes and resubmits, which starts a new clock (第11條第8款).</summary>
    public static ReviewDecision Return(string? reasons) => new(ReviewOutcome.Returned, reasons, null);

    /// <summary>不通過.</summary>
    public static ReviewDecision Reject(string? reason) => new(ReviewOutcome.Rejected, reason, null);

    public static ReviewDecision Of(ReviewOutcome outcome, string? reason, string? overrideReason) => outcome switch
    {
        ReviewOutcome.Approved => Approve(overrideReason, reason),
        ReviewOutcome.Returned => Return(reason),
        ReviewOutcome.Rejected => Reject(reason),
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    /// <summary>
    /// Why this decision may not be made on an item of <paramref name="centreCode"/> by someone with
    /// <paramref name="scope"/>, given whether it is already decided and how many error-severity checks its
    /// version has. Scope comes first: someone outside it learns nothing about the item's state.
    /// </summary>
    public DecisionRefusal RefusalFor(AccessScope scope, string centreCode, bool alreadyDecided, int errorCount)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (!scope.CanWork(centreCode))
        {
            return DecisionRefusal.OutOfScope;
        }

        if (alreadyDecided)
        {
            return DecisionRefusal.AlreadyDecided;
        }

        return ContentRefusal(errorCount);
    }

    /// <summary>What the decision itself lacks, whoever makes it: a reason, or an override reason over errors.</summary>
    public DecisionRefusal ContentRefusal(int errorCount)
    {
        if (Outcome != ReviewOutcome.Approved && Reason is null)
        {
            return DecisionRefusal.ReasonRequired;
        }

        return Outcome == ReviewOutcome.Approved && errorCount > 0 && OverrideReason is null
            ? DecisionRefusal.OverrideReasonRequired
            : DecisionRefusal.None;
    }

    /// <summary>The override reason to record: only an approval over errors overrides anything.</summary>
    public string? RecordedOverride(int errorCount) =>
        Outcome == ReviewOutcome.Approved && errorCount > 0 ? OverrideReason : null;

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
