using MudBlazor;
using RegionalConsole.Domain;

namespace RegionalConsole.Components.Layout;

/// <summary>The navigation by role. Menus only guide; services and endpoints enforce scope.</summary>
public sealed record NavigationItem(string Href, string LabelKey, string Icon, params ConsoleRole[] Roles);

public static class NavigationItems
{
    private const ConsoleRole R = ConsoleRole.Reviewer;
    private const ConsoleRole S = ConsoleRole.Supervisor;
    private const ConsoleRole A = ConsoleRole.Administrator;

    public static IReadOnlyList<NavigationItem> All { get; } =
    [
        new("/", "NavDashboard", Icons.Material.Filled.Dashboard, R, S, A),
        new("/admin/terms", "NavTerms", Icons.Material.Filled.Rule, A),
        new("/calendar", "NavCalendar", Icons.Material.Filled.CalendarMonth, R, S, A),
        new("/tags", "NavTags", Icons.Material.Filled.Sell, R, S, A),
        new("/profile", "NavProfile", Icons.Material.Filled.Person, R, S, A),
    ];

    public static IEnumerable<NavigationItem> For(ConsoleRole? role) =>
        role is { } r ? All.Where(i => i.Roles.Contains(r)) : [];
}
