namespace RegionalConsole.Features.Tags;

/// <summary>Attribute tags (屬性標籤): the registry and its administration; the endpoints are <see cref="TagEndpoints"/>.</summary>
public static class TagSetup
{
    public static IServiceCollection AddTags(this IServiceCollection services)
    {
        services.AddSingleton<TagRegistryService>();
        services.AddScoped<TagAdminService>();
        return services;
    }
}
