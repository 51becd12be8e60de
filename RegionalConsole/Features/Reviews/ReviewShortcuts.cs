using Microsoft.JSInterop;

namespace RegionalConsole.Features.Reviews;

/// <summary>
/// The review screen's keyboard shortcuts (SPEC §6), wired to the page's JS module: a key the module hears is handed to
/// <c>onKey</c>. Without the module the buttons still work; the page must not die with the shortcuts.
/// </summary>
public sealed class ReviewShortcuts(Func<string, Task> onKey) : IAsyncDisposable
{
    private IJSObjectReference? _module;
    private IJSObjectReference? _listener;
    private DotNetObjectReference<ReviewShortcuts>? _self;

    public async Task StartAsync(IJSRuntime js, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(js);
        try
        {
            _module = await js.InvokeAsync<IJSObjectReference>("import", "./Features/Reviews/ReviewPage.razor.js");
            _self = DotNetObjectReference.Create(this);
            _listener = await _module.InvokeAsync<IJSObjectReference>("listen", _self);
        }
        catch (JSException e)
        {
            logger.LogWarning(e, "Review shortcuts unavailable");
        }
    }

    /// <summary>Called by the module for a / r / x (decide) and j / n / k (move through the queue).</summary>
    [JSInvokable]
    public Task OnShortcut(string key) => onKey(key);

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_listener is not null)
            {
                await _listener.InvokeVoidAsync("dispose");
                await _listener.DisposeAsync();
            }

            if (_module is not null)
            {
                await _module.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone and the page with it; nothing is left to unhook.
        }

        _self?.Dispose();
    }
}
