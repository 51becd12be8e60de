using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;
using MudBlazor;
using RegionalConsole.Auth;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Review;
using RegionalConsole.Domain.Tags;
using RegionalConsole.Features.Cancellations;
using RegionalConsole.Features.Rosters;

namespace RegionalConsole.Features.Reviews;

/// <summary>
/// The review screen (SPEC §6): loads through <see cref="ReviewReadService"/>, decides through
/// <see cref="DecisionService"/>, and after a decision opens the next open item of the queue.
/// </summary>
public sealed partial class ReviewPage : IAsyncDisposable
{
    private ConsoleUser? _user;
    private ReviewLoad? _load;
    private TagReviewSheet? _tags;
    private RosterSheet? _roster;
    private CancellationRow? _cancellation;
    private IReadOnlyList<IssuedHoursRow> _issued = [];
    private string? _tagProblem;
    private int _loadedId;
    private string? _notice;
    private string? _problem;
    private bool _busy;
    private DecisionPanel? _panel;
    private ReviewShortcuts? _shortcuts;

    [Parameter]
    public int Id { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState> AuthState { get; set; } = default!;

    [Inject]
    private ReviewReadService Reviews { get; set; } = default!;

    [Inject]
    private DecisionService Decisions { get; set; } = default!;

    [Inject]
    private TagReviewService TagReviews { get; set; } = default!;

    [Inject]
    private ReviewNavigation Queue { get; set; } = default!;

    [Inject]
    private RosterReadService Rosters { get; set; } = default!;

    [Inject]
    private CancellationRegister Cancellations { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private ILogger<ReviewPage> Logger { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        _user ??= ConsoleUser.From((await AuthState).User);
        if (_loadedId != Id)
        {
            (_notice, _problem, _tagProblem, _loadedId) = (null, null, null, Id);
        }

        await ReloadAsync();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            _shortcuts = new ReviewShortcuts(OnShortcutAsync);
            await _shortcuts.StartAsync(JS, Logger);
        }
    }

    private Task OnShortcutAsync(string key) => InvokeAsync(async () =>
    {
        var task = key switch
        {
            "a" => _panel?.ApproveAsync(),
            "r" => _panel?.ReturnAsync(),
            "x" => _panel?.RejectAsync(),
            "j" or "n" => MoveAsync(backwards: false),
            "k" => MoveAsync(backwards: true),
            _ => null,
        };
        if (task is not null)
        {
            await task;
        }

        StateHasChanged();
    });

    private async Task ReloadAsync()
    {
        _load = _user is null ? new ReviewLoad(ReviewLoadStatus.Forbidden) : await Reviews.LoadAsync(_user, Id);
        var kind = _load.Screen?.Item.Kind;
        _tags = kind == ReviewKind.Course && _user is not null ? await TagReviews.SheetAsync(_user, Id) : null;
        _roster = kind == ReviewKind.Roster && _user is not null ? await Rosters.SheetAsync(_user, Id) : null;
        _cancellation = kind == ReviewKind.Cancellation && _user is not null ? await Cancellations.ForItemAsync(_user, Id) : null;
        _issued = _load.Screen is not null && _user is not null ? await Rosters.IssuedHoursAsync(_user, Id) : [];
    }

    /// <summary>A course item is judged on its version's checks; a roster item on the roster's own (SPEC §5.6).</summary>
    private static int ErrorCount(ReviewScreen screen) =>
        screen.Item.Kind == ReviewKind.Course ? screen.Version.ErrorCount : screen.Item.ErrorCount;

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

    private async Task DecideAsync(ReviewDecision decision)
    {
        if (_user is null || _load?.Screen is not { } screen)
        {
            return;
        }

        _busy = true;
        _problem = null;
        try
        {
            var result = await Decisions.DecideAsync(_user, Id, decision, screen.Version.Id);
            await AfterDecisionAsync(result);
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task AfterDecisionAsync(DecisionResult result)
    {
        switch (result.Status)
        {
            case DecisionStatus.Decided:
                Snackbar.Add(string.Format(CultureInfo.CurrentCulture, L["DecisionRecorded"], OutcomeText(result.Outcome)), Severity.Success);
                if (await Queue.NeighbourAsync(_user!, Id) is { } next)
                {
                    Navigation.NavigateTo($"/reviews/{next}");
                    return;
                }

                _notice = L["QueueEmpty"];
                break;
            case DecisionStatus.AlreadyDecided:
                // The first decision stands: say whose it is and show the item as it is now (SPEC §3).
                _notice = string.Format(CultureInfo.CurrentCulture, L["AlreadyDecidedBy"], result.DecidedBy ?? "—",
                    OutcomeText(result.Outcome), result.DecidedAt is { } at ? RocDate.ShortDateTime(at) : "—");
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

    public async ValueTask DisposeAsync()
    {
        if (_shortcuts is not null)
        {
            await _shortcuts.DisposeAsync();
        }
    }

    private string OutcomeText(ReviewOutcome? outcome) => outcome is { } o ? L.Outcome(o) : "—";
}
