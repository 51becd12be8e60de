namespace RegionalConsole.Data.Entities;

/// <summary>
/// An hour-equivalence ruling (綜合座談; SPEC §8): whether training of one kind counts toward a requirement of
/// another, with its legal basis and scope. Rosters of courses whose title matches <see cref="CourseKeywords"/> show it.
/// </summary>
public class HourRuling
{
    public int Id { get; set; }

    /// <summary>The training the ruling is about, e.g. 急救人員安全衛生教育訓練(16小時).</summary>
    public required string Subject { get; set; }

    /// <summary>Words a course title must all contain for the ruling to apply to it.</summary>
    public List<string> CourseKeywords { get; set; } = [];

    /// <summary>What it counts toward, e.g. 教保服務人員「基本救命術訓練」.</summary>
    public required string CountsToward { get; set; }

    public required string Conclusion { get; set; }
    public required string LegalBasis { get; set; }

    /// <summary>Who and what it covers, in words.</summary>
    public required string Scope { get; set; }

    /// <summary>The county it was ruled for; null = nationwide (recorded by an administrator).</summary>
    public string? CountyCode { get; set; }

    public required string RecordedBy { get; set; }
    public DateTime RecordedAt { get; set; }

    /// <summary>When the ruling stopped applying; a retired ruling is kept for history and matches no roster.</summary>
    public DateTime? RetiredAt { get; set; }

    public string? RetiredBy { get; set; }
}
