namespace RegionalConsole.Features.Reviews;

/// <summary>The review screen (SPEC §6): reading an item, deciding it, judging its tags, moving to the next.</summary>
public static class ReviewSetup
{
    public static IServiceCollection AddReviews(this IServiceCollection services)
    {
        services.AddScoped<DecisionService>();
        services.AddScoped<DecisionCourseEffects>();
        services.AddScoped<TagReviewService>();
        services.AddScoped<ReviewReadService>();
        services.AddScoped<ReviewNavigation>();
        return services;
    }
}
