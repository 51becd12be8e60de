namespace RegionalConsole.Features.Mail;

/// <summary>E-mail notifications: the outbox, decision notices, the daily digest and the SMTP sender.</summary>
public static class MailSetup
{
    public static IServiceCollection AddConsoleMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(MailOptions.FromConfiguration(configuration));
        services.AddSingleton<MailOutbox>();
        services.AddSingleton<DecisionMail>();
        services.AddScoped<DigestService>();
        services.AddSingleton<OutboxSender>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxSender>());
        services.AddHostedService<DigestScheduler>();
        return services;
    }
}
