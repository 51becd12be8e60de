using System.Globalization;
using RegionalConsole.Data.Entities;
using RegionalConsole.Data.Seeding;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Calendar;
using RegionalConsole.Features.Courses;

namespace RegionalConsole.Benchmarks;

/// <summary>Courses as organisers submit them, from the demo generator: the mix of titles, schedules and errors the seed has.</summary>
internal static class DemoDrafts
{
    /// <summary>The clock of the test suite: Wednesday 2026-11-25 10:00 in Taipei.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 2, 0, 0, TimeSpan.Zero);

    /// <summary>Drafts of demo organisers generated in memory, as the seed generates them.</summary>
    public static IReadOnlyList<DemoDraft> Generate(int count, int institutions, int seed = 115)
    {
        var random = new Random(seed);
        var organisers = DemoInstitutions.Generate(random, institutions, JurisdictionRow.Defaults, Now.UtcDateTime);
        return Generate(count, organisers, random);
    }

    /// <summary>Drafts of the given organisers (those of the database they will be submitted to).</summary>
    public static IReadOnlyList<DemoDraft> Generate(int count, IEnumerable<Institution> organisers, Random random)
    {
        var routed = organisers.Where(i => i.CentreCode is not null).ToList();
        var generator = new DemoCourses(random, WorkingCalendar.FromShipped(), Now.UtcDateTime, routed, new Dictionary<string, int[]>(), []);
        return [.. Enumerable.Range(0, count).Select(_ => generator.NextDraft())];
    }

    /// <summary>The API body of a draft (SPEC §10); the index keeps external ids unique, as partners keep them.</summary>
    public static CourseBody ToBody(DemoDraft demo, int index)
    {
        var draft = demo.Draft;
        return new CourseBody(
            $"{draft.ExternalId}-{index}",
            draft.OrganiserCode,
            draft.Title,
            [.. draft.Tags],
            draft.Outline,
            draft.ApprovalDocNo,
            new DeliveryBody(draft.Delivery.Mode.ToString(), draft.Delivery.OnlineKind?.ToString(),
                [.. draft.Delivery.Software.Select(s => s.ToString())], draft.Delivery.SoftwareOther),
            Date(draft.StartDate),
            Date(draft.EndDate),
            draft.DeclaredHours,
            [.. draft.Audience.Select(a => a.ToString())],
            draft.Schedule?.Select(s => (SegmentBody?)new SegmentBody(s.Date is { } d ? Date(d) : null, s.Start, s.End, s.Activity)).ToList(),
            draft.ScheduleText);
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
