using Microsoft.AspNetCore.Components;
using MudBlazor;
using RegionalConsole.Components;
using RegionalConsole.Domain.Tags;

namespace RegionalConsole.Features.Queues;

public sealed partial class QueueFilters : IDisposable
{
    /// <summary>How long typing must pause before a text filter applies: a query per word, not per keystroke.</summary>
    public const int DebounceMilliseconds = 300;

    // MudBlazor's classes for an outlined, dense input (see Lean): the bar looks as MudTextFields did.
    private const string InputRoot = "mud-input-slot mud-input-root mud-input-root-outlined mud-input-root-margin-dense";

    private readonly FilterText _search = new(f => f.Search, (f, s) => f with { Search = s });
    private readonly FilterText _tag = new(f => f.Tag, (f, t) => f with { Tag = t });
    private readonly FilterText _organiser = new(f => f.Organiser, (f, o) => f with { Organiser = o });
    private ITimer? _pause;

    [Parameter, EditorRequired]
    public QueueFilter Value { get; set; } = new();

    [Parameter]
    public EventCallback<QueueFilter> ValueChanged { get; set; }

    /// <summary>What the page puts at the bar's end (the export button).</summary>
    [Parameter]
    public RenderFragment? Actions { get; set; }

    /// <summary>The tags the tag box suggests (<see cref="TagChoice.From"/>); none, no suggestions.</summary>
    [Parameter]
    public IReadOnlyList<TagChoice> TagChoices { get; set; } = [];

    protected override void OnInitialized()
    {
        foreach (var box in Boxes)
        {
            box.Typed = box.Shown = box.Read(Value) ?? "";
        }
    }

    private static string InputClass(bool shrink, bool adornedStart) =>
        "mud-input mud-input-outlined mud-input-outlined-with-label mud-input-margin-dense mud-typography-subtitle1"
        + (shrink ? " mud-shrink" : "") + (adornedStart ? " mud-input-adorned-start" : "");

    private static string ToggleItemClass(bool on) =>
        Lean.Button(Color.Primary, on ? Variant.Filled : Variant.Outlined) + " mud-toggle-item mud-toggle-item-delimiter mud-toggle-item-size-small"
        + (on ? " mud-toggle-item-selected" : "");

    private IEnumerable<FilterText> Boxes => [_search, _tag, _organiser];

    private bool Filtered => Value != new QueueFilter();

    private Task Change(QueueFilter filter) => filter == Value ? Task.CompletedTask : ValueChanged.InvokeAsync(filter);

    private Task StateChosen(ChangeEventArgs e) =>
        Enum.TryParse<QueueState>(e.Value?.ToString(), out var state) ? Change(Value with { State = state }) : Task.CompletedTask;

    private Task ErrorsChosen(ChangeEventArgs e) => Change(Value with { HasErrors = e.Value is true or "true" or "on" });

    // Typing restarts the pause; when it ends, every box's text applies at once.
    private void Typed(FilterText box, ChangeEventArgs e)
    {
        box.Typed = e.Value?.ToString() ?? "";
        _pause?.Dispose();
        _pause = Clock.CreateTimer(_ => InvokeAsync(ApplyTyped), null, TimeSpan.FromMilliseconds(DebounceMilliseconds), Timeout.InfiniteTimeSpan);
    }

    private Task ApplyTyped() => Change(Boxes.Aggregate(Value, (filter, box) => box.Write(filter, Blank(box.Typed))));

    private Task Clear(FilterText box)
    {
        box.Clear();
        return ApplyTyped();
    }

    private Task ClearAll()
    {
        foreach (var box in Boxes)
        {
            box.Clear();
        }

        return Change(new QueueFilter());
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public void Dispose() => _pause?.Dispose();

    /// <summary>
    /// A text filter's box. What the browser shows is left to the browser while the reviewer types: the value written
    /// into the input changes only when the box is cleared (a new generation), so no keystroke is overwritten.
    /// </summary>
    private sealed class FilterText(Func<QueueFilter, string?> read, Func<QueueFilter, string?, QueueFilter> write)
    {
        public Func<QueueFilter, string?> Read { get; } = read;

        public Func<QueueFilter, string?, QueueFilter> Write { get; } = write;

        public string Typed { get; set; } = "";

        public string Shown { get; set; } = "";

        public int Generation { get; private set; }

        /// <summary>Empties the box: a new generation, so the browser's input is replaced by an empty one.</summary>
        public void Clear()
        {
            (Typed, Shown) = ("", "");
            Generation++;
        }
    }
}

/// <summary>A tag the queue's tag box suggests: its label, as titles show it, and its name (SPEC §5.2).</summary>
public sealed record TagChoice(string Label, string Name)
{
    /// <summary>Every tag of the registry in its order: an open item may carry a retired or proposed tag as well.</summary>
    public static IReadOnlyList<TagChoice> From(TagRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return [.. registry.All.Select(t => new TagChoice(t.Label, t.Name))];
    }
}
