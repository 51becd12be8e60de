namespace RegionalConsole.Features.Calendar;

/// <summary>The working-day calendar (SPEC §4): its services; its endpoints are <see cref="CalendarEndpoints"/>.</summary>
public static class CalendarSetup
{
    public static IServiceCollection AddCalendar(this IServiceCollection services)
    {
        services.AddSingleton<CalendarService>();
        services.AddSingleton<DueDateRecalculator>();
        services.AddScoped<CalendarImportService>();
        services.AddScoped<ClosureService>();
        return services;
    }
}
