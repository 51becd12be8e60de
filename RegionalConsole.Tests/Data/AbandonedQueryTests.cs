using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Data;

/// <summary>
/// A query whose caller gives up stops on the database, not only in .NET: on SQLite through <c>sqlite3_interrupt</c>
/// (<c>SqliteInterrupt</c>), on PostgreSQL through Npgsql's cancel request. Runs on both databases.
/// </summary>
public sealed class AbandonedQueryTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>
{
    // Counting to ten billion takes minutes on either database; only an interrupt ends it early.
    private const string EndlessCount =
        "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 10000000000) SELECT count(*) AS \"Value\" FROM n";

    [Fact]
    public async Task A_long_query_whose_caller_gives_up_ends_on_the_database_at_once()
    {
        using var abandon = new CancellationTokenSource();
        // Microsoft.Data.Sqlite runs a statement's first step on the calling thread, as a request thread would.
        var query = Task.Run(() => app.WithDbAsync(db => db.Database.SqlQueryRaw<long>(EndlessCount).SingleAsync(abandon.Token)));
        await Task.Delay(500, TestContext.Current.CancellationToken);
        Assert.False(query.IsCompleted, "the query is still running when the caller gives up");

        var clock = Stopwatch.StartNew();
        await abandon.CancelAsync();
        var stopped = await Record.ExceptionAsync(() => query);
        clock.Stop();

        Assert.NotNull(stopped);
        // Generous for a busy machine: without the interrupt the statement runs for minutes.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"the query ended {clock.Elapsed} after the caller gave up");
    }

    [Fact]
    public async Task The_connection_of_an_abandoned_query_serves_the_next_query()
    {
        using var abandon = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        await Record.ExceptionAsync(() => Task.Run(() => app.WithDbAsync(db => db.Database.SqlQueryRaw<long>(EndlessCount).SingleAsync(abandon.Token))));

        var courses = await app.WithDbAsync(db => db.Courses.CountAsync(TestContext.Current.CancellationToken));

        Assert.True(courses > 0);
    }
}
