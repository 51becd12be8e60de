using Microsoft.Extensions.Localization;
using RegionalConsole.Domain.Review;

namespace RegionalConsole.Features.Reviews;

/// <summary>
/// The words for a review's outcome wherever the console shows one (queue rows, review header and history, the
/// cancellation register, statistics), each outcome by name: a new outcome fails to compile here, not silently on a page.
/// </summary>
public static class OutcomeLabels
{
    public static string Outcome(this IStringLocalizer<Ui> text, ReviewOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[outcome switch
        {
            ReviewOutcome.Approved => "OutcomeApproved",
            ReviewOutcome.Returned => "OutcomeReturned",
            ReviewOutcome.Rejected => "OutcomeRejected",
            ReviewOutcome.Withdrawn => "OutcomeWithdrawn",
            _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
        }].Value;
    }

    /// <summary>How a cancellation review ended, in the register's words (查核).</summary>
    public static string CancellationOutcome(this IStringLocalizer<Ui> text, ReviewOutcome? outcome)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[outcome switch
        {
            null => "CancellationPending",
            ReviewOutcome.Approved => "CancellationOutcomeApproved",
            ReviewOutcome.Returned => "CancellationOutcomeReturned",
            ReviewOutcome.Rejected => "CancellationOutcomeRejected",
            _ => "OutcomeWithdrawn",
        }].Value;
    }
}
