using System.Globalization;
using Microsoft.Extensions.Localization;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Review;
using RegionalConsole.Features.Queues;

namespace RegionalConsole.Features.Reviews;

/// <summary>Who held the item and how it stood before a colleague's change arrived.</summary>
public sealed record ReviewStanding(int? AssigneeId, ReviewOutcome? Outcome, int VersionId)
{
    public static ReviewStanding Of(ReviewScreen screen)
    {
        ArgumentNullException.ThrowIfNull(screen);
        return new(screen.Item.AssigneeId, screen.Item.Outcome, screen.Version.Id);
    }
}

/// <summary>
/// What an open review page says when its item changed under the reviewer (SPEC §6: a colleague's claim or decision shows
/// within a second): who claimed, was assigned or decided. The reviewer's own acts need no notice; null then.
/// </summary>
public static class ReviewChangeNotice
{
    public static string? Describe(IStringLocalizer<Ui> text, ReviewStanding before, ReviewScreen now, string what, int me)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(now);
        var item = now.Item;
        if (before.Outcome is null && item.Outcome is { } outcome)
        {
            return item.DecidedById == me ? null
                : outcome == ReviewOutcome.Withdrawn ? text["LiveChanged"].Value
                : Format(text["LiveDecidedBy"], now.History.PersonName(item.DecidedById), text.Outcome(outcome));
        }

        if (before.AssigneeId != item.AssigneeId)
        {
            return item.AssigneeId switch
            {
                null => text["LiveUnassigned"].Value,
                { } id when id == me && what == QueueChange.Claimed => null,
                { } id when what == QueueChange.Claimed => Format(text["LiveClaimedBy"], now.History.PersonName(id)),
                { } id => Format(text["LiveAssignedTo"], now.History.PersonName(id)),
            };
        }

        return before.VersionId != now.Version.Id ? text["LiveChanged"].Value : null;
    }

    private static string Format(string pattern, params object[] args) => string.Format(CultureInfo.CurrentCulture, pattern, args);
}
