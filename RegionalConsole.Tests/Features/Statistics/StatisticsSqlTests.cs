using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Auth;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Calendar;
using RegionalConsole.Domain.Courses;
using RegionalConsole.Domain.Review;
using RegionalConsole.Domain.Schedule;
using RegionalConsole.Domain.Tags;
using RegionalConsole.Features.Statistics;
using RegionalConsole.Features.Tags;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Statistics;

/// <summary>
/// Each statistic the database aggregates equals the same figure worked out the plain way — every row loaded and
/// counted in memory — on the generated demo data (SPEC §9).
/// </summary>
public sealed partial class StatisticsSqlTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>
{
    private static readonly StatisticsFilter Year115 = new(115);
    private static readonly DateOnly From = new(2026, 1, 1);
    private static readonly DateOnly Until = new(2027, 1, 1);

    private StatisticsService Service => app.Services.CreateScope().ServiceProvider.GetRequiredService<StatisticsService>();

    [Fact]
    public async Task TheBacklogCountsEachOpenItemUnderItsSlaStateToday()
    {
        var scope = await ScopeAsync("admin");
        var calendar = WorkingCalendar.FromShipped();
        var today = RocDate.TaipeiDate(ConsoleAppFactory.DefaultNow);
        var open = await app.WithDbAsync(db => db.ReviewItems.Where(i => i.Outcome == null).Select(i => new { i.CentreCode, i.DueDate }).ToListAsync());
        var centres = scope.Centres.ToDictionary(c => c.Code);

        var rows = await Service.BacklogAsync(scope);

        var expected = scope.Centres.Select(c => open.Where(i => i.CentreCode == c.Code)
                .Select(i => ReviewClock.StateOf(i.DueDate, null, today, calendar, centres[i.CentreCode].CountyCode)).ToList())
            .Select((states, n) => (scope.Centres[n].Code, states.Count(s => s == SlaState.OnTrack), states.Count(s => s == SlaState.DueSoon), states.Count(s => s == SlaState.Overdue)));
        Assert.Equal(expected, rows.Select(r => (r.CentreCode, r.OnTrack, r.DueSoon, r.Overdue)));
        Assert.True(rows.Sum(r => r.Total) > 0);
    }

    [Fact]
    public async Task ComplianceIsTheShareOfCoursesAndRostersDecidedByTheirDueDatePerCentreAndMonth()
    {
        var scope = await ScopeAsync("admin");
        var decided = await DecidedAsync();

        var rows = await Service.ComplianceAsync(scope);

        foreach (var row in rows)
        {
            var inMonth = decided.Where(i => i.CentreCode == row.CentreCode && i.DecidedDate.Month == row.Month).ToList();
            Assert.Equal((inMonth.Count, inMonth.Count(i => i.DecidedDate <= i.DueDate)), (row.Decided, row.Met));
        }

        Assert.Equal(decided.Count, rows.Sum(r => r.Decided));
        Assert.True(decided.Count > 0);
    }

    [Fact]
    public async Task TheMedianWorkingDaysToDecisionIsTheMiddleOfTheSortedDurations()
    {
        var scope = await ScopeAsync("admin");
        var calendar = WorkingCalendar.FromShipped();
        var decided = await DecidedAsync();
        var counties = scope.Centres.ToDictionary(c => c.Code, c => c.CountyCode);

        var rows = await Service.DecisionTimesAsync(scope);

        foreach (var row in rows.Where(r => r.CentreCode != ""))
        {
            var days = decided.Where(i => i.CentreCode == row.CentreCode)
                .Select(i => calendar.WorkingDaysBetween(i.SubmittedDate, i.DecidedDate, counties[i.CentreCode])).Order().ToList();
            Assert.Equal(PlainMedian(days), row.MedianWorkingDays);
        }

        var all = decided.Select(i => calendar.WorkingDaysBetween(i.SubmittedDate, i.DecidedDate, counties[i.CentreCode])).Order().ToList();
        Assert.Equal(PlainMedian(all), rows[^1].MedianWorkingDays);
    }

    [Fact]
    public async Task HoursIssuedPerCountyAddUpTheStudyRecordsOfThePeriod()
    {
        var scope = await ScopeAsync("admin");
        var records = await app.WithDbAsync(db => db.StudyRecords.AsNoTracking().ToListAsync());

        var rows = await Service.CountyHoursAsync(scope);

        var expected = records.Where(r => r.IssuedDate >= From && r.IssuedDate < Until).GroupBy(r => r.CountyCode)
            .OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Count(), Math.Round(g.Sum(r => r.Hours), 2)));
        Assert.Equal(expected, rows.Select(r => (r.CountyCode, r.Records, r.Hours)));
        Assert.NotEmpty(rows);
    }

    [Fact]
    public async Task PreschoolHoursCountTheRecordsOfTeachersServingAtPreschools()
    {
        var scope = await ScopeAsync("admin");
        var (records, teachers, institutions) = await app.WithDbAsync(async db => (
            await db.StudyRecords.AsNoTracking().ToListAsync(),
            await db.Teachers.AsNoTracking().ToDictionaryAsync(t => t.NationalId),
            await db.Institutions.AsNoTracking().ToDictionaryAsync(i => i.Code)));

        var rows = await Service.PreschoolHoursAsync(scope);

        var expected = records.Where(r => r.IssuedDate >= From && r.IssuedDate < Until)
            .Select(r => (Record: r, School: teachers.TryGetValue(r.NationalId, out var t) && t.ServingInstitutionCode is { } code ? institutions.GetValueOrDefault(code) : null))
            .Where(x => x.School?.Type == InstitutionType.Preschool)
            .GroupBy(x => x.School!.CountyCode).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Select(x => x.Record.NationalId).Distinct().Count(), g.Count(), Math.Round(g.Sum(x => x.Record.Hours), 2)));
        Assert.Equal(expected, rows.Select(r => (r.CountyCode, r.Teachers, r.Records, r.Hours)));
    }

    [Fact]
    public async Task CancellationsAreCountedByReasonForTheCoursesOfTheScope()
    {
        var scope = await ScopeAsync("supervisor-63000");
        var (cancellations, courses) = await app.WithDbAsync(async db => (
            await db.Cancellations.AsNoTracking().ToListAsync(), await db.Courses.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.CentreCode)));

        var rows = await Service.CancellationsAsync(scope);

        var expected = cancellations.Where(x => courses[x.CourseId] == "63000" && x.SubmittedAt >= Year115.FromUtc && x.SubmittedAt < Year115.UntilUtc)
            .GroupBy(x => x.ReasonCategory).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(expected.OrderBy(e => e.Key), rows.ToDictionary(r => r.ReasonCategory, r => r.Cancellations).OrderBy(e => e.Key));
    }

    [Fact]
    public async Task CoursesPerTagCountTheTagsTheReviewerConfirmedOrAddedOnTheCurrentVersion()
    {
        var registry = await app.Services.GetRequiredService<TagRegistryService>().GetAsync();
        var tag = registry.All.First(t => t.Status == TagStatus.Active).Name;
        var versions = await app.WithDbAsync(db => (
                from v in db.CourseVersions
                join c in db.Courses on v.CourseId equals c.Id
                where v.VersionNo == c.CurrentVersionNo && c.StartDate >= From && c.StartDate < Until && c.Status != CourseStatus.Cancelled
                orderby v.Id
                select new { v.Id, v.Tags })
            .Take(6).ToListAsync());
        // Two confirmed, one removed, one added: two of the six count, plus the added one.
        TagReviewState[] states = [TagReviewState.Confirmed, TagReviewState.Confirmed, TagReviewState.Removed, TagReviewState.Added];
        await app.WithDbAsync(async db =>
        {
            await db.TagReviews.Where(r => r.TagName == tag).ExecuteDeleteAsync();
            db.TagReviews.AddRange(states.Select((s, n) => new TagReview { CourseVersionId = versions[n].Id, TagName = tag, State = s, ReviewerId = 1, At = DateTime.UtcNow }));
            return await db.SaveChangesAsync();
        });
        var reviews = await app.WithDbAsync(db => db.TagReviews.AsNoTracking().ToListAsync());

        var rows = await Service.TagsAsync(await ScopeAsync("admin"));

        var expected = versions.Select((v, n) => TagReviews.Confirmed(n < 3 ? [tag] : [],
                reviews.Where(r => r.CourseVersionId == v.Id && r.TagName == tag).ToDictionary(r => r.TagName, r => r.State), registry))
            .Count(confirmed => confirmed.Contains(tag));
        Assert.Equal(3, expected);
        Assert.Equal(expected, rows.Single(r => r.TagName == tag).Courses);
    }

    [Fact]
    public async Task TheWholeReportHoldsTheFiguresOfEachStatisticAlone()
    {
        var scope = await ScopeAsync("admin");

        var report = await Service.ReportAsync(scope, 10);

        Assert.Equal(await Service.BacklogAsync(scope), report.Backlog);
        Assert.Equal(await Service.ComplianceAsync(scope), report.Compliance);
        Assert.Equal(await Service.DecisionTimesAsync(scope), report.DecisionTimes);
        Assert.Equal(await Service.TagsAsync(scope), report.Tags);
        Assert.Equal(await Service.CancellationsAsync(scope), report.Cancellations);
        Assert.Equal(await Service.CountyHoursAsync(scope), report.CountyHours);
        Assert.Equal(await Service.PreschoolHoursAsync(scope), report.PreschoolHours);
        Assert.Equal((await Service.CaseFileAsync(scope, 10)).Rows, report.CaseFile.Rows);
    }

    private async Task<StatisticsScope> ScopeAsync(string userName) => await Service.ScopeAsync(await UserAsync(userName), Year115);

    private Task<ConsoleUser> UserAsync(string userName) => app.WithDbAsync(async db =>
    {
        var a = await db.Accounts.SingleAsync(x => x.UserName == userName);
        return new ConsoleUser(a.Id, a.UserName, a.DisplayName, new AccessScope(a.Role, a.CentreCode, a.SupervisorScope));
    });

    private sealed record Decided(string CentreCode, DateOnly SubmittedDate, DateOnly DueDate, DateOnly DecidedDate);

    private Task<List<Decided>> DecidedAsync() => app.WithDbAsync(async db =>
        (await db.ReviewItems.AsNoTracking().Where(i => i.DecidedDate != null && (i.Kind == ReviewKind.Course || i.Kind == ReviewKind.Roster))
            .ToListAsync())
        .Where(i => i.DecidedDate >= From && i.DecidedDate < Until)
        .Select(i => new Decided(i.CentreCode, i.SubmittedDate, i.DueDate, i.DecidedDate!.Value)).ToList());

    private static double? PlainMedian(List<int> sorted) => sorted.Count == 0 ? null
        : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2.0;
}
