using RegionalConsole.Domain.Review;

namespace RegionalConsole.Data.Entities;

/// <summary>
/// A common reason an administrator keeps for one kind of reason box; reviewers pick it and edit it, and the most used
/// come first (<see cref="UseCount"/>).
/// </summary>
public class ReasonTemplate
{
    private ReasonTemplate()
    {
    }

    public int Id { get; private set; }
    public ReasonKind Kind { get; private set; }
    public string Text { get; private set; } = "";

    /// <summary>How often reviewers picked it.</summary>
    public int UseCount { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    /// <summary>A new template, or the refusal of its text (<see cref="ReasonTemplateText"/>).</summary>
    public static (ReasonTemplate? Template, ReasonTemplateRefusal Refusal) Create(ReasonKind kind, string? text, DateTime now)
    {
        var refusal = ReasonTemplateText.Check(kind, text);
        return refusal == ReasonTemplateRefusal.None
            ? (new ReasonTemplate { Kind = kind, Text = ReasonTemplateText.Clean(text), UpdatedAt = now }, refusal)
            : (null, refusal);
    }

    /// <summary>New words for the same kind of box; its use count stays (it is the same reason, better put).</summary>
    public ReasonTemplateRefusal Rewrite(string? text, DateTime now)
    {
        var refusal = ReasonTemplateText.Check(Kind, text);
        if (refusal == ReasonTemplateRefusal.None)
        {
            (Text, UpdatedAt) = (ReasonTemplateText.Clean(text), now);
        }

        return refusal;
    }

    public void RecordUse() => UseCount++;
}
