namespace RegionalConsole.Domain;

/// <summary>
/// The bounds every API body and query string is held to (SPEC §13.3): dates a course can really have, text no longer
/// than a reviewer can read, no control characters except line breaks in multi-line text.
/// </summary>
public static class InputBounds
{
    public const int Title = 200;
    public const int Outline = 4_000;
    public const int ApprovalDocNo = 100;
    public const int Activity = 500;
    public const int ScheduleText = 20_000;
    public const int TagName = 50;
    public const int Name = 120;
    public const int Reason = 2_000;

    /// <summary>The first date a course may have: the Republic's first day.</summary>
    public static readonly DateOnly EarliestCourseDate = new(1912, 1, 1);

    /// <summary>The last date a course may have: ten years after today.</summary>
    public static DateOnly LatestCourseDate(DateOnly today) => today.AddYears(10);

    public static bool IsCourseDate(DateOnly date, DateOnly today) => date >= EarliestCourseDate && date <= LatestCourseDate(today);

    /// <summary>
    /// Whether the text holds a control character it may not: any, or in multi-line text any but CR and LF (a tab is
    /// refused too — it is how a forged header or an address that leaves the site hides).
    /// </summary>
    public static bool HasForbiddenControl(string text, bool multiLine = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var c in text)
        {
            if (char.IsControl(c) && !(multiLine && c is '\r' or '\n'))
            {
                return true;
            }
        }

        return false;
    }
}
