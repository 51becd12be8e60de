using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Cancellations;
using RegionalConsole.Domain.Tags;
using RegionalConsole.Features.Cancellations;
using RegionalConsole.Features.Exports;
using RegionalConsole.Features.Queues;
using RegionalConsole.Features.Statistics;
using RegionalConsole.Tests.Features.Exports;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Data;

/// <summary>
/// The console's main reads keep plans that use indexes (issue #18): every query the queue pages, the statistics
/// workbook, the raw exports and the cancellation register send is captured as sent, planned by the database
/// (SQLite, and PostgreSQL under RC_TEST_POSTGRES, analysed first) and refused when it reads one of
/// <see cref="QueryPlans.LargeTables"/> in full. At 1,000,000 courses such a read is seconds, or minutes when it is
/// repeated per row, so the next change to one of these queries cannot silently bring one back.
/// </summary>
public sealed class QueryPlanTests(QueryPlanTests.PlanApp app) : IClassFixture<QueryPlanTests.PlanApp>
{
    /// <summary>
    /// Scans known today and left to another change, by the path, the table and a piece of the query's SQL that
    /// names it. Each stays checked for every other table and query; remove an entry once its query is fixed.
    /// </summary>
    public static readonly IReadOnlyList<(string Path, string Table, string SqlPart, string Why)> KnownScans =
    [
        ("statistics workbook", "TagReviews", "FROM \"TagReviews\"",
            "courses per tag start from every tag review (the statistics part of issue #18 reworks the StartDate reads)"),
        ("statistics workbook", "Courses", "FROM \"TagReviews\"", "the same query, on PostgreSQL: Courses by StartDate, no index"),
        ("statistics workbook", "CourseVersions", "FROM \"ScheduleSegments\"",
            "the case file's period is a StartDate range on CourseVersions, which has no index on it (statistics part)"),
        ("course export", "Courses", "AS \"OrganiserName\"",
            "the period is a StartDate range and Courses has no index on StartDate yet (the statistics part adds one); a "
            + "year's export reads about half the table in registration order, which streams without a sort"),
        ("roster export", "Courses", "\"RosterAttendees\"",
            "the same StartDate range; PostgreSQL may start from the period's courses, which it then reads in full"),
    ];

    [Fact]
    public async Task TheQueuePagesWithEachFilterAndSearchReadTheirCentresItemsThroughIndexes()
    {
        var (centre, courseNo, tag, organiser) = await app.WithDbAsync(async db =>
        {
            var item = await db.ReviewItems.AsNoTracking().Where(i => i.Kind == ReviewKind.Course && i.Outcome == null)
                .GroupBy(i => i.CentreCode).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
            var sample = await db.ReviewItems.AsNoTracking().Where(i => i.CentreCode == item && i.Outcome == null)
                .Select(i => new { i.Course!.CourseNo, i.OrganiserName }).FirstAsync();
            return (item, sample.CourseNo, TagDefaults.Bilingual, sample.OrganiserName.Split(' ')[0][..2]);
        });
        QueueFilter[] filters =
        [
            new(), new() { State = QueueState.Overdue }, new() { State = QueueState.DueSoon }, new() { State = QueueState.Decided },
            new() { Assignee = AssigneeFilter.Unassigned }, new() { Assignee = AssigneeFilter.Mine }, new() { HasErrors = true },
            new() { Tag = tag }, new() { Organiser = organiser }, new() { Search = "教學" }, new() { Search = "12345" },
            new() { Search = courseNo[..6] }, new() { Search = courseNo },
        ];
        var admin = await ReviewScenario.UserAsync(app, "admin");

        await AssertIndexedAsync("queue page", async () =>
        {
            var queues = app.Services.CreateScope().ServiceProvider.GetRequiredService<QueueService>();
            foreach (var kind in new[] { ReviewKind.Course, ReviewKind.Roster, ReviewKind.Cancellation })
            {
                foreach (var filter in filters)
                {
                    await queues.PageAsync(admin, new QueueQuery(centre, kind, filter));
                    await queues.PageAsync(admin, new QueueQuery(centre, kind, filter, Page: 1) { Sort = QueueSort.Due });
                }
            }

            await queues.CountOpenAsync(admin);
        });
    }

    [Fact]
    public async Task TheStatisticsWorkbookReadsThePeriodThroughIndexes()
    {
        var client = await ExportClient.SignedInAsync(app, "admin");

        await AssertIndexedAsync("statistics workbook", async () =>
        {
            await DownloadAsync(client, "/exports/statistics.xlsx?year=115");
            await DownloadAsync(client, "/exports/statistics.xlsx?year=115&from=3&to=5&centre=63000");
        });
    }

    [Fact]
    public async Task TheCourseAndRosterExportsReadThePeriodThroughIndexes()
    {
        var client = await ExportClient.SignedInAsync(app, "admin");

        var admin = await ReviewScenario.UserAsync(app, "admin");

        await AssertIndexedAsync("course export", async () =>
        {
            await DownloadAsync(client, "/exports/courses.xlsx?year=115&from=3&to=5");
            // Its rows are read with the provider's own reader, past EF's interceptors: the same command, recorded here.
            var scope = await app.Services.CreateScope().ServiceProvider.GetRequiredService<StatisticsService>()
                .ScopeAsync(admin, new StatisticsFilter(115, 3, 5));
            await app.WithDbAsync(db =>
            {
                using var command = CourseListExport.Command(db, scope);
                app.Queries.Record(command);
                return Task.FromResult(0);
            });
        });
        await AssertIndexedAsync("roster export", () => DownloadAsync(client, "/exports/rosters.xlsx?year=115&from=3&to=5"));
    }

    [Fact]
    public async Task TheCancellationRegisterAndItsExportFindEachReviewThroughAnIndex()
    {
        var client = await ExportClient.SignedInAsync(app, "admin");
        var admin = await ReviewScenario.UserAsync(app, "admin");

        await AssertIndexedAsync("cancellation register", async () =>
        {
            var register = app.Services.CreateScope().ServiceProvider.GetRequiredService<CancellationRegister>();
            await register.PageAsync(admin, new CancellationFilter(), 0, 50);
            await register.PageAsync(admin, new CancellationFilter(new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30), CancellationCategory.Disaster, "63000"), 0, 50);
        });
        await AssertIndexedAsync("cancellation export", async () =>
        {
            await DownloadAsync(client, "/exports/cancellations.xlsx");
            await DownloadAsync(client, "/exports/cancellations.xlsx?from=2026-03-01&to=2026-05-31&centre=63000");
        });
    }

    private static async Task DownloadAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, $"{path}: {response.StatusCode}");
        await response.Content.ReadAsByteArrayAsync();
    }

    private async Task AssertIndexedAsync(string path, Func<Task> run)
    {
        app.Queries.Take();
        await run();
        var queries = app.Queries.Take().DistinctBy(q => q.Sql).ToList();
        Assert.NotEmpty(queries);
        var found = new List<string>();
        foreach (var query in queries)
        {
            foreach (var scan in await QueryPlans.ScansAsync(app.DatabaseProvider, app.DatabaseConnectionString, query))
            {
                if (!KnownScans.Any(k => k.Path == path && k.Table == scan.Table && query.Sql.Contains(k.SqlPart, StringComparison.Ordinal)))
                {
                    found.Add($"{path} reads {scan.Table} in full ({scan.How}) in:\n{query.Sql}");
                }
            }
        }

        Assert.True(found.Count == 0, $"{found.Count} scan(s) of a large table on {app.DatabaseProvider}:\n\n" + string.Join("\n\n", found));
    }

    /// <summary>
    /// A modest demo set (enough courses, rosters and cancellations that an index beats a scan), every query
    /// captured; PostgreSQL's statistics gathered once it is in.
    /// </summary>
    public sealed class PlanApp() : ConsoleAppFactory(kestrel: false, new Dictionary<string, string?>
    {
        ["Demo:Courses"] = "2000",
        ["Demo:Institutions"] = "600",
        ["Demo:Teachers"] = "1000",
    }), IAsyncLifetime
    {
        public QueryCapture Queries { get; } = new();

        public async ValueTask InitializeAsync()
        {
            _ = Services;
            await QueryPlans.AnalyzeAsync(DatabaseProvider, DatabaseConnectionString);
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services =>
            {
                services.ConfigureDbContext<SqliteConsoleDbContext>((_, o) => o.AddInterceptors(Queries));
                services.ConfigureDbContext<PostgresConsoleDbContext>((_, o) => o.AddInterceptors(Queries));
            });
        }
    }
}
