using RegionalConsole.Domain.Schedule;

namespace RegionalConsole.Domain.Checks;

/// <summary>
/// The schedule and hours checks of SPEC §5.3 (管理規定第10條第4款): what the analysis found, and the lines of a
/// free-text schedule that looked like times but could not be read (SCHEDULE_UNPARSED).
/// </summary>
public sealed class ScheduleCheck : ICourseCheck
{
    public void Check(CourseUnderCheck course, ICollection<CheckResult> results)
    {
        ArgumentNullException.ThrowIfNull(course);
        ArgumentNullException.ThrowIfNull(results);
        if (course.ParsedText is { } parsed)
        {
            foreach (var line in parsed.UnparsedLines)
            {
                results.Add(ScheduleFindings.Unparsed(line));
            }
        }

        foreach (var result in course.Analysis.Checks)
        {
            results.Add(result);
        }
    }
}
