using Microsoft.AspNetCore.Components;

namespace RegionalConsole.Features.Queues;

/// <summary>
/// A queue row as one reviewer sees it: the row and what that person may do with it. Its HTML is rendered outside the
/// circuit (QueueRowCells through StaticHtml), buttons and checkbox included; a press on one of them reaches the grid
/// as one <c>queueaction</c> event from the table body (console.js), not as a handler per row.
/// </summary>
/// <remarks>Equal, as records of values, for rows that render the same: a reload re-renders only the rows that changed.</remarks>
public sealed record QueueRowView(QueueRow Row, bool Selectable, bool Selected, bool Claimable, bool Releasable);

/// <summary>What a press in a queue row asks for; the names are the markup's <c>data-queue-action</c> values.</summary>
public static class QueueRowAction
{
    public const string Select = "select";
    public const string Claim = "claim";
    public const string Release = "release";
}

/// <summary>A press on a row's checkbox or button: which action, on which item.</summary>
public sealed class QueueActionEventArgs : EventArgs
{
    public string Action { get; set; } = "";

    public int Id { get; set; }
}

/// <summary>
/// Makes <c>@onqueueaction</c> known to Razor (which finds the attribute only on a class named exactly
/// <c>EventHandlers</c>); console.js raises the browser event.
/// </summary>
[EventHandler("onqueueaction", typeof(QueueActionEventArgs), enableStopPropagation: true, enablePreventDefault: true)]
public static class EventHandlers
{
}
