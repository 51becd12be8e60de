using System.Globalization;
using MudBlazor;
using RegionalConsole.Domain.Tags;
using RegionalConsole.Features.Queues;

namespace RegionalConsole.Features.Reviews;

/// <summary>The review page's own actions besides decisions: claim the item, judge a tag, move to a neighbour in the queue.</summary>
public sealed partial class ReviewPage
{
    private async Task ClaimAsync()
    {
        if (_user is null)
        {
            return;
        }

        var result = await Assignments.ClaimAsync(_user, Id);
        _notice = result.Status switch
        {
            AssignmentStatus.Done => null,
            AssignmentStatus.AlreadyClaimed => string.Format(CultureInfo.CurrentCulture, L["AssignAlreadyClaimed"], result.HolderName),
            AssignmentStatus.AlreadyDecided => L["AssignAlreadyDecided"],
            AssignmentStatus.Forbidden => L["AssignForbidden"],
            _ => L["AssignNotFound"],
        };
        await ReloadAsync();
        // Taken: the next thing to do is decide, so the keyboard goes there rather than back to the top of the page.
        _focusAfterRender = () => _panel?.FocusAsync() ?? ValueTask.CompletedTask;
    }

    private async Task ActOnTagAsync(TagReviewAction action)
    {
        if (_user is null)
        {
            return;
        }

        _busy = true;
        try
        {
            var result = await TagReviews.ApplyAsync(_user, Id, action);
            _tagProblem = result.Status == TagReviewStatus.Recorded ? null
                : result.Status == TagReviewStatus.NotFound ? L["TagRefusedNotFound"].Value
                : ReviewMessages.TagRefusal(L, result.Refusal);
            _tags = await TagReviews.SheetAsync(_user, Id);
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task MoveAsync(bool backwards)
    {
        if (_user is not null && await Queue.NeighbourAsync(_user, Id, backwards) is { } neighbour)
        {
            Navigation.NavigateTo($"/reviews/{neighbour}");
        }
        else
        {
            Snackbar.Add(L["QueueEmpty"], Severity.Info);
        }
    }
}
