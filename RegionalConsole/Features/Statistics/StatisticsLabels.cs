using System.Globalization;
using Microsoft.Extensions.Localization;
using RegionalConsole.Domain.Review;
using RegionalConsole.Domain.Schedule;

namespace RegionalConsole.Features.Statistics;

/// <summary>
/// The statistics page's words for the values in its tables and charts, in the person's language (SPEC §11); the
/// workbooks keep their zh-TW words from <see cref="StatisticsSheets"/> (SPEC §9).
/// </summary>
public static class StatisticsLabels
{
    public static string Reason(this IStringLocalizer<Ui> text, string category)
    {
        ArgumentNullException.ThrowIfNull(text);
        var label = text["StatReason" + category];
        // A category the page has no word for shows as stored rather than as a key.
        return label.ResourceNotFound ? category : label.Value;
    }

    public static string Classification(this IStringLocalizer<Ui> text, SegmentClassification classification)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text["StatClassification" + classification].Value;
    }

    public static string Outcome(this IStringLocalizer<Ui> text, ReviewOutcome? outcome)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[outcome switch
        {
            null => "StatOutcomePending",
            ReviewOutcome.Approved => "StatOutcomeApproved",
            ReviewOutcome.Returned => "StatOutcomeReturned",
            ReviewOutcome.Rejected => "StatOutcomeRejected",
            ReviewOutcome.Withdrawn => "StatOutcomeWithdrawn",
            _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
        }].Value;
    }

    /// <summary>115年3月, or 115/03 in English: a month of an ROC year.</summary>
    public static string Month(this IStringLocalizer<Ui> text, int year, int month)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text["StatMonth", year.ToString(CultureInfo.InvariantCulture), month.ToString(CultureInfo.InvariantCulture), month.ToString("00", CultureInfo.InvariantCulture)].Value;
    }

    /// <summary>The centre name of a row, or the words for all centres on the total row (its centre code is empty).</summary>
    public static string CentreName(this IStringLocalizer<Ui> text, string centreCode, string centreName)
    {
        ArgumentNullException.ThrowIfNull(text);
        return centreCode.Length == 0 ? text["StatAllCentres"].Value : centreName;
    }
}
