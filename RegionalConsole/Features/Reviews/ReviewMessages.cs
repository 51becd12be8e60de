using Microsoft.Extensions.Localization;
using RegionalConsole.Domain.Tags;

namespace RegionalConsole.Features.Reviews;

/// <summary>The review screen's refusal words, one resource key per case (a key built from a name breaks silently on a rename).</summary>
public static class ReviewMessages
{
    public static string TagRefusal(IStringLocalizer text, TagReviewRefusal refusal)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[refusal switch
        {
            TagReviewRefusal.OutOfScope => "TagRefusedOutOfScope",
            TagReviewRefusal.ItemDecided => "TagRefusedItemDecided",
            TagReviewRefusal.NotDeclared => "TagRefusedNotDeclared",
            TagReviewRefusal.UnknownTag => "TagRefusedUnknownTag",
            TagReviewRefusal.NotActive => "TagRefusedNotActive",
            TagReviewRefusal.AlreadyDeclared => "TagRefusedAlreadyDeclared",
            TagReviewRefusal.ReasonRequired => "TagRefusedReasonRequired",
            TagReviewRefusal.NothingToUndo => "TagRefusedNothingToUndo",
            _ => "TagRefusedNotFound",
        }].Value;
    }

    public static string DecisionRefusal(IStringLocalizer text, DecisionStatus status)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[status switch
        {
            DecisionStatus.NotFound => "DecisionNotFound",
            DecisionStatus.ReasonRequired => "DecisionReasonRequired",
            DecisionStatus.OverrideReasonRequired => "DecisionOverrideReasonRequired",
            _ => "DecisionForbidden",
        }].Value;
    }
}
