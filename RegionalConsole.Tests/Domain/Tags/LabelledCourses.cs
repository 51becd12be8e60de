using System.Text.Json;
using System.Text.Json.Serialization;
using RegionalConsole.Domain.Checks;
using RegionalConsole.Domain.Schedule;

namespace RegionalConsole.Tests.Domain.Tags;

/// <summary>
/// Course titles and outlines like the network's listings, each with the tags it should carry, labelled from the tags'
/// definitions (TagDefaults) before the keywords were written. The held-out file was written at the same time and only
/// run once the scoring was settled.
/// </summary>
internal static class LabelledCourses
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static IReadOnlyList<LabelledCourse> Tuning { get; } = Read("tag-suggestions.json");

    public static IReadOnlyList<LabelledCourse> HeldOut { get; } = Read("tag-suggestions.holdout.json");

    private static List<LabelledCourse> Read(string name) =>
        JsonSerializer.Deserialize<List<LabelledCourse>>(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Domain", "Tags", name)), Options)
        ?? throw new InvalidOperationException($"{name} is empty.");
}

internal sealed record LabelledCourse(string Title, string Outline, List<Audience>? Audience, List<string>? Activities, List<string> Tags)
{
    private static readonly DateOnly Day = new(2026, 12, 1);

    /// <summary>The course as an organiser would submit it, declaring no tag.</summary>
    public CourseDraft Draft => new()
    {
        Title = Title,
        Outline = Outline,
        StartDate = Day,
        EndDate = Day,
        DeclaredHours = 3,
        Audience = Audience ?? [global::RegionalConsole.Domain.Checks.Audience.ElementaryTeacher],
        Schedule = Activities is { Count: > 0 }
            ? [.. Activities.Select((a, i) => new ScheduleSegmentInput(Day, $"{9 + i:00}:00", $"{10 + i:00}:00", a))]
            : [new ScheduleSegmentInput(Day, "09:00", "12:00", "專題講座")],
    };
}
