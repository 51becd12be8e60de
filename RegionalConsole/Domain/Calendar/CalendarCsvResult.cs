using System.Diagnostics.CodeAnalysis;

namespace RegionalConsole.Domain.Calendar;

/// <summary>A problem found in an imported calendar file, on a 1-based line of that file.</summary>
public sealed record CalendarCsvError(int Line, string Message)
{
    public override string ToString() => $"第 {Line} 行：{Message}";
}

/// <summary>
/// Either the parsed year or every problem found. There is no partial result: a malformed file changes
/// nothing (SPEC §10, POST /api/v1/calendar/import).
/// </summary>
public sealed class CalendarCsvResult
{
    private CalendarCsvResult(CalendarYear? year, IReadOnlyList<CalendarCsvError> errors)
    {
        Year = year;
        Errors = errors;
    }

    public CalendarYear? Year { get; }

    public IReadOnlyList<CalendarCsvError> Errors { get; }

    [MemberNotNullWhen(true, nameof(Year))]
    public bool IsValid => Year is not null;

    public static CalendarCsvResult Success(CalendarYear year)
    {
        ArgumentNullException.ThrowIfNull(year);
        return new(year, []);
    }

    public static CalendarCsvResult Failure(IEnumerable<CalendarCsvError> errors)
    {
        var list = errors.OrderBy(e => e.Line).ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("A failed import names at least one error.", nameof(errors));
        }

        return new(null, list);
    }
}
