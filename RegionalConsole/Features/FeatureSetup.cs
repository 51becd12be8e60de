using RegionalConsole.Features.Accounts;
using RegionalConsole.Features.Announcements;
using RegionalConsole.Features.ApiClients;
using RegionalConsole.Features.Calendar;
using RegionalConsole.Features.Cancellations;
using RegionalConsole.Features.Courses;
using RegionalConsole.Features.Dashboard;
using RegionalConsole.Features.Exports;
using RegionalConsole.Features.Institutions;
using RegionalConsole.Features.Mail;
using RegionalConsole.Features.Operations;
using RegionalConsole.Features.Oversight;
using RegionalConsole.Features.Preschool;
using RegionalConsole.Features.Profile;
using RegionalConsole.Features.Queues;
using RegionalConsole.Features.ReasonTemplates;
using RegionalConsole.Features.Reviews;
using RegionalConsole.Features.Rosters;
using RegionalConsole.Features.Rulings;
using RegionalConsole.Features.Statistics;
using RegionalConsole.Features.Sync;
using RegionalConsole.Features.Tags;
using RegionalConsole.Features.Teachers;
using RegionalConsole.Features.Terms;
using RegionalConsole.Features.Webhooks;

namespace RegionalConsole.Features;

/// <summary>Each capability's services and API endpoints: the list of them, each set up beside its capability.</summary>
public static class FeatureSetup
{
    public static IHostApplicationBuilder AddConsoleFeatures(this IHostApplicationBuilder builder)
    {
        var (services, configuration) = (builder.Services, builder.Configuration);
        services.AddQueues(configuration)
            .AddCalendar()
            .AddTags()
            .AddCourses()
            .AddReviews()
            .AddCancellations()
            .AddRosters()
            .AddAccounts()
            .AddInstitutions()
            .AddConsoleMail(configuration);

        // The institution and teacher sync and the API keys.
        services.AddScoped<InstitutionSyncService>();
        services.AddScoped<TeacherSyncService>();
        services.AddScoped<ApiClientService>();
        services.AddSingleton<ApiKeyUsage>();
        services.AddHostedService(sp => sp.GetRequiredService<ApiKeyUsage>());

        // The preschool exchange (SPEC §7, §14.4).
        services.AddSingleton(PreschoolOptions.From(configuration));
        services.AddSingleton<PreschoolExchangeService>();
        services.AddSingleton<ExchangeDeliveryService>();
        services.AddScoped<PreschoolRegistrationService>();
        services.AddScoped<OverlapReportService>();
        services.AddHostedService<PreschoolExchangeJob>();

        // Pages with one service each.
        services.AddSingleton(SharingOptions.From(configuration));
        services.AddScoped<AnnouncementService>();
        services.AddScoped<SharedFileService>();
        services.AddScoped<DashboardService>();
        services.AddScoped<TermAdminService>();
        services.AddScoped<ReasonTemplateService>();
        services.AddScoped<TeacherRecordService>();
        services.AddScoped<RulingService>();
        services.AddScoped<ProfileService>();
        services.AddScoped<StatisticsService>();
        HeavyExportLimit.AddHeavyExportLimit(services);
        services.AddScoped<CourseListExport>();
        services.AddScoped<RosterListExport>();
        services.AddScoped<OversightService>();
        builder.AddChangesAndWebhooks();
        builder.AddConsoleTelemetry();
        return builder;
    }

    public static RouteGroupBuilder MapFeatureEndpoints(this RouteGroupBuilder api) =>
        api.MapSyncEndpoints()
            .MapApiClientEndpoints()
            .MapAccountEndpoints()
            .MapCourseEndpoints()
            .MapCalendarEndpoints()
            .MapTagEndpoints()
            .MapCancellationEndpoints()
            .MapRosterEndpoints()
            .MapWebhookEndpoints();

    /// <summary>Console downloads (cookie-authorised GET endpoints returning a file), outside the partner API.</summary>
    public static IEndpointRouteBuilder MapFeatureDownloads(this IEndpointRouteBuilder app) =>
        app.MapPreschoolEndpoints()
            .MapTeacherExport()
            .MapSharedFileEndpoints()
            .MapExportEndpoints()
            .MapCancellationExport();
}
