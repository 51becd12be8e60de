using RegionalConsole.Data;
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

namespace RegionalConsole.Features;

/// <summary>Each capability's services and API endpoints, in one place.</summary>
public static class FeatureSetup
{
    public static IHostApplicationBuilder AddConsoleFeatures(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(SharedStateCaches.Options.From(builder.Configuration));
        services.AddSingleton<SharedStateCaches>();
        services.AddSingleton<CalendarService>();
        services.AddSingleton<ScheduleTermsService>();
        services.AddSingleton<TagRegistryService>();
        services.AddSingleton<CourseCheckRunner>();
        services.AddSingleton<CourseAnswerReader>();
        services.AddSingleton<ReviewItemFactory>();
        services.AddScoped<CourseIntakeService>();
        services.AddScoped<CourseModificationService>();
        services.AddScoped<EnrolmentService>();
        services.AddSingleton<DueDateRecalculator>();
        services.AddScoped<CalendarImportService>();
        services.AddScoped<ClosureService>();
        services.AddScoped<DashboardService>();
        services.AddScoped<TermAdminService>();
        services.AddScoped<ReasonTemplateService>();
        services.AddScoped<DecisionService>();
        services.AddScoped<DecisionCourseEffects>();
        services.AddScoped<TagReviewService>();
        services.AddScoped<ReviewReadService>();
        services.AddScoped<ReviewNavigation>();
        services.AddScoped<TagAdminService>();
        services.AddScoped<SyncService>();
        services.AddScoped<ApiClientService>();
        services.AddSingleton<ApiKeyUsage>();
        services.AddHostedService(sp => sp.GetRequiredService<ApiKeyUsage>());
        services.AddScoped<AccountAdminService>();
        services.AddScoped<OpenItemMover>();
        services.AddScoped<InstitutionAdminService>();
        services.AddScoped<JurisdictionService>();
        services.AddScoped<TeacherRecordService>();
        services.AddScoped<QueueService>();
        services.AddSingleton<SharedQueueReads>();
        services.AddSingleton<InProcessQueueNotifier>();
        if (DatabaseSetup.ProviderFrom(builder.Configuration) == DatabaseProvider.Postgres)
        {
            // Several nodes may share the database: queue changes and shared-state changes travel between them over
            // LISTEN/NOTIFY.
            services.AddSingleton<PostgresQueueNotifier>();
            services.AddSingleton<IQueueNotifier>(sp => sp.GetRequiredService<PostgresQueueNotifier>());
            services.AddSingleton<ISharedStateNotifier>(sp => sp.GetRequiredService<PostgresQueueNotifier>());
            services.AddHostedService(sp => sp.GetRequiredService<PostgresQueueNotifier>());
        }
        else
        {
            services.AddSingleton<IQueueNotifier>(sp => sp.GetRequiredService<InProcessQueueNotifier>());
            services.AddSingleton<ISharedStateNotifier>(sp => sp.GetRequiredService<SharedStateCaches>());
        }

        services.AddSingleton(PreschoolOptions.From(builder.Configuration));
        services.AddSingleton<PreschoolExchangeService>();
        services.AddScoped<PreschoolRegistrationService>();
        services.AddScoped<OverlapReportService>();
        services.AddHostedService<PreschoolExchangeJob>();
        services.AddScoped<CancellationService>();
        services.AddScoped<CancellationRegister>();
        services.AddScoped<RosterService>();
        services.AddScoped<RosterReadService>();
        services.AddScoped<RulingService>();
        services.AddConsoleMail(builder.Configuration);
        services.AddSingleton(SharingOptions.From(builder.Configuration));
        services.AddScoped<AnnouncementService>();
        services.AddScoped<SharedFileService>();
        services.AddScoped<ProfileService>();
        services.AddScoped<StatisticsService>();
        services.AddScoped<CourseListExport>();
        services.AddScoped<RosterListExport>();
        services.AddScoped<OversightService>();
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
            .MapRosterEndpoints();

    /// <summary>Console downloads (cookie-authorised GET endpoints returning a file), outside the partner API.</summary>
    public static IEndpointRouteBuilder MapFeatureDownloads(this IEndpointRouteBuilder app) =>
        app.MapPreschoolEndpoints()
            .MapTeacherExport()
            .MapSharedFileEndpoints()
            .MapExportEndpoints()
            .MapCancellationExport();
}
