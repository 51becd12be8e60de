using System.Text.Json;
using System.Text.Json.Serialization;
using RegionalConsole.Domain.Schedule;

namespace RegionalConsole.Tests.Domain.Schedule;

/// <summary>The worked examples of SPEC §5.3, read from the copies beside the tests.</summary>
internal static class WorkedExamples
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static IReadOnlyList<ScheduleExample> Schedules { get; } =
        Read<List<ScheduleExample>>("schedules.json");

    public static string ScheduleText { get; } = File.ReadAllText(PathOf("schedule-text.txt"));

    public static ScheduleTextExpectation ScheduleTextExpectation { get; } =
        Read<ScheduleTextExpectation>("schedule-text.expect.json");

    private static T Read<T>(string name) =>
        JsonSerializer.Deserialize<T>(File.ReadAllText(PathOf(name)), Options)
        ?? throw new InvalidOperationException($"{name} is empty.");

    private static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Domain", "Examples", name);
}

internal sealed record ScheduleExample(
    string Name, decimal DeclaredHours, List<ScheduleSegmentInput> Schedule, ScheduleExpectation Expect);

internal sealed record ScheduleExpectation(
    List<ExpectedSegment> Segments, int CreditableMinutes, int JudgementMinutes, List<string> Codes, List<string> Absent);

internal sealed record ExpectedSegment(SegmentClassification Classification, ExcludedCategory? Category);

internal sealed record ScheduleTextExpectation(
    DateOnly CourseStartDate, List<ExpectedTextSegment> Segments, int CreditableMinutes, int JudgementMinutes, List<string> Notes);

internal sealed record ExpectedTextSegment(
    DateOnly Date, string Start, string? End, string Activity, SegmentClassification Classification, ExcludedCategory? Category);
