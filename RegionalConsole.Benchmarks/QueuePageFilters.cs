using RegionalConsole.Domain.Tags;
using RegionalConsole.Features.Queues;
using AppQueueFilter = RegionalConsole.Features.Queues.QueueFilter;

namespace RegionalConsole.Benchmarks;

/// <summary>
/// The queue page's filters that <see cref="QueueServiceBenchmarks"/> measures: the index-only ones, a tag, and text
/// searches of the demo data's titles and organisers that match many, few or no items of the busiest centre.
/// </summary>
public enum QueuePageFilter
{
    None,
    WithErrors,
    Unassigned,
    Tag,
    /// <summary>Five digits: a title word, not a course number; no demo title holds them.</summary>
    SearchDigits,
    /// <summary>Two characters, in many titles: too short for trigrams.</summary>
    SearchTwoCharacters,
    /// <summary>A word of one demo theme: a few percent of the titles.</summary>
    SearchWord,
    /// <summary>A word no title holds.</summary>
    SearchNothing,
    /// <summary>An organiser word of another county: many organisers nationally, none in the busiest centre's queue.</summary>
    OrganiserElsewhere,
    /// <summary>An organiser word common in the busiest centre.</summary>
    OrganiserCommon,
}

internal static class QueuePageFilters
{
    public static AppQueueFilter Of(QueuePageFilter filter) => filter switch
    {
        QueuePageFilter.WithErrors => new AppQueueFilter { HasErrors = true },
        QueuePageFilter.Unassigned => new AppQueueFilter { Assignee = AssigneeFilter.Unassigned },
        QueuePageFilter.Tag => new AppQueueFilter { Tag = TagDefaults.Bilingual },
        QueuePageFilter.SearchDigits => new AppQueueFilter { Search = "12345" },
        QueuePageFilter.SearchTwoCharacters => new AppQueueFilter { Search = "教學" },
        QueuePageFilter.SearchWord => new AppQueueFilter { Search = "基本救命術" },
        QueuePageFilter.SearchNothing => new AppQueueFilter { Search = "量子力學" },
        QueuePageFilter.OrganiserElsewhere => new AppQueueFilter { Organiser = "嘉義縣立" },
        QueuePageFilter.OrganiserCommon => new AppQueueFilter { Organiser = "國立" },
        _ => new AppQueueFilter(),
    };
}
