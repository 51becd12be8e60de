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

    // One per thread, reused: the checker checks ~10^5 courses a second and the evidence never outlives one check.
    [ThreadStatic]
    private static CourseEvidence? reused;

    private readonly List<KeywordHit> hits = [];
    private int[] scores = [];
    private int[] heaviest = [];

    private CourseEvidence()
    {
    }

    /// <summary>
    /// Finds the keywords of every tag in a course. The answer is valid until the next call on the same thread.
    /// </summary>
    public static CourseEvidence Find(
        TagRegistry registry,
        string bareTitle,
        string? outline,
        IReadOnlyList<ScheduleSegmentInput> schedule)
    {
        var evidence = reused ??= new CourseEvidence();
        var hits = evidence.hits;
        hits.Clear();
        var index = registry.Evidence;
        index.Scan(bareTitle, EvidencePlace.Title, hits);
        index.Scan(outline, EvidencePlace.Outline, hits);
        for (var i = 0; i < schedule.Count; i++)
        {
            index.Scan(schedule[i].Activity, EvidencePlace.Schedule, hits);
        }

        evidence.AddUp(registry.All.Count);
        return evidence;
    }

    private void AddUp(int tagCount)
    {
        if (scores.Length != tagCount)
        {
            (scores, heaviest) = (new int[tagCount], new int[tagCount]);
        }
        else
        {
            Array.Clear(scores);
            Array.Clear(heaviest);
        }

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

    public bool IsStrong(int tag) => scores[tag] >= StrongEvidence && heaviest[tag] > 1;

    /// <summary>Whether any keyword of the tag (near misses aside) appears anywhere.</summary>
    public bool HasEvidence(int tag) => scores[tag] > 0;

    /// <summary>The words that matched for a tag, by place: 「標題：『國際教育』；大綱：『跨文化』、『全球公民』」.</summary>
    public string Describe(int tag)
    {
        var text = new StringBuilder();
        var words = new List<string>(QuotedWordsPerPlace + 1);
        foreach (var place in (ReadOnlySpan<EvidencePlace>)[EvidencePlace.Title, EvidencePlace.Outline, EvidencePlace.Schedule])
        {
            words.Clear();
            foreach (var hit in hits)
            {
                if (hit.Place == place && WeightFor(hit, tag) > 0 && words.Count <= QuotedWordsPerPlace && !words.Contains(hit.Typed))
                {
                    words.Add(hit.Typed);
                }
            }

            if (words.Count == 0)
            {
                continue;
            }

            text.Append(text.Length == 0 ? string.Empty : "；").Append(PlaceNames[(int)place]).Append('：');
            for (var i = 0; i < Math.Min(words.Count, QuotedWordsPerPlace); i++)
            {
                text.Append(i == 0 ? "『" : "、『").Append(words[i]).Append('』');
            }

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
