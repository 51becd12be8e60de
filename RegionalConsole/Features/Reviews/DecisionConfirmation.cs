using System.Globalization;
using Microsoft.Extensions.Localization;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Review;
using RegionalConsole.Features.Rosters;

namespace RegionalConsole.Features.Reviews;

/// <summary>
/// Which decisions ask first, and what they say: 不通過 is final (SPEC §3), and a roster's approval issues every attendee's
/// hours (SPEC §5.6). The outcome message names the course, so the reviewer knows which item it was once the next is open.
/// </summary>
public static class DecisionConfirmation
{
    /// <summary>The question to ask, with its button's words, or null when the decision goes through at once.</summary>
    public static (string Title, string Text, string Button)? Question(IStringLocalizer<Ui> text, ReviewKind kind, ReviewDecision decision,
        string courseNo, RosterSheet? roster)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(decision);
        return (decision.Outcome, kind) switch
        {
            (ReviewOutcome.Rejected, _) => (text["ConfirmRejectTitle"], Format(text["ConfirmRejectText"], courseNo), text["ConfirmRejectButton"]),
            (ReviewOutcome.Approved, ReviewKind.Roster) => (text["ConfirmRosterTitle"],
                Format(text["ConfirmRosterText"], courseNo, roster?.Attendees.Count ?? 0, Hours(roster)), text["ConfirmRosterButton"]),
            _ => null,
        };
    }

    /// <summary>「115A0123 已審核通過。」; a roster's approval also says the hours it issued.</summary>
    public static string Outcome(IStringLocalizer<Ui> text, ReviewKind kind, ReviewOutcome outcome, string courseNo, RosterSheet? roster)
    {
        ArgumentNullException.ThrowIfNull(text);
        return kind == ReviewKind.Roster && outcome == ReviewOutcome.Approved
            ? Format(text["DecisionRosterHoursIssued"], courseNo, roster?.Attendees.Count ?? 0, Hours(roster))
            : Format(text["DecisionRecordedCourse"], courseNo, text.Outcome(outcome));
    }

    private static string Hours(RosterSheet? roster) => (roster?.TotalHours ?? 0m).ToString("0.##", CultureInfo.CurrentCulture);

    private static string Format(string pattern, params object[] args) => string.Format(CultureInfo.CurrentCulture, pattern, args);
}
