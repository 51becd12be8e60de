namespace RegionalConsole.Domain;

/// <summary>
/// The first part of a text too long to show whole, and how long the whole was. A value stored before the input bounds
/// existed (a 29 MB outline) is shown as it is, only cut to a readable length with a note (SPEC §13.3).
/// </summary>
public readonly record struct TextExcerpt(string Text, int FullLength)
{
    /// <summary>Twice the longest outline the API accepts (SPEC §13.3: 4,000): anything lawful is shown whole.</summary>
    public const int DisplayLimit = 8_000;

    public bool IsCut => Text.Length < FullLength;

    public static TextExcerpt Of(string? text, int limit = DisplayLimit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        if (text is null || text.Length <= limit)
        {
            return new TextExcerpt(text ?? "", text?.Length ?? 0);
        }

        // Never end between the two halves of a surrogate pair: half a character cannot be encoded.
        var end = limit > 0 && char.IsHighSurrogate(text[limit - 1]) ? limit - 1 : limit;
        return new TextExcerpt(text[..end], text.Length);
    }
}
