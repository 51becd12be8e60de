namespace RegionalConsole.Features.Institutions;

/// <summary>Institutions and the jurisdiction table (轄管表): editing them moves open items to their new centre.</summary>
public static class InstitutionSetup
{
    public static IServiceCollection AddInstitutions(this IServiceCollection services)
    {
        services.AddScoped<OpenItemMover>();
        services.AddScoped<InstitutionAdminService>();
        services.AddScoped<JurisdictionService>();
        return services;
    }
}
