using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Cancellations;
using RegionalConsole.Domain.Courses;
using RegionalConsole.Domain.Review;
using RegionalConsole.Domain.Tags;
using RegionalConsole.Features.Cancellations;

namespace RegionalConsole.Features.Reviews;

/// <summary>One field an audit entry changed, in words: its label and its value before and after (null: not recorded).</summary>
public sealed record AuditChange(string Field, string Label, string? Before, string? After);

/// <summary>
/// The history's audit entries in words (issue #19 item 9): the stored JSON of what changed becomes field labels and
/// values — a status by its name, a date as a date, a person by display name. Identifiers that mean nothing to a reader
/// (item, roster and version ids) and fields not listed here are left out rather than shown raw.
/// </summary>
public static class AuditWords
{
    private enum Shape
    {
        Text,
        Number,
        Date,
        Version,
        CourseStatus,
        Outcome,
        Person,
        TagState,
        Category,
        YesNo,
        List,
    }

    // Field → (label, how its value reads); each label key written out (a rename fails the resource test, not a page).
    private static readonly Dictionary<string, (string Label, Shape Shape)> Fields = new(StringComparer.Ordinal)
    {
        ["Status"] = ("AuditFieldStatus", Shape.CourseStatus),
        ["CourseStatus"] = ("AuditFieldStatus", Shape.CourseStatus),
        ["Outcome"] = ("AuditFieldOutcome", Shape.Outcome),
        ["AssigneeId"] = ("AuditFieldAssignee", Shape.Person),
        ["DueDate"] = ("AuditFieldDueDate", Shape.Date),
        ["Title"] = ("AuditFieldTitle", Shape.Text),
        ["StartDate"] = ("AuditFieldStartDate", Shape.Date),
        ["EndDate"] = ("AuditFieldEndDate", Shape.Date),
        ["Version"] = ("AuditFieldVersion", Shape.Version),
        ["RosterVersion"] = ("AuditFieldVersion", Shape.Version),
        ["EnrolledCount"] = ("AuditFieldEnrolled", Shape.Number),
        ["Attendees"] = ("AuditFieldAttendees", Shape.Number),
        ["Teachers"] = ("AuditFieldTeachers", Shape.Number),
        ["TotalHours"] = ("AuditFieldTotalHours", Shape.Number),
        ["ErrorCount"] = ("AuditFieldErrors", Shape.Number),
        ["WarningCount"] = ("AuditFieldWarnings", Shape.Number),
        ["Tag"] = ("AuditFieldTag", Shape.Text),
        ["Tags"] = ("AuditFieldTags", Shape.List),
        ["State"] = ("AuditFieldTagState", Shape.TagState),
        ["CentreCode"] = ("AuditFieldCentre", Shape.Text),
        ["CreditableMinutes"] = ("AuditFieldCreditableMinutes", Shape.Number),
        ["ReasonCategory"] = ("AuditFieldCategory", Shape.Category),
        ["Recipients"] = ("AuditFieldRecipients", Shape.Number),
        ["OverrideReason"] = ("AuditFieldOverrideReason", Shape.Text),
        ["OverriddenChecks"] = ("AuditFieldOverriddenChecks", Shape.List),
        ["TeacherList"] = ("AuditFieldTeacherList", Shape.YesNo),
    };

    /// <summary>The accounts an entry names by id (assignees before and after), so the history can name them.</summary>
    public static IEnumerable<int> AccountIds(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        foreach (var json in new[] { entry.Before, entry.After })
        {
            if (Parse(json) is { } root && root.TryGetProperty("AssigneeId", out var id) && id.ValueKind == JsonValueKind.Number)
            {
                yield return id.GetInt32();
            }
        }
    }

    public static IReadOnlyList<AuditChange> Changes(IStringLocalizer<Ui> text, AuditEntry entry, ReviewHistory history)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(entry);
        var before = Parse(entry.Before);
        var after = Parse(entry.After);
        var changes = new List<AuditChange>();
        foreach (var field in Names(after).Concat(Names(before)).Distinct(StringComparer.Ordinal))
        {
            if (!Fields.TryGetValue(field, out var known))
            {
                continue;
            }

            var was = Value(before, field);
            var now = Value(after, field);
            if (was is { } w && now is { } n && w.GetRawText() == n.GetRawText())
            {
                continue;
            }

            changes.Add(new AuditChange(field, text[known.Label], Words(text, history, known.Shape, was), Words(text, history, known.Shape, now)));
        }

        return changes;
    }

    private static JsonElement? Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            // An entry written before this format: its fields are not known, and nothing raw is shown.
            return null;
        }
    }

    private static IEnumerable<string> Names(JsonElement? root) =>
        root is { } r ? r.EnumerateObject().Select(p => p.Name) : [];

    private static JsonElement? Value(JsonElement? root, string field) =>
        root is { } r && r.TryGetProperty(field, out var value) ? value : null;

    private static string? Words(IStringLocalizer<Ui> text, ReviewHistory history, Shape shape, JsonElement? value)
    {
        if (value is not { } v)
        {
            return null;
        }

        if (v.ValueKind == JsonValueKind.Null)
        {
            return shape == Shape.Outcome ? text["Undecided"] : text["HistoryNobody"];
        }

        var raw = v.ValueKind == JsonValueKind.String ? v.GetString()! : v.GetRawText();
        return shape switch
        {
            Shape.CourseStatus when Named<CourseStatus>(raw, out var status) => text[ReviewStateLabels.CourseStatusKey(status)],
            Shape.Outcome when Named<ReviewOutcome>(raw, out var outcome) => text.Outcome(outcome),
            Shape.Person when v.ValueKind == JsonValueKind.Number => history.PersonName(v.GetInt32()),
            Shape.Date when DateOnly.TryParse(raw, CultureInfo.InvariantCulture, out var date) => UiDate.Short(date),
            Shape.Version => string.Format(CultureInfo.CurrentCulture, text["VersionNo"], raw),
            Shape.TagState when Named<TagReviewState>(raw, out var state) => text[TagStateKey(state)],
            Shape.Category when Named<CancellationCategory>(raw, out var category) => text.CancellationCategoryName(category),
            Shape.YesNo => text[v.ValueKind == JsonValueKind.True ? "HistoryYes" : "HistoryNo"],
            Shape.List when v.ValueKind == JsonValueKind.Array => string.Join(text["HistoryListSeparator"].Value, v.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : e.GetRawText())),
            Shape.Number when v.ValueKind == JsonValueKind.Number => v.GetDecimal().ToString("#,0.##", CultureInfo.CurrentCulture),
            _ => raw,
        };
    }

    /// <summary>
    /// A stored value that names one of the enum's values. Enum.TryParse alone also takes digits ("42") for a value the
    /// enum does not have, and the words for it would throw: such a value shows as stored (SPEC §13.3).
    /// </summary>
    private static bool Named<TEnum>(string? raw, out TEnum value)
        where TEnum : struct, Enum =>
        Enum.TryParse(raw, out value) && Enum.IsDefined(value);

    private static string TagStateKey(TagReviewState state) => state switch
    {
        TagReviewState.Confirmed => "TagStateConfirmed",
        TagReviewState.Removed => "TagStateRemoved",
        TagReviewState.Added => "TagStateAdded",
        _ => "TagStatePending",
    };
}
