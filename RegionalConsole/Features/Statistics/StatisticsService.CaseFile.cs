using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Schedule;

namespace RegionalConsole.Features.Statistics;

public sealed partial class StatisticsService
{
    /// <summary>Segments the streamed case file reads before it looks up their reviews: one pair of keyed queries per chunk.</summary>
    private const int CaseFileChunk = 1_000;

    /// <summary>
    /// The case file the meeting asked for (共同研討一 提案一 決議二): every segment with an under-discussion term and
    /// every mixed segment of the courses starting in the period, with the centre's decision; the first
    /// <paramref name="take"/> in course order, and the count of all.
    /// </summary>
    public async Task<CaseFilePage> CaseFileAsync(StatisticsScope scope, int take, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = await ReadAsync(ct);
        // One pass over the cases' keys in course order both counts them and finds the first ones; only those are then
        // read in full, so the reviews' outcome and reason are looked up for the rows shown, not for every case.
        var first = new List<long>();
        var total = 0;
        await foreach (var id in CaseFileKeys(db, scope).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (total++ < take)
            {
                first.Add(id);
            }
        }

        var rows = first.Count == 0 ? [] : await WithDecisionsAsync(db, await CaseFileQuery(db, scope, first).ToListAsync(ct), ct);
        return new CaseFilePage(rows, total);
    }

    /// <summary>The case file in course order, for a streamed export of all of it.</summary>
    public async IAsyncEnumerable<CaseFileRow> CaseFileRowsAsync(StatisticsScope scope,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = await ReadAsync(ct);
        // The reviews are looked up on a second context: the first one's connection is busy streaming the segments.
        await using var lookup = await contexts.CreateDbContextAsync(ct);
        var chunk = new List<CaseSegment>(CaseFileChunk);
        await foreach (var segment in CaseFileQuery(db, scope).AsAsyncEnumerable().WithCancellation(ct))
        {
            chunk.Add(segment);
            if (chunk.Count == CaseFileChunk)
            {
                foreach (var row in await WithDecisionsAsync(lookup, chunk, ct))
                {
                    yield return row;
                }

                chunk.Clear();
            }
        }

        foreach (var row in await WithDecisionsAsync(lookup, chunk, ct))
        {
            yield return row;
        }
    }

    /// <summary>The segments of the case file (<see cref="CaseFileQuery"/>) by id, in the same order.</summary>
    private static IQueryable<long> CaseFileKeys(ConsoleDbContext db, StatisticsScope scope)
    {
        DateOnly start = scope.Filter.From, until = scope.Filter.Until;
        return from s in db.ScheduleSegments
               where s.Classification == SegmentClassification.Mixed || s.Classification == SegmentClassification.UnderDiscussion
               join v in db.CourseVersions on s.CourseVersionId equals v.Id
               join c in db.Courses.InCentres(scope) on v.CourseId equals c.Id
               where v.StartDate >= start && v.StartDate < until
               orderby c.CourseNo, v.VersionNo, s.Index
               select s.Id;
    }

    /// <summary>A case file segment with its course and version, before the centre's decision is looked up.</summary>
    private sealed record CaseSegment(int CourseId, int VersionId, string CourseNo, string CentreCode, string Title, DateOnly? Date,
        string? Start, string? End, string? Activity, SegmentClassification Classification, string? Term, int Minutes);

    /// <param name="only">Just these segments (a page of <see cref="CaseFileKeys"/>), or every case when null.</param>
    private static IQueryable<CaseSegment> CaseFileQuery(ConsoleDbContext db, StatisticsScope scope, IReadOnlyList<long>? only = null)
    {
        DateOnly start = scope.Filter.From, until = scope.Filter.Until;
        // The segment index on classification holds only mixed and under-discussion segments: a few percent of all.
        var segments = db.ScheduleSegments.AsNoTracking()
            .Where(s => s.Classification == SegmentClassification.Mixed || s.Classification == SegmentClassification.UnderDiscussion);
        if (only is not null)
        {
            // One array parameter (json_each in SQLite, an array in PostgreSQL), not thousands of scalar ones.
            segments = segments.Where(s => EF.Parameter(only).Contains(s.Id));
        }

        return from s in segments
               join v in db.CourseVersions on s.CourseVersionId equals v.Id
               join c in db.Courses.InCentres(scope) on v.CourseId equals c.Id
               where v.StartDate >= start && v.StartDate < until
               orderby c.CourseNo, v.VersionNo, s.Index
               select new CaseSegment(c.Id, v.Id, c.CourseNo, c.CentreCode, v.Title, s.Date, s.Start, s.End, s.Activity, s.Classification, s.Term, s.Minutes);
    }

    /// <summary>
    /// The centre's decision on each segment's course version: the version's latest course review (the highest id), its
    /// outcome and date, and the reason of its latest decision. Two keyed queries for the segments at hand (reviews by
    /// course, decisions by review) instead of five sub-queries per segment, which PostgreSQL ran row by row.
    /// </summary>
    private static async Task<List<CaseFileRow>> WithDecisionsAsync(ConsoleDbContext db, IReadOnlyList<CaseSegment> segments, CancellationToken ct)
    {
        if (segments.Count == 0)
        {
            return [];
        }

        var courseIds = segments.Select(s => s.CourseId).Distinct().ToArray();
        var reviews = (await db.ReviewItems.AsNoTracking()
                .Where(i => i.Kind == ReviewKind.Course && EF.Parameter(courseIds).Contains(i.CourseId))
                .Select(i => new { i.Id, i.CourseId, i.CourseVersionId, i.Outcome, i.DecidedDate })
                .ToListAsync(ct))
            .GroupBy(i => (i.CourseId, i.CourseVersionId))
            .ToDictionary(g => g.Key, g => g.MaxBy(i => i.Id)!);
        var reviewIds = reviews.Values.Select(i => i.Id).ToArray();
        var reasons = (await db.Decisions.AsNoTracking()
                .Where(d => EF.Parameter(reviewIds).Contains(d.ReviewItemId))
                .Select(d => new { d.ReviewItemId, d.DecidedAt, d.Reason })
                .ToListAsync(ct))
            .GroupBy(d => d.ReviewItemId)
            .ToDictionary(g => g.Key, g => g.MaxBy(d => d.DecidedAt)!.Reason);
        return [.. segments.Select(s =>
        {
            var review = reviews.GetValueOrDefault((s.CourseId, (int?)s.VersionId));
            return new CaseFileRow(s.CourseNo, s.CentreCode, s.Title, s.Date, s.Start, s.End, s.Activity, s.Classification, s.Term,
                s.Minutes, review?.Outcome, review is null ? null : reasons.GetValueOrDefault(review.Id), review?.DecidedDate);
        })];
    }
}
