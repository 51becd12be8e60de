using RegionalConsole.Domain.Review;
using RegionalConsole.Domain.Schedule;

namespace RegionalConsole.Features.Statistics;

/// <summary>A centre the statistics cover: one the person may read, within the filter.</summary>
public sealed record StatisticsCentre(string Code, string Name, string? CountyCode);

/// <summary>The centres a filter resolves to for one person; statistics read only these (SPEC §1).</summary>
/// <param name="AllCentres">Every centre there is (an administrator, unfiltered): queries then need no centre condition.</param>
public sealed record StatisticsScope(StatisticsFilter Filter, IReadOnlyList<StatisticsCentre> Centres, bool AllCentres = false)
{
    public IReadOnlyList<string> Codes { get; } = [.. Centres.Select(c => c.Code)];

    public string NameOf(string code) => Centres.FirstOrDefault(c => c.Code == code)?.Name ?? code;
}

/// <summary>Open items of a centre today by SLA state (SPEC §4: backlog).</summary>
public sealed record BacklogRow(string CentreCode, string CentreName, int OnTrack, int DueSoon, int Overdue)
{
    public int Total => OnTrack + DueSoon + Overdue;
}

/// <summary>Items decided in a month: met = decided on or before the due date (SPEC §4).</summary>
public sealed record ComplianceRow(string CentreCode, string CentreName, int Month, int Decided, int Met)
{
    public double? Rate => Decided == 0 ? null : (double)Met / Decided;
}

/// <summary>Median working days from submission to decision (SPEC §4 reports).</summary>
public sealed record DecisionTimeRow(string CentreCode, string CentreName, int Decided, double? MedianWorkingDays);

/// <summary>Courses whose reviewed version carries the tag as confirmed (confirmed or added by the reviewer).</summary>
public sealed record TagCountRow(string TagName, string Label, int Year, int Courses);

public sealed record CancellationReasonRow(string ReasonCategory, int Cancellations, int Recipients);

/// <summary>Hours issued (核發時數) by organiser county.</summary>
public sealed record CountyHoursRow(string CountyCode, string CountyName, int Records, decimal Hours);

/// <summary>Hours issued to teachers serving at preschools (教保服務人員), by the preschool's county.</summary>
public sealed record PreschoolHoursRow(string CountyCode, string CountyName, int Teachers, int Records, decimal Hours);

/// <summary>
/// One case for the consultation meeting (共同研討一 提案一 決議二): a schedule segment with an under-discussion term or
/// mixed content, and how the centre decided the course.
/// </summary>
public sealed record CaseFileRow(
    string CourseNo,
    string CentreCode,
    string Title,
    DateOnly? Date,
    string? Start,
    string? End,
    string? Activity,
    SegmentClassification Classification,
    string? Term,
    int Minutes,
    ReviewOutcome? Outcome,
    string? DecisionReason,
    DateOnly? DecidedDate);

/// <summary>The case file's first rows and how many there are in all.</summary>
public sealed record CaseFilePage(IReadOnlyList<CaseFileRow> Rows, int Total);

/// <summary>Everything the statistics page shows, as one workbook exports it.</summary>
public sealed record StatisticsReport(
    StatisticsScope Scope,
    DateTime GeneratedAt,
    IReadOnlyList<BacklogRow> Backlog,
    IReadOnlyList<ComplianceRow> Compliance,
    IReadOnlyList<DecisionTimeRow> DecisionTimes,
    IReadOnlyList<TagCountRow> Tags,
    IReadOnlyList<CancellationReasonRow> Cancellations,
    IReadOnlyList<CountyHoursRow> CountyHours,
    IReadOnlyList<PreschoolHoursRow> PreschoolHours,
    CaseFilePage CaseFile);
