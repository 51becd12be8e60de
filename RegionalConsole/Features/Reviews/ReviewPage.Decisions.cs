using System.Globalization;
using MudBlazor;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Review;

namespace RegionalConsole.Features.Reviews;

/// <summary>
/// The review screen's decisions: a final one (不通過, a roster's approval that issues hours) asks first; after it the
/// next open item opens with a message naming the decided course and its outcome (<see cref="DecisionConfirmation"/>).
/// </summary>
public sealed partial class ReviewPage
{
    /// <summary>The item opened after a decision, and the message naming the decided course and its outcome.</summary>
    private sealed record Arrival(int ItemId, string Message);

    private async Task DecideAsync(ReviewDecision decision)
    {
        if (_user is null || _load?.Screen is not { } screen || _busy)
        {
            return;
        }

        if (DecisionConfirmation.Question(L, screen.Item.Kind, decision, screen.Course.CourseNo, _roster) is { } question)
        {
            _busy = true;
            try
            {
                var dialog = await Dialogs.ShowAsync<ConfirmDecisionDialog>(question.Title, new DialogParameters<ConfirmDecisionDialog>
                {
                    { d => d.Text, question.Text },
                    { d => d.ConfirmLabel, question.Button },
                }, ConfirmDecisionDialog.Options);
                if (await dialog.Result is not { Canceled: false })
                {
                    return;
                }
            }
            finally
            {
                _busy = false;
            }
        }

        _busy = true;
        _problem = null;
        try
        {
            var result = await Decisions.DecideAsync(_user, Id, decision, screen.Version.Id);
            await AfterDecisionAsync(result, screen);
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task AfterDecisionAsync(DecisionResult result, ReviewScreen screen)
    {
        switch (result.Status)
        {
            case DecisionStatus.Decided:
                var message = DecisionConfirmation.Outcome(L, screen.Item.Kind, result.Outcome!.Value, screen.Course.CourseNo, _roster);
                if (await Queue.NeighbourAsync(_user!, Id) is { } next)
                {
                    _arrival = new Arrival(next, message);
                    Navigation.NavigateTo($"/reviews/{next}");
                    return;
                }

                (_reason, _override, _arrival) = (null, null, new Arrival(Id, message));
                _notice = L["QueueEmpty"];
                break;
            case DecisionStatus.AlreadyDecided:
                // The first decision stands: say whose it is and show the item as it is now (SPEC §3).
                _notice = string.Format(CultureInfo.CurrentCulture, L["AlreadyDecidedBy"], result.DecidedBy ?? "—",
                    OutcomeText(result.Outcome), result.DecidedAt is { } at ? UiDate.ShortDateTime(at) : "—");
                break;
            case DecisionStatus.VersionChanged:
                _notice = L["VersionChanged"];
                break;
            default:
                _problem = ReviewMessages.DecisionRefusal(L, result.Status);
                return;
        }

        await ReloadAsync();
    }

    private string OutcomeText(ReviewOutcome? outcome) => outcome is { } o ? L.Outcome(o) : "—";
}
