using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace RegionalConsole.Components;

/// <summary>
/// Renders a component to HTML outside the circuit, for parts of a live page that have no events of their own (the
/// cells of a queue row). The circuit then keeps one markup frame and one string instead of the component's whole
/// render tree: a queue page of 25 rows holds about a tenth of the memory (README, Performance). The markup stays in
/// Razor and is encoded by the renderer, as any other component's.
/// </summary>
public sealed class StaticHtml(IServiceScopeFactory scopes, ILoggerFactory loggers)
{
    public async Task<IReadOnlyList<MarkupString>> RenderEachAsync<TComponent, TItem>(IReadOnlyList<TItem> items, string parameter)
        where TComponent : IComponent
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0)
        {
            return [];
        }

        // The renderer's dispatcher runs the work elsewhere: the reader's language goes with it.
        var culture = CultureInfo.CurrentCulture;
        var uiCulture = CultureInfo.CurrentUICulture;
        // A scope of its own: the renderer's scoped services are not the circuit's.
        await using var scope = scopes.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggers);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
            var html = new List<MarkupString>(items.Count);
            foreach (var item in items)
            {
                var root = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(new Dictionary<string, object?> { [parameter] = item }));
                html.Add(new MarkupString(root.ToHtmlString()));
            }

            return (IReadOnlyList<MarkupString>)html;
        });
    }
}
