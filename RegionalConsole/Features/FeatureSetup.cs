using RegionalConsole.Features.ApiClients;
using RegionalConsole.Features.Calendar;
using RegionalConsole.Features.Courses;
using RegionalConsole.Features.Dashboard;
using RegionalConsole.Features.Exports;
using RegionalConsole.Features.Oversight;
using RegionalConsole.Features.Queues;
using RegionalConsole.Features.Reviews;
using RegionalConsole.Features.Statistics;
using RegionalConsole.Features.Sync;
using RegionalConsole.Features.Tags;
using RegionalConsole.Features.Terms;

namespace RegionalConsole.Features;

/// <summary>Each capability's services and API endpoints, in one place.</summary>
public static class FeatureSetup
{
    public static IHostApplicationBuilder AddConsoleFeatures(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<CalendarService>();
        services.AddSingleton<ScheduleTermsService>();
        services.AddSingleton<TagRegistryService>();
        services.AddSingleton<CourseCheckRunner>();
        services.AddSingleton<ReviewItemFactory>();
        services.AddScoped<CourseIntakeService>();
        services.AddScoped<CourseModificationService>();
        services.AddSingleton<DueDateRecalculator>();
        services.AddScoped<CalendarImportService>();
        services.AddScoped<ClosureService>();
        services.AddScoped<DashboardService>();
        services.AddScoped<TermAdminService>();
        services.AddScoped<DecisionService>();
        services.AddScoped<TagReviewService>();
        services.AddScoped<ReviewReadService>();
        services.AddScoped<ReviewNavigation>();
        services.AddScoped<TagAdminService>();
        services.AddScoped<SyncService>();
        services.AddScoped<ApiClientService>();
        services.AddScoped<QueueService>();
        services.AddSingleton<IQueueNotifier, InProcessQueueNotifier>();
        services.AddScoped<StatisticsService>();
        services.AddScoped<CourseListExport>();
        services.AddScoped<OversightService>();
        return builder;
    }

    public static RouteGroupBuilder MapFeatureEndpoints(this RouteGroupBuilder api) =>
        api.MapSyncEndpoints()
            .MapApiClientEndpoints()
            .MapCourseEndpoints()
            .MapCalendarEndpoints()
            .MapTagEndpoints();
}
