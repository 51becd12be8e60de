using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Courses;
using RegionalConsole.Domain.Review;
using RegionalConsole.Domain.Tags;
using RegionalConsole.Features.Tags;

namespace RegionalConsole.Features.Courses;

/// <summary>
/// The course answer of SPEC §14.2 for many courses at once: a fixed number of queries whatever their count (courses,
/// current versions, review items, decisions, tag reviews, rosters, hours issued, cancellations), so a submission, a
/// batch, a read and a changes feed all answer the same thing the same way.
/// </summary>
public sealed class CourseAnswerReader(TagRegistryService tagRegistry)
{
    /// <summary>The whole answer of each stored course of <paramref name="courseIds"/> (unknown ids are left out).</summary>
    public async Task<IReadOnlyDictionary<int, CourseAnswer>> ReadAsync(ConsoleDbContext db, IReadOnlyCollection<int> courseIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var (heads, versions, standing) = await ReadStandingAsync(db, courseIds, ct);
        var versionIds = versions.Values.Select(v => v.Id).ToList();
        var segments = (await db.ScheduleSegments.AsNoTracking().Where(s => EF.Parameter(versionIds).Contains(s.CourseVersionId))
                .Select(s => new { s.CourseVersionId, s.Index, s.Classification, s.Category, s.Term, s.Date, s.Start, s.End, s.Activity, s.Minutes })
                .ToListAsync(ct))
            .OrderBy(s => s.Index).ToLookup(s => s.CourseVersionId, s => new SegmentAnswer(s.Index, s.Classification.ToString(), s.Category?.ToString(),
                s.Term, CourseAnswers.Iso(s.Date), s.Start, s.End, s.Activity, s.Minutes));
        var checks = (await db.CheckResults.AsNoTracking().Where(c => EF.Parameter(versionIds).Contains(c.CourseVersionId))
                .Select(c => new { c.Id, c.CourseVersionId, c.Code, c.Severity, c.Rule, c.Message, c.Evidence, c.Tag }).ToListAsync(ct))
            .OrderBy(c => c.Id).ToLookup(c => c.CourseVersionId, c => new CheckAnswer(c.Code, c.Severity.ToString(), c.Rule, c.Message, c.Evidence, c.Tag));
        return heads.Values.Where(c => versions.ContainsKey(c.Id)).ToDictionary(c => c.Id, c =>
        {
            var (version, course) = (versions[c.Id], standing[c.Id]);
            return course.Complete(new CourseAnswer(c.CourseNo, c.CentreCode, c.Status.ToString(), CourseAnswers.Iso(course.ReviewDueDate),
                version.CreditableMinutes, version.JudgementMinutes, [.. segments[version.Id]], [.. checks[version.Id]], version.VersionNo));
        });
    }

    /// <summary>Where each course of <paramref name="courseIds"/> stands, to complete an answer built from a fresh check report.</summary>
    public async Task<IReadOnlyDictionary<int, CourseStanding>> StandingAsync(ConsoleDbContext db, IReadOnlyCollection<int> courseIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return (await ReadStandingAsync(db, courseIds, ct)).Standing;
    }

    /// <summary>
    /// The courses' and current versions' columns an answer needs, and where each course stands, in plain keyed queries
    /// with the ids as one array parameter (<c>EF.Parameter</c>): EF 10's default spells 1,000 ids as 1,000 parameters,
    /// and SQLite took ~14 ms to prepare each such statement, twelve times a feed page. Whole entities are not read: a
    /// version's outline and schedule text are most of its bytes and no answer carries them.
    /// </summary>
    private async Task<(Dictionary<int, CourseHead> Heads, Dictionary<int, VersionHead> Versions, Dictionary<int, CourseStanding> Standing)>
        ReadStandingAsync(ConsoleDbContext db, IReadOnlyCollection<int> courseIds, CancellationToken ct)
    {
        var ids = courseIds.Distinct().ToList();
        var courses = await db.Courses.AsNoTracking().Where(c => EF.Parameter(ids).Contains(c.Id))
            .Select(c => new CourseHead(c.Id, c.CourseNo, c.CentreCode, c.Status, c.ExternalId, c.OrganiserCode, c.EnrolledCount))
            .ToDictionaryAsync(c => c.Id, ct);
        var versions = await db.CourseVersions.AsNoTracking()
            .Where(v => EF.Parameter(ids).Contains(v.CourseId) && v.VersionNo == v.Course!.CurrentVersionNo)
            .Select(v => new VersionHead(v.Id, v.CourseId, v.VersionNo, v.CreditableMinutes, v.JudgementMinutes, v.Tags))
            .ToDictionaryAsync(v => v.CourseId, ct);
        var versionIds = versions.Values.Select(v => v.Id).ToList();
        var tagReviews = (await db.TagReviews.AsNoTracking().Where(t => EF.Parameter(versionIds).Contains(t.CourseVersionId))
            .Select(t => new { t.CourseVersionId, t.TagName, t.State }).ToListAsync(ct)).ToLookup(t => t.CourseVersionId);
        var items = await db.ReviewItems.AsNoTracking().Where(i => EF.Parameter(ids).Contains(i.CourseId))
            .Select(i => new ItemRow(i.Id, i.CourseId, i.Kind, i.Outcome, i.DecidedAt, i.DueDate, i.CancellationId)).ToListAsync(ct);
        var itemsByCourse = items.ToLookup(i => i.CourseId);
        var latestCourseItems = items.Where(i => i.Kind == ReviewKind.Course).GroupBy(i => i.CourseId)
            .ToDictionary(g => g.Key, g => g.MaxBy(i => i.Id)!);
        var decidedItemIds = latestCourseItems.Values.Where(i => i.Outcome is not null).Select(i => i.Id).ToList();
        var reasons = (await db.Decisions.AsNoTracking().Where(d => EF.Parameter(decidedItemIds).Contains(d.ReviewItemId))
                .Select(d => new { d.Id, d.ReviewItemId, d.Reason }).ToListAsync(ct))
            .GroupBy(d => d.ReviewItemId).ToDictionary(g => g.Key, g => g.MaxBy(d => d.Id)!.Reason);
        var rosters = (await db.Rosters.AsNoTracking().Where(r => EF.Parameter(ids).Contains(r.CourseId))
                .Select(r => new { r.Id, r.CourseId, Attendees = r.Attendees.Count }).ToListAsync(ct))
            .GroupBy(r => r.CourseId).ToDictionary(g => g.Key, g => g.MaxBy(r => r.Id)!.Attendees);
        var hours = (await db.StudyRecords.AsNoTracking().Where(s => EF.Parameter(ids).Contains(s.CourseId))
                .GroupBy(s => s.CourseId).Select(g => new { CourseId = g.Key, Hours = g.Sum(s => s.Hours) }).ToListAsync(ct))
            .ToDictionary(h => h.CourseId, h => h.Hours);
        var cancellations = (await db.Cancellations.AsNoTracking().Where(c => EF.Parameter(ids).Contains(c.CourseId))
                .Select(c => new { c.Id, c.CourseId, c.ReasonCategory, c.Reason }).ToListAsync(ct))
            .GroupBy(c => c.CourseId).ToDictionary(g => g.Key, g => g.MaxBy(c => c.Id)!);
        var registry = await tagRegistry.GetAsync(ct);

        var standing = new Dictionary<int, CourseStanding>(courses.Count);
        foreach (var course in courses.Values)
        {
            var version = versions.GetValueOrDefault(course.Id);
            var reviews = version is null ? new Dictionary<string, TagReviewState>()
                : tagReviews[version.Id].ToDictionary(t => t.TagName, t => t.State, StringComparer.Ordinal);
            var courseItems = itemsByCourse[course.Id];
            var latest = latestCourseItems.GetValueOrDefault(course.Id);
            var review = latest is null ? null : Review(latest, reasons.GetValueOrDefault(latest.Id));
            var cancellation = cancellations.GetValueOrDefault(course.Id) is { } c
                ? new CancellationStateAnswer(c.ReasonCategory, c.Reason,
                    CancellationState(courseItems.Where(i => i.CancellationId == c.Id).MaxBy(i => i.Id)?.Outcome))
                : null;
            standing[course.Id] = new CourseStanding(course.ExternalId, course.OrganiserCode, course.EnrolledCount, review,
                TagStates(version?.Tags ?? [], reviews, registry),
                Roster(courseItems.Where(i => i.Kind == ReviewKind.Roster).MaxBy(i => i.Id), rosters.GetValueOrDefault(course.Id), hours.GetValueOrDefault(course.Id)),
                cancellation, latest?.DueDate);
        }

        return (courses, versions, standing);
    }

    /// <summary>Each declared tag with the reviewer's judgement of it (Declared while unjudged), then the tags the reviewer added.</summary>
    internal static IReadOnlyList<TagStateAnswer> TagStates(IEnumerable<string> declared, IReadOnlyDictionary<string, TagReviewState> reviews,
        TagRegistry registry)
    {
        var names = TagReviews.DeclaredNames(declared, registry);
        return [.. names.Select(n => new TagStateAnswer(n, reviews.TryGetValue(n, out var state) && state != TagReviewState.Added ? state.ToString() : "Declared"))
            .Concat(reviews.Where(r => r.Value == TagReviewState.Added && !names.Contains(r.Key)).OrderBy(r => r.Key, StringComparer.Ordinal)
                .Select(r => new TagStateAnswer(r.Key, nameof(TagReviewState.Added))))];
    }

    /// <summary>The course's latest course review: a withdrawn item (course cancelled under review) has no outcome.</summary>
    internal static ReviewAnswer Review(ItemRow item, string? reason) => item.Outcome switch
    {
        null => new ReviewAnswer("Course", "Open", null, null, null, CourseAnswers.Iso(item.DueDate)),
        ReviewOutcome.Withdrawn => new ReviewAnswer("Course", "Withdrawn", null, null, null, CourseAnswers.Iso(item.DueDate)),
        var outcome => new ReviewAnswer("Course", "Decided", outcome.ToString(), CourseAnswers.Instant(item.DecidedAt), reason, CourseAnswers.Iso(item.DueDate)),
    };

    internal static RosterStateAnswer Roster(ItemRow? latest, int attendees, decimal hoursIssued)
    {
        var state = latest?.Outcome switch
        {
            _ when latest is null => "None",
            null => "Open",
            ReviewOutcome.Approved => "Approved",
            ReviewOutcome.Withdrawn => "None",
            _ => "Returned",
        };
        return new RosterStateAnswer(state, state == "None" ? 0 : attendees, hoursIssued);
    }

    internal static string CancellationState(ReviewOutcome? outcome) => outcome switch
    {
        null => "Open",
        ReviewOutcome.Approved => "Accepted",
        _ => "Returned",
    };

    private sealed record CourseHead(int Id, string CourseNo, string CentreCode, CourseStatus Status, string? ExternalId, string OrganiserCode,
        int EnrolledCount);

    private sealed record VersionHead(int Id, int CourseId, int VersionNo, int CreditableMinutes, int JudgementMinutes, List<string> Tags);

    internal sealed record ItemRow(int Id, int CourseId, ReviewKind Kind, ReviewOutcome? Outcome, DateTime? DecidedAt, DateOnly DueDate, int? CancellationId);
}

/// <summary>Where one course stands (SPEC §14.2): what its answer carries beyond the version's checks.</summary>
public sealed record CourseStanding(
    string? ExternalId,
    string OrganiserCode,
    int Enrolled,
    ReviewAnswer? Review,
    IReadOnlyList<TagStateAnswer> Tags,
    RosterStateAnswer Roster,
    CancellationStateAnswer? Cancellation,
    DateOnly? ReviewDueDate)
{
    public CourseAnswer Complete(CourseAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return answer with
        {
            ExternalId = ExternalId,
            OrganiserCode = OrganiserCode,
            Enrolled = Enrolled,
            Review = Review,
            Tags = Tags,
            Roster = Roster,
            Cancellation = Cancellation,
        };
    }
}
