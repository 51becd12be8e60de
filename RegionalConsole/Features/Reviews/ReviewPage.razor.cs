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
using RegionalConsole.Features.Queues;
using RegionalConsole.Features.Rosters;

namespace RegionalConsole.Features.Reviews;

/// <summary>
/// The review screen (SPEC §6): loads through <see cref="ReviewReadService"/>, decides through
/// <see cref="DecisionService"/>, and after a decision opens the next open item of the queue. It stays live: a
/// colleague's claim, assignment or decision reloads it (<see cref="ReviewLiveUpdates"/>) and says so, keeping what the
/// reviewer typed.
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
    private string? _reason;
    private string? _override;
    private bool _busy;
    private Arrival? _arrival;
    private Func<ValueTask>? _focusAfterRender;
    private DecisionPanel? _panel;
    private ReviewHeader? _header;
    private ReviewShortcuts? _shortcuts;
    private ReviewLiveUpdates? _live;

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
    private QueueService Assignments { get; set; } = default!;

    [Inject]
    private RosterReadService Rosters { get; set; } = default!;

    [Inject]
    private CancellationRegister Cancellations { get; set; } = default!;

    [Inject]
    private IQueueNotifier Notifier { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

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
            // Another item: its own reasons start blank; the message of the decision that led here stays.
            (_notice, _problem, _tagProblem, _reason, _override, _loadedId) = (null, null, null, null, null, Id);
            if (_arrival?.ItemId != Id)
            {
                _arrival = null;
            }
            else
            {
                _focusAfterRender = () => _header?.FocusTitleAsync() ?? ValueTask.CompletedTask;
            }
        }

        await ReloadAsync();
        if (_user is not null && _load?.Screen is { } screen)
        {
            _live ??= new ReviewLiveUpdates(Notifier, () => Id, OnItemChangedAsync);
            _live.Follow(screen.Item.CentreCode);
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            _shortcuts = new ReviewShortcuts(OnShortcutAsync);
            await _shortcuts.StartAsync(JS, Logger);
        }

        if (_focusAfterRender is { } focus)
        {
            _focusAfterRender = null;
            try
            {
                await focus();
            }
            catch (JSException)
            {
                // The element left with a re-render; the reviewer keeps the focus they had.
            }
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
        _live?.LoadStarting();
        _load = _user is null ? new ReviewLoad(ReviewLoadStatus.Forbidden) : await Reviews.LoadAsync(_user, Id);
        var kind = _load.Screen?.Item.Kind;
        _tags = kind == ReviewKind.Course && _user is not null ? await TagReviews.SheetAsync(_user, Id) : null;
        _roster = kind == ReviewKind.Roster && _user is not null ? await Rosters.SheetAsync(_user, Id) : null;
        _cancellation = kind == ReviewKind.Cancellation && _user is not null ? await Cancellations.ForItemAsync(_user, Id) : null;
        _issued = _load.Screen is not null && _user is not null ? await Rosters.IssuedHoursAsync(_user, Id) : [];
    }

    /// <summary>A colleague changed this item: show it as it is now, say what happened, keep the reasons typed so far.</summary>
    private Task OnItemChangedAsync(QueueChange change) => InvokeAsync(async () =>
    {
        if (change.ItemId != Id || _load?.Screen is not { } before || _user is null)
        {
            return;
        }

        await ReloadAsync();
        if (_load?.Screen is { } now && ReviewChangeNotice.Describe(L, ReviewStanding.Of(before), now, change.What, _user.AccountId) is { } notice)
        {
            _notice = notice;
        }

        StateHasChanged();
    });

    /// <summary>A course item is judged on its version's checks; a roster item on the roster's own (SPEC §5.6).</summary>
    private static int ErrorCount(ReviewScreen screen) =>
        screen.Item.Kind == ReviewKind.Course ? screen.Version.ErrorCount : screen.Item.ErrorCount;

    private static bool CanClaim(ReviewScreen screen) => screen.CanDecide && screen.Item.AssigneeId is null;

    public async ValueTask DisposeAsync()
    {
        _live?.Dispose();
        if (_shortcuts is not null)
        {
            await _shortcuts.DisposeAsync();
        }
    }
}
