using Microsoft.Extensions.Localization;
using RegionalConsole.Domain.Calendar;

namespace RegionalConsole.Features.Calendar;

/// <summary>The calendar page's words for kinds of day and closure refusals, each value by name (no keys built from names).</summary>
public static class CalendarLabels
{
    public static string DayKindName(this IStringLocalizer<Ui> text, CalendarDayKind kind)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[kind switch
        {
            CalendarDayKind.Working => "CalendarKindWorking",
            CalendarDayKind.MakeUpWorkday => "CalendarKindMakeUpWorkday",
            CalendarDayKind.Weekend => "CalendarKindWeekend",
            CalendarDayKind.Holiday => "CalendarKindHoliday",
            CalendarDayKind.Closure => "CalendarKindClosure",
            CalendarDayKind.NotLoaded => "CalendarKindNotLoaded",
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        }].Value;
    }

    /// <summary>「第 3 行：…」: an import problem and its line in the reader's language, each problem by name.</summary>
    public static string CsvErrorMessage(this IStringLocalizer<Ui> text, CalendarCsvError error)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(error);
        var words = text[error.Problem switch
        {
            CalendarCsvProblem.TooLarge => "ImportCsvTooLarge",
            CalendarCsvProblem.Undecodable => "ImportCsvUndecodable",
            CalendarCsvProblem.UndecodableAsEither => "ImportCsvUndecodableAsEither",
            CalendarCsvProblem.MalformedQuotes => "ImportCsvMalformedQuotes",
            CalendarCsvProblem.Empty => "ImportCsvEmpty",
            CalendarCsvProblem.MissingColumns => "ImportCsvMissingColumns",
            CalendarCsvProblem.NoDates => "ImportCsvNoDates",
            CalendarCsvProblem.BadDate => "ImportCsvBadDate",
            CalendarCsvProblem.WrongWeekday => "ImportCsvWrongWeekday",
            CalendarCsvProblem.BadDayOff => "ImportCsvBadDayOff",
            CalendarCsvProblem.OtherYear => "ImportCsvOtherYear",
            CalendarCsvProblem.Duplicate => "ImportCsvDuplicate",
            CalendarCsvProblem.MissingDay => "ImportCsvMissingDay",
            CalendarCsvProblem.MissingDays => "ImportCsvMissingDays",
            _ => throw new ArgumentOutOfRangeException(nameof(error), error.Problem, null),
        }, [.. error.Values]].Value;
        return text["ImportCsvLine", error.Line, words].Value;
    }

    public static string? ClosureErrorMessage(this IStringLocalizer<Ui> text, ClosureError error)
    {
        ArgumentNullException.ThrowIfNull(text);
        string? key = error switch
        {
            ClosureError.None => null,
            ClosureError.NotAllowed => "ClosureErrorNotAllowed",
            ClosureError.UnknownCounty => "ClosureErrorUnknownCounty",
            ClosureError.ReasonRequired => "ClosureErrorReasonRequired",
            ClosureError.ReasonTooLong => "ClosureErrorReasonTooLong",
            ClosureError.YearNotLoaded => "ClosureErrorYearNotLoaded",
            ClosureError.AlreadyOff => "ClosureErrorAlreadyOff",
            ClosureError.Duplicate => "ClosureErrorDuplicate",
            ClosureError.NotFound => "ClosureErrorNotFound",
            _ => throw new ArgumentOutOfRangeException(nameof(error), error, null),
        };
        return key is null ? null : text[key].Value;
    }
}
