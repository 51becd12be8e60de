using System.Text;
using RegionalConsole.Domain.Schedule;

namespace RegionalConsole.Domain.Tags;

/// <summary>
/// The keywords found in one course's title (its tag prefixes removed), outline and schedule activities, and what they
/// add up to for each tag of the registry.
/// </summary>
/// <remarks>
/// Scoring, kept simple so it can be measured against the labelled titles in the tests: each distinct keyword counts
/// once, its weight (1–3) times <see cref="TitleFactor"/> when the title names it and 1 when only the outline or schedule
/// does; a tag scoring <see cref="StrongEvidence"/> or more, with at least one keyword that is more than supporting
/// (weight 2 or 3), is strongly evidenced. So one strong keyword or one good one in the title is enough; the outline
/// alone needs a strong keyword and another, or two good ones; supporting words (國際, 資訊) never add up to enough alone.
/// </remarks>
internal sealed class CourseEvidence
{
    public const int TitleFactor = 2;
    public const int StrongEvidence = 4;

    private const int QuotedWordsPerPlace = 4;
    private static readonly string[] PlaceNames = ["標題", "大綱", "課程表"];

    private readonly List<KeywordHit> hits;
    private readonly int[] scores;
    private readonly int[] heaviest;

    private CourseEvidence(List<KeywordHit> hits, int tagCount)
    {
        this.hits = hits;
        scores = new int[tagCount];
        heaviest = new int[tagCount];
        for (var i = 0; i < hits.Count; i++)
        {
            if (!IsBestOfItsKeyword(i))
            {
                continue;
            }

            var factor = hits[i].Place == EvidencePlace.Title ? TitleFactor : 1;
            foreach (var (tag, weight) in hits[i].Keyword.Tags)
            {
                scores[tag] += weight * factor;
                heaviest[tag] = Math.Max(heaviest[tag], weight);
            }
        }
    }

    public static CourseEvidence Find(
        TagRegistry registry,
        string bareTitle,
        string? outline,
        IReadOnlyList<ScheduleSegmentInput> schedule)
    {
        var index = registry.Evidence;
        var hits = new List<KeywordHit>();
        index.Scan(bareTitle, EvidencePlace.Title, hits);
        index.Scan(outline, EvidencePlace.Outline, hits);
        foreach (var segment in schedule)
        {
            index.Scan(segment.Activity, EvidencePlace.Schedule, hits);
        }

        return new CourseEvidence(hits, registry.All.Count);
    }

    public int Score(int tag) => scores[tag];

    public bool IsStrong(int tag) => scores[tag] >= StrongEvidence && heaviest[tag] > 1;

    /// <summary>Whether any keyword of the tag (near misses aside) appears anywhere.</summary>
    public bool HasEvidence(int tag) => scores[tag] > 0;

    /// <summary>The words that matched for a tag, by place: 「標題：『國際教育』；大綱：『跨文化』、『全球公民』」.</summary>
    public string Describe(int tag)
    {
        var text = new StringBuilder();
        foreach (var place in (ReadOnlySpan<EvidencePlace>)[EvidencePlace.Title, EvidencePlace.Outline, EvidencePlace.Schedule])
        {
            var words = hits
                .Where(h => h.Place == place && WeightFor(h, tag) > 0)
                .Select(h => h.Typed)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (words.Count == 0)
            {
                continue;
            }

            text.Append(text.Length == 0 ? string.Empty : "；").Append(PlaceNames[(int)place]).Append('：');
            text.AppendJoin('、', words.Take(QuotedWordsPerPlace).Select(w => $"『{w}』"));
            if (words.Count > QuotedWordsPerPlace)
            {
                text.Append('…');
            }
        }

        return text.ToString();
    }

    private static int WeightFor(KeywordHit hit, int tag)
    {
        foreach (var (t, weight) in hit.Keyword.Tags)
        {
            if (t == tag)
            {
                return weight;
            }
        }

        return 0;
    }

    // A keyword found in several places counts once, where it counts most (the title).
    private bool IsBestOfItsKeyword(int i)
    {
        for (var j = 0; j < hits.Count; j++)
        {
            if (j != i && ReferenceEquals(hits[j].Keyword, hits[i].Keyword)
                && (hits[j].Place < hits[i].Place || (hits[j].Place == hits[i].Place && j < i)))
            {
                return false;
            }
        }

        return true;
    }
}
