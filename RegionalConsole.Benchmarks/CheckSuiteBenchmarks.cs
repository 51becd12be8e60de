using BenchmarkDotNet.Attributes;
using RegionalConsole.Domain.Checks;

namespace RegionalConsole.Benchmarks;

/// <summary>
/// Every check of SPEC §5 (CourseChecker.Standard) over the demo mix of drafts: tagged and untagged titles,
/// structured and free-text schedules, over-claimed hours, online courses. One context per organiser with its other
/// titles, as a bulk re-check builds them. Target ≥ 100,000 courses/s on one core: courses/s = 1 / Mean.
/// </summary>
[MemoryDiagnoser]
public class CheckSuiteBenchmarks
{
    private const int Courses = 2_000;
    private (CourseDraft Draft, CheckContext Context)[] _courses = [];

    [GlobalSetup]
    public void Setup()
    {
        // Few organisers, so that each has a history of titles for the series check to read.
        var drafts = DemoDrafts.Generate(Courses, institutions: 200);
        var titlesByOrganiser = drafts.GroupBy(d => d.Organiser.Code)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(d => d.Draft.Title ?? "")]);
        var contexts = drafts.Select(d => d.Organiser).DistinctBy(o => o.Code).ToDictionary(o => o.Code, o => new CheckContext
        {
            OrganiserType = o.Type,
            OrganiserCourseTitles = titlesByOrganiser[o.Code],
        });
        _courses = [.. drafts.Select(d => (d.Draft, contexts[d.Organiser.Code]))];
    }

    [Benchmark(OperationsPerInvoke = Courses)]
    public int CheckOneCourse()
    {
        var errors = 0;
        foreach (var (draft, context) in _courses)
        {
            errors += CourseChecker.Standard.Check(draft, context).HasErrors ? 1 : 0;
        }

        return errors;
    }
}
