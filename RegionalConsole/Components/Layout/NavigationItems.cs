using MudBlazor;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;

namespace RegionalConsole.Components.Layout;

/// <summary>The navigation by role. Menus only guide; services and endpoints enforce scope.</summary>
public sealed record NavigationItem(string Href, string LabelKey, string Icon, params ConsoleRole[] Roles)
{
    /// <summary>The queue whose open items the link shows as a badge.</summary>
    public ReviewKind? Queue { get; init; }
}

public static class NavigationItems
{
    private const ConsoleRole R = ConsoleRole.Reviewer;
    private const ConsoleRole S = ConsoleRole.Supervisor;
    private const ConsoleRole A = ConsoleRole.Administrator;

    public static IReadOnlyList<NavigationItem> All { get; } =
    [
        new("/", "NavDashboard", Icons.Material.Filled.Dashboard, R, S, A),
        new("/queues/course", "NavQueueCourse", Icons.Material.Filled.FactCheck, R, S, A) { Queue = ReviewKind.Course },
        new("/queues/roster", "NavQueueRoster", Icons.Material.Filled.Groups, R, S, A) { Queue = ReviewKind.Roster },
        new("/queues/cancellation", "NavQueueCancellation", Icons.Material.Filled.EventBusy, R, S, A) { Queue = ReviewKind.Cancellation },
        new("/calendar", "NavCalendar", Icons.Material.Filled.CalendarMonth, R, S, A),
        new("/tags", "NavTags", Icons.Material.Filled.Sell, R, S, A),
        new("/cancellations", "NavCancellations", Icons.Material.Filled.EventNote, R, S, A),
        new("/rulings", "NavRulings", Icons.Material.Filled.Gavel, R, S, A),
        new("/preschool", "NavPreschool", Icons.Material.Filled.ChildCare, S, A),
        new("/teachers", "NavTeachers", Icons.Material.Filled.School, R, S, A),
        new("/statistics", "NavStatistics", Icons.Material.Filled.BarChart, R, S, A),
        new("/oversight", "NavOversight", Icons.Material.Filled.Insights, S, A),
        new("/announcements", "NavAnnouncements", Icons.Material.Filled.Campaign, R, S, A),
        new("/admin/accounts", "NavAccounts", Icons.Material.Filled.ManageAccounts, S, A),
        new("/admin/institutions", "NavInstitutions", Icons.Material.Filled.AccountBalance, A),
        new("/admin/jurisdiction", "NavJurisdiction", Icons.Material.Filled.AltRoute, A),
        new("/admin/api-clients", "NavApiClients", Icons.Material.Filled.Key, A),
        new("/admin/terms", "NavTerms", Icons.Material.Filled.Rule, A),
        new("/admin/reason-templates", "NavReasonTemplates", Icons.Material.Filled.PlaylistAddCheck, A),
        new("/profile", "NavProfile", Icons.Material.Filled.Person, R, S, A),
    ];

    public static IEnumerable<NavigationItem> For(ConsoleRole? role) =>
        role is { } r ? All.Where(i => i.Roles.Contains(r)) : [];
}
