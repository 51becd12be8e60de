using System.Globalization;

namespace RegionalConsole.Domain.Tags;

/// <summary>
/// A word or phrase that shows a course fits a tag, with how much it shows it: 3 decides alone (基本救命術), 2 is
/// good evidence (跨文化), 1 only supports (國際). Weight 0 marks a near miss (資訊安全 for 安全教育): never evidence,
/// but it hides the shorter keywords inside it.
/// </summary>
/// <remarks>Written <c>term=weight</c> (「跨文化=2」) where one string holds it, as the tag table stores it.</remarks>
public readonly record struct TagKeyword
{
    public const int MaxWeight = 3;

    public TagKeyword(string term, int weight)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(term);
        ArgumentOutOfRangeException.ThrowIfNegative(weight);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(weight, MaxWeight);
        Term = term.Trim();
        Weight = weight;
    }

    public string Term { get; }

    public int Weight { get; }

    public bool IsNearMiss => Weight == 0;

    /// <summary>Reads 「跨文化=2」; a term without <c>=weight</c> is strong evidence (weight 3).</summary>
    public static TagKeyword Parse(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var at = text.LastIndexOf('=');
        if (at > 0 && int.TryParse(text.AsSpan(at + 1).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var weight))
        {
            return new TagKeyword(text[..at], weight);
        }

        return new TagKeyword(text, MaxWeight);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Term}={Weight}");
}
