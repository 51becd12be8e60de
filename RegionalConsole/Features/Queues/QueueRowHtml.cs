using Microsoft.AspNetCore.Components;
using RegionalConsole.Components;

namespace RegionalConsole.Features.Queues;

/// <summary>
/// The HTML of one grid's rows, kept from one render to the next: rows that render as before keep their HTML (and
/// Blazor sends nothing for them), so a colleague's claim re-renders one row of the page and a tick one box.
/// </summary>
public sealed class QueueRowHtml(StaticHtml html)
{
    private Dictionary<QueueRowView, MarkupString> _rendered = [];

    public async Task<IReadOnlyList<(int Id, MarkupString Html)>> RenderAsync(IEnumerable<QueueRowView> rows)
    {
        // Renders may overlap (a reload while a tick renders): each works from what it found and the last one kept wins.
        var previous = _rendered;
        var views = rows.ToList();
        // A view is a record of values: equal views render the same.
        var changed = views.Where(v => !previous.ContainsKey(v)).Distinct().ToList();
        var fresh = await html.RenderEachAsync<QueueRowCells, QueueRowView>(changed, nameof(QueueRowCells.View));
        var rendered = changed.Select((v, i) => (View: v, Html: fresh[i])).ToDictionary(v => v.View, v => v.Html);
        foreach (var view in views.Where(v => !rendered.ContainsKey(v)))
        {
            rendered[view] = previous[view];
        }

        // Only the rows on the page are kept.
        _rendered = rendered;
        return [.. views.Select(v => (v.Row.Id, rendered[v]))];
    }
}
