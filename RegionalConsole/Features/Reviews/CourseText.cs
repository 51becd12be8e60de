using System.Globalization;
using Microsoft.Extensions.Localization;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;

namespace RegionalConsole.Features.Reviews;

/// <summary>How course fields read on the review screen, in the reader's language with ROC dates (SPEC §11).</summary>
public static class CourseText
{
    public static string Delivery(CourseVersion version, IStringLocalizer L)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(L);
        var text = L.DeliveryName(version.DeliveryMode);
        if (version.OnlineKind is { } kind)
        {
            text = L.WithAside(text, L.OnlineKindName(kind));
        }

        var software = version.Software.Select(s => s == "Other" && version.SoftwareOther is { } other ? other : Named(L, "Software", s)).ToList();
        return software.Count == 0 ? text : L.Labelled(text, L.List(software));
    }

    public static string Audience(CourseVersion version, IStringLocalizer L)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(L);
        return version.Audience.Count == 0 ? "—" : L.List(version.Audience.Select(a => Named(L, "Audience", a)));
    }

    // A name stored before the registries were checked (SPEC §13.3) has no text of its own: shown as stored.
    private static string Named(IStringLocalizer L, string prefix, string name) =>
        L[prefix + name] is { ResourceNotFound: false } text ? text.Value : name;

    public static string Dates(CourseVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return version.StartDate == version.EndDate
            ? UiDate.Short(version.StartDate)
            : $"{UiDate.Short(version.StartDate)}–{UiDate.Short(version.EndDate)}";
    }

    public static string Hours(decimal hours) => hours.ToString("0.#", CultureInfo.InvariantCulture);

    public static string Minutes(int minutes) => minutes.ToString(CultureInfo.InvariantCulture);

    /// <summary>A schedule segment on one line, as the diff compares them: 115/12/01 08:30–09:00 報到.</summary>
    public static string SegmentLine(ScheduleSegment segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        var date = segment.Date is { } d ? UiDate.Short(d) : "—";
        return $"{date} {segment.Start ?? "?"}–{segment.End ?? ""} {segment.Activity}".TrimEnd();
    }
}
