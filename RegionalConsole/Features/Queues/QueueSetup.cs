using RegionalConsole.Data;

namespace RegionalConsole.Features.Queues;

/// <summary>The queues (SPEC §6) and the channel that tells every node of a change to them and to shared state.</summary>
public static class QueueSetup
{
    public static IServiceCollection AddQueues(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(SharedStateCaches.Options.From(configuration));
        services.AddSingleton<SharedStateCaches>();
        services.AddScoped<QueueService>();
        services.AddSingleton<SharedQueueReads>();
        services.AddSingleton<InProcessQueueNotifier>();
        if (DatabaseSetup.ProviderFrom(configuration) == DatabaseProvider.Postgres)
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

        return services;
    }
}
