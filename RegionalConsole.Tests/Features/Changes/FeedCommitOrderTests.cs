using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Auth;
using RegionalConsole.Data;
using RegionalConsole.Domain.Changes;
using RegionalConsole.Features.Changes;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Changes;

/// <summary>
/// SPEC §14.2: a reader who follows <c>next</c> sees every change exactly once and in commit order while many writers
/// commit at once — on SQLite and, with RC_TEST_POSTGRES, on PostgreSQL, where an identity column alone would skip.
/// </summary>
public sealed class FeedCommitOrderTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>
{
    private const int Writers = 40;
    private static readonly ApiCaller Administrator = new("bootstrap", true, new HashSet<string>(), null);

    [Fact]
    public async Task AReaderFollowingNextSeesEveryChangeOnceInCommitOrderWhileWritersOverlap()
    {
        var courses = await app.WithDbAsync(db => db.Courses.OrderBy(c => c.Id).Select(c => c.Id).Take(Writers + 1).ToListAsync());
        var start = await app.WithDbAsync(db => db.CourseChanges.MaxAsync(c => (long?)c.Id)) ?? 0;
        var feed = app.Services.GetRequiredService<ChangesFeed>();
        using var writersDone = new CancellationTokenSource();
        var reader = Task.Run(() => FollowAsync(feed, start, writersDone.Token));

        // The first writer starts first and has its change row written, then stalls inside its commit; the others start
        // and commit meanwhile (or wait for it, which is the point). Were ids handed out at insert and not in commit
        // order, the reader would pass the stalled id while the others' higher ids became visible, and never see it.
        var stall = new StalledCommit();
        var first = Task.Run(() => WriteAsync(courses[0], stall));
        await stall.Reached.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var others = courses.Skip(1).Select(id => Task.Run(() => WriteAsync(id, null))).ToList();
        await Task.Delay(TimeSpan.FromMilliseconds(600));
        stall.Release.SetResult();
        await first;
        await Task.WhenAll(others);
        await writersDone.CancelAsync();
        var seen = await reader;

        Assert.Equal(seen.Order().ToList(), seen);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        var written = await app.WithDbAsync(db => db.CourseChanges.Where(c => c.Id > start).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync());
        Assert.Equal(courses.Count, written.Count);
        Assert.Equal(written, seen);
        // The stalled writer committed first, so its change comes first: ids follow commits, not starts.
        var firstChange = await app.WithDbAsync(db => db.CourseChanges.Where(c => c.Id > start && c.CourseId == courses[0]).Select(c => c.Id).SingleAsync());
        Assert.Equal(written[0], firstChange);
    }

    /// <summary>Pages of 7 as fast as it can until the writers are done and one more empty page says nothing is left.</summary>
    private static async Task<List<long>> FollowAsync(ChangesFeed feed, long after, CancellationToken writersDone)
    {
        var seen = new List<long>();
        while (true)
        {
            var finished = writersDone.IsCancellationRequested;
            var page = await feed.ReadAsync(Administrator, after, 7, CancellationToken.None);
            foreach (var item in page.Items)
            {
                Assert.True(FeedCursor.TryDecode(item.Cursor, out var id));
                seen.Add(id);
            }

            Assert.True(FeedCursor.TryDecode(page.Next, out after));
            if (finished && page.Items.Count == 0)
            {
                return seen;
            }
        }
    }

    /// <summary>One writer: its own context (as a request has), a transaction, one change of one course, the commit.</summary>
    private async Task WriteAsync(int courseId, StalledCommit? stall)
    {
        await using var db = Context(stall);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var course = await db.Courses.SingleAsync(c => c.Id == courseId);
        course.EnrolledCount += 1;
        await db.SaveChangesAsync();
        await Task.Delay(Random.Shared.Next(0, 15));
        await transaction.CommitAsync();
    }

    private ConsoleDbContext Context(StalledCommit? stall)
    {
        var journal = new IInterceptor[] { ChangeCapture.Instance, new ChangeJournal(TimeProvider.System) };
        var interceptors = stall is null ? journal : [.. journal, stall];
        if (app.DatabaseProvider == "Postgres")
        {
            var options = new DbContextOptionsBuilder<PostgresConsoleDbContext>();
            DatabaseSetup.ConfigurePostgres(options, app.DatabaseConnectionString).AddInterceptors(interceptors);
            return new PostgresConsoleDbContext(options.Options);
        }

        var sqlite = new DbContextOptionsBuilder<SqliteConsoleDbContext>();
        DatabaseSetup.ConfigureSqlite(sqlite, app.DatabaseConnectionString).AddInterceptors(interceptors);
        return new SqliteConsoleDbContext(sqlite.Options);
    }

    /// <summary>Runs after the journal wrote the change rows, just before COMMIT: says so, then waits to be released.</summary>
    private sealed class StalledCommit : DbTransactionInterceptor
    {
        public TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override async ValueTask<InterceptionResult> TransactionCommittingAsync(System.Data.Common.DbTransaction transaction,
            TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
        {
            Reached.TrySetResult();
            await Release.Task;
            return result;
        }
    }
}
