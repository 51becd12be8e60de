using Microsoft.Extensions.Localization;
using RegionalConsole.Domain.Review;

namespace RegionalConsole.Features.ReasonTemplates;

/// <summary>The words for each reason box and each refusal, by name: a new kind fails to compile here, not on a page.</summary>
public static class ReasonKindLabels
{
    public static string ReasonKind(this IStringLocalizer<Ui> text, ReasonKind kind)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[kind switch
        {
            Domain.Review.ReasonKind.Return => "ReasonKindReturn",
            Domain.Review.ReasonKind.Reject => "ReasonKindReject",
            Domain.Review.ReasonKind.TagRemoval => "ReasonKindTagRemoval",
            Domain.Review.ReasonKind.CancellationReturn => "ReasonKindCancellationReturn",
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        }].Value;
    }

    public static string ReasonTemplateRefusal(this IStringLocalizer<Ui> text, ReasonTemplateRefusal refusal)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[refusal switch
        {
            Domain.Review.ReasonTemplateRefusal.NotAdministrator => "ReasonTemplateRefusedNotAdministrator",
            Domain.Review.ReasonTemplateRefusal.UnknownKind => "ReasonTemplateRefusedUnknownKind",
            Domain.Review.ReasonTemplateRefusal.Empty => "ReasonTemplateRefusedEmpty",
            Domain.Review.ReasonTemplateRefusal.TooLong => "ReasonTemplateRefusedTooLong",
            Domain.Review.ReasonTemplateRefusal.ControlCharacter => "ReasonTemplateRefusedControlCharacter",
            Domain.Review.ReasonTemplateRefusal.NotFound => "ReasonTemplateRefusedNotFound",
            _ => throw new ArgumentOutOfRangeException(nameof(refusal), refusal, null),
        }].Value;
    }
}
