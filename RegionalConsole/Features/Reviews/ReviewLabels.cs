using Microsoft.Extensions.Localization;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Checks;
using RegionalConsole.Domain.Review;
using RegionalConsole.Domain.Schedule;
using RegionalConsole.Domain.Tags;

namespace RegionalConsole.Features.Reviews;

/// <summary>
/// The review screen's words for its enums, each value by name: a renamed or added value fails to compile here instead
/// of showing a resource key on the page (no key built by concatenation).
/// </summary>
public static class ReviewLabels
{
    public static string SeverityName(this IStringLocalizer text, CheckSeverity severity) => Word(text, severity switch
    {
        CheckSeverity.Error => "SeverityError",
        CheckSeverity.Warning => "SeverityWarning",
        CheckSeverity.Info => "SeverityInfo",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, null),
    });

    public static string KindName(this IStringLocalizer text, ReviewKind kind) => Word(text, kind switch
    {
        ReviewKind.Course => "KindCourse",
        ReviewKind.Roster => "KindRoster",
        ReviewKind.Cancellation => "KindCancellation",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    });

    public static string SegmentClassificationName(this IStringLocalizer text, SegmentClassification classification) => Word(text, classification switch
    {
        SegmentClassification.Creditable => "ClassificationCreditable",
        SegmentClassification.Excluded => "ClassificationExcluded",
        SegmentClassification.Mixed => "ClassificationMixed",
        SegmentClassification.UnderDiscussion => "ClassificationUnderDiscussion",
        _ => throw new ArgumentOutOfRangeException(nameof(classification), classification, null),
    });

    /// <summary>The kinds of time 管理規定第10條第4款 does not count (開閉幕, 午休, …).</summary>
    public static string ExcludedCategoryName(this IStringLocalizer text, ExcludedCategory category) => Word(text, category switch
    {
        ExcludedCategory.Travel => "CategoryTravel",
        ExcludedCategory.SignInOut => "CategorySignInOut",
        ExcludedCategory.OpeningClosing => "CategoryOpeningClosing",
        ExcludedCategory.FreeVisit => "CategoryFreeVisit",
        ExcludedCategory.Appreciation => "CategoryAppreciation",
        ExcludedCategory.LunchBreak => "CategoryLunchBreak",
        ExcludedCategory.Intermission => "CategoryIntermission",
        ExcludedCategory.TeaBreak => "CategoryTeaBreak",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    });

    /// <summary>A declared tag's standing; null is a tag nobody has judged yet (待確認).</summary>
    public static string TagStateName(this IStringLocalizer text, TagReviewState? state) => Word(text, state switch
    {
        null => "TagStatePending",
        TagReviewState.Confirmed => "TagStateConfirmed",
        TagReviewState.Removed => "TagStateRemoved",
        TagReviewState.Added => "TagStateAdded",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    });

    public static string DeliveryName(this IStringLocalizer text, DeliveryMode mode) => Word(text, mode switch
    {
        DeliveryMode.InPerson => "DeliveryInPerson",
        DeliveryMode.Online => "DeliveryOnline",
        DeliveryMode.Blended => "DeliveryBlended",
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
    });

    public static string OnlineKindName(this IStringLocalizer text, OnlineKind kind) => Word(text, kind switch
    {
        OnlineKind.Live => "OnlineKindLive",
        OnlineKind.Recorded => "OnlineKindRecorded",
        OnlineKind.SelfPaced => "OnlineKindSelfPaced",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    });

    /// <summary>Where an item stands against the 3-working-day SLA (SPEC §4), as the review header says it.</summary>
    public static string SlaName(this IStringLocalizer text, SlaState state) => Word(text, state switch
    {
        SlaState.OnTrack => "SlaOnTrack",
        SlaState.DueSoon => "SlaDueSoon",
        SlaState.Overdue => "SlaOverdue",
        SlaState.Met => "SlaMet",
        SlaState.Breached => "SlaBreached",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    });

    private static string Word(IStringLocalizer text, string key)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[key].Value;
    }
}
