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
    private HashSet<int> _selected = [];
    private IDisposable? _subscription;
    private QueuePage? _page;
    private IReadOnlyList<(int Id, MarkupString Html)> _rows = [];
    private QueueRowHtml? _rowHtml;
    private int _loads;
    private int _renders;
    private int _pageIndex;
    private int _pageSize = QueuePager.DefaultPageSize;
    private QueueSort _sort = QueueSort.QueueOrder;
    private bool _descending;
    private bool _loading;
    private readonly ChangeReloads _reloads = new();

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

    private bool AllSelected => _page is { Rows.Count: > 0 } page && page.Rows.All(r => _selected.Contains(r.Id));

    protected override async Task OnInitializedAsync()
    {
        if (RendererInfo.IsInteractive)
        {
            _subscription = Notifier.Subscribe(Centre.Code, QueueChangedAsync);
            await LoadAsync();
        }
    }

    public void Dispose() => _subscription?.Dispose();

    /// <param name="changeNoticed">For a reload after changes, a moment after they were saved (<see cref="SharedQueueReads.Now"/>): the read is shared with the centre's other open queues.</param>
    private async Task LoadAsync(long? changeNoticed = null)
    {
        // Loads overlap when changes arrive while one runs (the circuit runs other work at each await): the newest
        // load's page is the one shown, never an older one that happens to finish last.
        var load = ++_loads;
        _loading = true;
        // A shared read started at or after changeNoticed; a fresh one starts now.
        _reloads.LoadStarted(changeNoticed ?? SharedQueueReads.Now());
        var query = new QueueQuery(Centre.Code, Kind, Filter, _pageIndex, _pageSize) { Sort = _sort, Descending = _descending };
        var page = changeNoticed is { } since ? await Service.PageAfterChangeAsync(User, query, since) : await Service.PageAsync(User, query);
        if (load != _loads)
        {
            return;
        }

        _page = page;
        await RenderRowsAsync();
        _loading = load != _loads;
    }

    private async Task RenderRowsAsync()
    {
        var render = ++_renders;
        _rowHtml ??= new QueueRowHtml(Html);
        var views = (_page?.Rows ?? []).Select(r => new QueueRowView(r, CanAssign, _selected.Contains(r.Id), CanClaim, CanRelease(r)));
        var rows = await _rowHtml.RenderAsync(views);
        if (render == _renders)
        {
            _rows = rows;
        }
    }

    private async Task GoToAsync(int page)
    {
        _pageIndex = page;
        await LoadAsync();
    }

    private async Task ResizeAsync(int size)
    {
        (_pageSize, _pageIndex) = (size, 0);
        await LoadAsync();
    }

    /// <summary>A column's header cycles ascending, descending, back to the queue's own order (SPEC §4).</summary>
    private async Task SortAsync(QueueSort sort)
    {
        (_sort, _descending) = _sort != sort ? (sort, false) : _descending ? (QueueSort.QueueOrder, false) : (sort, true);
        _pageIndex = 0;
        await LoadAsync();
    }

    private string AriaSort(QueueSort sort) => _sort != sort ? "none" : _descending ? "descending" : "ascending";

    private string SortIcon(QueueSort sort) => _sort != sort ? Icons.Material.Filled.UnfoldMore
        : _descending ? Icons.Material.Filled.ArrowDownward : Icons.Material.Filled.ArrowUpward;

    /// <summary>
    /// The queue's size, also under a text filter: such a page is not counted (QueueFilter.FiltersText), but its rows so
    /// far are, and "more" when another page follows.
    /// </summary>
    private string CountText => _page switch
    {
        null => "",
        { Total: { } total } => L["QueueOpenItems", total],
        { HasMore: true } page => L["QueueMatchingAtLeast", (_pageIndex * _pageSize) + page.Rows.Count],
        var page => L["QueueMatching", (_pageIndex * _pageSize) + page.Rows.Count],
    };

    private async Task ToggleAllAsync()
    {
        var ids = _page?.Rows.Select(r => r.Id) ?? [];
        _selected = AllSelected ? [] : [.. ids];
        await RenderRowsAsync();
    }

    /// <summary>A press on a row's checkbox or button (console.js); what the person may not do is not offered, and the service refuses it anyway.</summary>
    private async Task ActAsync(QueueActionEventArgs e)
    {
        if (_page?.Rows.FirstOrDefault(r => r.Id == e.Id) is not { } row)
        {
            return;
        }

        switch (e.Action)
        {
            case QueueRowAction.Select when CanAssign:
                if (!_selected.Remove(row.Id))
                {
                    _selected.Add(row.Id);
                }

                await RenderRowsAsync();
                break;
            case QueueRowAction.Claim when CanClaim:
                await RowActedAsync(await Service.ClaimAsync(User, row.Id));
                break;
            case QueueRowAction.Release when CanRelease(row):
                await RowActedAsync(await Service.UnassignAsync(User, row.Id));
                break;
        }
    }

    private async Task QueueChangedAsync(QueueChange change)
    {
        // Several changes at once cost one reload, not one each.
        if (change.Kind != Kind || !_reloads.Notice(change.Heard))
        {
            return;
        }

        await InvokeAsync(async () =>
        {
            // Every change this reload answers was saved before this moment (later ones schedule another): a shared
            // read that began since sees them all. None is needed when this queue's own load already began after them.
            if (_reloads.Begin(SharedQueueReads.Now()) is { } since)
            {
                await LoadAsync(since);
                StateHasChanged();
            }
        });
    }

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

        var results = await Service.BulkAssignAsync(User, [.. _selected], reviewerId);
        var done = results.Count(r => r.Succeeded);
        if (results.Count == 1)
        {
            Snackbar.Add(Message(results[0]), results[0].Succeeded ? Severity.Success : Severity.Warning);
            await ReloadAsync();
        }
        else
        {
            Snackbar.Add(L["BulkAssignSummary", done, results.Count - done], done == results.Count ? Severity.Success : Severity.Warning);
            await ReloadAsync();
        }
    }

    /// <summary>
    /// A claim or hand-back that worked shows in its row (the reviewer's name, or the claim button again); only a refusal
    /// needs a message. (A message for every claim also cost the clicking page about a quarter of its update time.)
    /// </summary>
    private async Task RowActedAsync(AssignmentResult result)
    {
        if (!result.Succeeded)
        {
            Snackbar.Add(Message(result), Severity.Warning);
        }

        await ReloadAsync();
    }

    private string Message(AssignmentResult result) => L.AssignmentMessage(result);

    private async Task ReloadAsync()
    {
        _selected = [];
        await LoadAsync();
    }
}
