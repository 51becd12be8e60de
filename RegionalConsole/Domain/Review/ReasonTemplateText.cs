namespace RegionalConsole.Domain.Review;

/// <summary>The reason boxes a template can fill: 退回修正, 不通過, a tag's removal, and a cancellation's return.</summary>
public enum ReasonKind
{
    Return,
    Reject,
    TagRemoval,
    CancellationReturn,
}

/// <summary>Why a reason template is refused; <see cref="None"/> when it may be stored.</summary>
public enum ReasonTemplateRefusal
{
    None,
    NotAdministrator,
    UnknownKind,
    Empty,
    TooLong,
    ControlCharacter,
    NotFound,
}

/// <summary>
/// What a reason template may say. A template is a starting point the reviewer edits, so it is shorter than the reason it
/// becomes (SPEC §13.3: a reason ≤ 2,000 characters); it is multi-line text without other control characters.
/// </summary>
public static class ReasonTemplateText
{
    public const int MaxLength = 500;

    /// <summary>Trimmed, line breaks as <c>\n</c>: two templates that differ only there are the same template.</summary>
    public static string Clean(string? text) =>
        (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();

    public static ReasonTemplateRefusal Check(ReasonKind kind, string? text)
    {
        if (!Enum.IsDefined(kind))
        {
            return ReasonTemplateRefusal.UnknownKind;
        }

        var clean = Clean(text);
        return clean.Length == 0 ? ReasonTemplateRefusal.Empty
            : clean.Length > MaxLength ? ReasonTemplateRefusal.TooLong
            : InputBounds.HasForbiddenControl(clean, multiLine: true) ? ReasonTemplateRefusal.ControlCharacter
            : ReasonTemplateRefusal.None;
    }
}
