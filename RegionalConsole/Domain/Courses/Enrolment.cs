namespace RegionalConsole.Domain.Courses;

/// <summary>Why an enrolment report may not be recorded; <see cref="None"/> when it may.</summary>
public enum EnrolmentProblem
{
    None,
    NegativeCount,
    TeacherInvalid,
    TeacherDuplicate,

    /// <summary>Both a count and a list were sent and they disagree.</summary>
    CountMismatch,

    /// <summary>Neither a count nor a list.</summary>
    Missing,

    /// <summary>More national IDs than <see cref="Enrolment.MaxTeachers"/>.</summary>
    TooManyTeachers,
}

/// <summary>One bad point of an enrolment report; <see cref="Index"/> names the teacher for list problems.</summary>
public sealed record EnrolmentIssue(EnrolmentProblem Problem, int? Index = null);

/// <summary>
/// How many teachers are enrolled in an approved course, as the organiser's system reports it (SPEC §13.2): a count, or
/// the national IDs, whose number is then the count. The cancellation rule of §5.5 uses the count.
/// </summary>
public sealed record Enrolment
{
    private Enrolment(int count, IReadOnlyList<string>? teachers)
    {
        Count = count;
        Teachers = teachers;
    }

    /// <summary>No in-service course seats this many; a longer list is a mistake, refused before it is stored (SPEC §13.3).</summary>
    public const int MaxTeachers = 5_000;

    public int Count { get; }

    /// <summary>The enrolled teachers' national IDs (upper case), when the organiser sent them.</summary>
    public IReadOnlyList<string>? Teachers { get; }

    /// <summary>Enrolment opens with approval: a course not (or no longer) approved takes no enrolment.</summary>
    public static bool IsOpen(CourseStatus status) => status == CourseStatus.Approved;

    /// <summary>The report as sent, or every reason it cannot be recorded.</summary>
    public static (Enrolment? Enrolment, IReadOnlyList<EnrolmentIssue> Issues) Read(int? enrolled, IReadOnlyList<string?>? teachers)
    {
        var issues = new List<EnrolmentIssue>();
        if (enrolled is < 0)
        {
            issues.Add(new(EnrolmentProblem.NegativeCount));
        }

        if (teachers is null)
        {
            if (enrolled is null)
            {
                issues.Add(new(EnrolmentProblem.Missing));
            }

            return issues.Count > 0 ? (null, issues) : (new Enrolment(enrolled!.Value, null), issues);
        }

        if (teachers.Count > MaxTeachers)
        {
            issues.Add(new(EnrolmentProblem.TooManyTeachers));
            return (null, issues);
        }

        var ids = new List<string>(teachers.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < teachers.Count; i++)
        {
            if (!NationalId.IsValid(teachers[i]))
            {
                issues.Add(new(EnrolmentProblem.TeacherInvalid, i));
            }
            else if (!seen.Add(teachers[i]!.ToUpperInvariant()))
            {
                issues.Add(new(EnrolmentProblem.TeacherDuplicate, i));
            }
            else
            {
                ids.Add(teachers[i]!.ToUpperInvariant());
            }
        }

        if (enrolled is { } count && count >= 0 && count != teachers.Count)
        {
            issues.Add(new(EnrolmentProblem.CountMismatch));
        }

        return issues.Count > 0 ? (null, issues) : (new Enrolment(ids.Count, ids), issues);
    }
}
