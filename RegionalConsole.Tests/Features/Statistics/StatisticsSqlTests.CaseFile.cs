using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Schedule;

namespace RegionalConsole.Tests.Features.Statistics;

/// <summary>The case file (SPEC §9): the mixed and under-discussion segments of the period, each with its review.</summary>
public sealed partial class StatisticsSqlTests
{
    [Fact]
    public async Task TheCaseFileListsEveryMixedAndUnderDiscussionSegmentOfThePeriod()
    {
        var scope = await ScopeAsync("admin");
        var expected = await app.WithDbAsync(db => (
            from s in db.ScheduleSegments
            join v in db.CourseVersions on s.CourseVersionId equals v.Id
            where v.StartDate >= From && v.StartDate < Until
            select s.Classification).ToListAsync());

        var page = await Service.CaseFileAsync(scope, 10);

        Assert.Equal(expected.Count(c => c is SegmentClassification.Mixed or SegmentClassification.UnderDiscussion), page.Total);
        Assert.All(page.Rows, r => Assert.Contains(r.Classification, new[] { SegmentClassification.Mixed, SegmentClassification.UnderDiscussion }));
    }

    [Fact]
    public async Task TheCaseFilesFirstRowsAreTheStartOfTheWholeListInCourseOrder()
    {
        var scope = await ScopeAsync("admin");
        var all = await Service.CaseFileRowsAsync(scope).ToListAsync();

        var page = await Service.CaseFileAsync(scope, 10);

        Assert.Equal(all.Count, page.Total);
        Assert.Equal(all.Take(10), page.Rows);
        Assert.True(all.Count > 10);
    }

    [Fact]
    public async Task EachCaseShowsTheOutcomeDateAndReasonOfItsVersionsLatestCourseReview()
    {
        var scope = await ScopeAsync("admin");
        var expected = await app.WithDbAsync(async db =>
        {
            var cases = await (
                from s in db.ScheduleSegments.AsNoTracking()
                where s.Classification == SegmentClassification.Mixed || s.Classification == SegmentClassification.UnderDiscussion
                join v in db.CourseVersions on s.CourseVersionId equals v.Id
                join c in db.Courses on v.CourseId equals c.Id
                where v.StartDate >= From && v.StartDate < Until
                select new { CourseId = c.Id, VersionId = v.Id, c.CourseNo, v.VersionNo, s.Index }).ToListAsync();
            var reviews = await db.ReviewItems.AsNoTracking().Include(i => i.Decisions).Where(i => i.Kind == ReviewKind.Course).ToListAsync();
            return cases.OrderBy(x => x.CourseNo, StringComparer.Ordinal).ThenBy(x => x.VersionNo).ThenBy(x => x.Index).Select(x =>
            {
                var review = reviews.Where(i => i.CourseId == x.CourseId && i.CourseVersionId == x.VersionId).MaxBy(i => i.Id);
                return (x.CourseNo, review?.Outcome, review?.DecidedDate, review?.Decisions.MaxBy(d => d.DecidedAt)?.Reason);
            }).ToList();
        });

        var rows = await Service.CaseFileRowsAsync(scope).ToListAsync();
        var page = await Service.CaseFileAsync(scope, 10);

        Assert.Equal(expected, rows.Select(r => (r.CourseNo, r.Outcome, r.DecidedDate, r.DecisionReason)));
        Assert.Equal(expected.Take(10), page.Rows.Select(r => (r.CourseNo, r.Outcome, r.DecidedDate, r.DecisionReason)));
        // The data holds each kind of case: decided with a reason, decided without one, and not decided yet.
        Assert.Contains(rows, r => r.DecisionReason is not null);
        Assert.Contains(rows, r => r.Outcome is not null && r.DecisionReason is null);
        Assert.Contains(rows, r => r.Outcome is null);
    }
}
