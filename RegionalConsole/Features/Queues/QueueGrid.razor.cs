using Microsoft.AspNetCore.Components;
using MudBlazor;
using RegionalConsole.Auth;
using RegionalConsole.Data.Entities;

namespace RegionalConsole.Features.Queues;

/// <summary>
/// A centre's queue of one kind, paged and sorted by the server, reloading itself within a second whenever a
/// colleague claims, assigns or decides an item of that centre (SPEC §6).
/// </summary>
public sealed partial class QueueGrid
{
    private const string NoWrap = "white-space: nowrap";
    private MudDataGrid<QueueRow>? _grid;
    private HashSet<QueueRow> _selected = new(RowById.Instance);
    private IDisposable? _subscription;
    private int? _total;
    private int _reloadPending;

    [Parameter, EditorRequired]
    public ConsoleUser User { get; set; } = default!;

    [Parameter, EditorRequired]
    public QueueCentre Centre { get; set; } = default!;

    [Parameter, EditorRequired]
    public ReviewKind Kind { get; set; }

    [Parameter, EditorRequired]
    public QueueFilter Filter { get; set; } = new();

    // Menus only guide: the service refuses what the scope does not allow (SPEC §1).
    private bool CanClaim => User.Scope.CanWork(Centre.Code);

    private bool CanAssign => CanClaim || User.Scope.CanReassign(Centre.SupervisorScope);

    private bool CanRelease(QueueRow row) => row.AssigneeId == User.AccountId || User.Scope.CanReassign(Centre.SupervisorScope);

    protected override void OnInitialized()
    {
        if (RendererInfo.IsInteractive)
        {
            _subscription = Notifier.Subscribe(Centre.Code, QueueChangedAsync);
        }
    }

    public void Dispose() => _subscription?.Dispose();

    private async Task<GridData<QueueRow>> LoadAsync(GridState<QueueRow> state, CancellationToken ct)
    {
        var sort = state.SortDefinitions.FirstOrDefault();
        var query = new QueueQuery(Centre.Code, Kind, Filter, state.Page, state.PageSize)
        {
            Sort = sort?.SortBy switch
            {
                nameof(QueueRow.SubmittedAt) => QueueSort.Submitted,
                nameof(QueueRow.DueDate) => QueueSort.Due,
                nameof(QueueRow.CourseStart) => QueueSort.CourseStart,
                nameof(QueueRow.ErrorCount) => QueueSort.Errors,
                _ => QueueSort.QueueOrder,
            },
            Descending = sort?.Descending ?? false,
        };
        var page = await Service.PageAsync(User, query, ct);
        _total = page.Total;
        // Uncounted (a text filter): claim one more row than shown while another page follows, so "next" stays on.
        var total = page.Total ?? (state.Page * state.PageSize) + page.Rows.Count + (page.HasMore ? 1 : 0);
        return new GridData<QueueRow> { Items = page.Rows, TotalItems = total };
    }

    private async Task QueueChangedAsync(QueueChange change)
    {
        // Several changes at once cost one reload, not one each.
        if (change.Kind != Kind || Interlocked.Exchange(ref _reloadPending, 1) == 1)
        {
            return;
        }

        await InvokeAsync(async () =>
        {
            Volatile.Write(ref _reloadPending, 0);
            if (_grid is not null)
            {
                await _grid.ReloadServerData();
            }
        });
    }

    private async Task ClaimAsync(QueueRow row) => await ShowAsync(await Service.ClaimAsync(User, row.Id), claimed: true);

    private async Task ReleaseAsync(QueueRow row) => await ShowAsync(await Service.UnassignAsync(User, row.Id), claimed: false);

    private async Task AssignSelectedAsync()
    {
        var reviewers = await Service.ReviewersAsync(Centre.Code);
        var dialog = await Dialogs.ShowAsync<AssignDialog>(L["QueueAssignTitle"],
            new DialogParameters<AssignDialog> { { d => d.Reviewers, reviewers } },
            new DialogOptions { MaxWidth = MaxWidth.ExtraSmall, FullWidth = true });
        if (await dialog.Result is not { Canceled: false, Data: int reviewerId })
        {
            return;
        }

        var results = await Service.BulkAssignAsync(User, _selected.Select(r => r.Id).ToList(), reviewerId);
        var done = results.Count(r => r.Succeeded);
        if (results.Count == 1)
        {
            await ShowAsync(results[0], claimed: false);
        }
        else
        {
            Snackbar.Add(L["BulkAssignSummary", done, results.Count - done], done == results.Count ? Severity.Success : Severity.Warning);
            await ReloadAsync();
        }
    }

    private async Task ShowAsync(AssignmentResult result, bool claimed)
    {
        var message = result.Status switch
        {
            AssignmentStatus.Done when claimed => L["QueueClaimDone"],
            AssignmentStatus.Done when result.HolderName is null => L["QueueUnassignDone"],
            AssignmentStatus.Done or AssignmentStatus.AlreadyClaimed => L["Assign" + result.Status, result.HolderName ?? ""],
            _ => L["Assign" + result.Status],
        };
        Snackbar.Add(message, result.Succeeded ? Severity.Success : Severity.Warning);
        await ReloadAsync();
    }

    private async Task ReloadAsync()
    {
        _selected = new HashSet<QueueRow>(RowById.Instance);
        if (_grid is not null)
        {
            await _grid.ReloadServerData();
        }
    }

    /// <summary>Rows are new objects after each reload; selection follows the item, not the object.</summary>
    private sealed class RowById : IEqualityComparer<QueueRow>
    {
        public static RowById Instance { get; } = new();

        public bool Equals(QueueRow? x, QueueRow? y) => x?.Id == y?.Id;

        public int GetHashCode(QueueRow obj) => obj.Id;
    }
}
