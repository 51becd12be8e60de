using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Features.Queues;
using RegionalConsole.Tests.Features.Queues;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.MultiNode;

/// <summary>
/// Two app nodes on one PostgreSQL database, as behind a load balancer: queue changes travel between them over
/// LISTEN/NOTIFY and a sign-in on one node is honoured by the other (Data Protection keys in the database).
/// SQLite is one file on one machine, so these run only on the PostgreSQL pass (RC_TEST_POSTGRES).
/// </summary>
public sealed class TwoNodesOnPostgresTests(TwoNodes nodes) : IClassFixture<TwoNodes>
{
    private const string OnlyOnPostgres = "Several nodes need PostgreSQL: set RC_TEST_POSTGRES (./test.sh does) to run this.";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    public static bool OnPostgres => TestDatabase.IsPostgres;

    [Fact(Skip = OnlyOnPostgres, SkipUnless = nameof(OnPostgres))]
    public async Task AClaimOnOneNodeReachesTheQueueListenersOfTheOther()
    {
        var heardOnSecond = Listen(nodes.Second, "63000");
        var heardOnFirst = Listen(nodes.First, "63000");
        var data = new QueueData(nodes.First);
        var item = await data.AddAsync("63000", new DateTime(2026, 11, 23, 9, 0, 0));

        await data.Service.ClaimAsync(await data.UserAsync("reviewer-63000-1"), item.Id);

        var change = await heardOnSecond.WaitAsync(Patience);
        Assert.Equal((item.Id, QueueChange.Claimed), (change.ItemId, change.What));
        Assert.Equal(item.Id, (await heardOnFirst.WaitAsync(Patience)).ItemId);
    }

    [Fact(Skip = OnlyOnPostgres, SkipUnless = nameof(OnPostgres))]
    public async Task AChangeIsDeliveredOnceOnTheNodeThatMadeIt()
    {
        var heard = new List<QueueChange>();
        using var subscription = nodes.First.Services.GetRequiredService<IQueueNotifier>().Subscribe("63000", c =>
        {
            lock (heard)
            {
                heard.Add(c);
            }

            return Task.CompletedTask;
        });
        var heardOnSecond = Listen(nodes.Second, "63000");
        var data = new QueueData(nodes.First);
        var item = await data.AddAsync("63000", new DateTime(2026, 11, 23, 9, 0, 0));

        await data.Service.ClaimAsync(await data.UserAsync("reviewer-63000-1"), item.Id);
        await heardOnSecond.WaitAsync(Patience); // by now the node's own NOTIFY has come back to it too
        await Task.Delay(300);

        lock (heard)
        {
            Assert.Single(heard, c => c.ItemId == item.Id);
        }
    }

    [Fact(Skip = OnlyOnPostgres, SkipUnless = nameof(OnPostgres))]
    public async Task ASessionCookieIssuedByOneNodeIsAcceptedByTheOther()
    {
        using var onFirst = nodes.First.CreateClient(new() { AllowAutoRedirect = false });
        var signIn = await onFirst.GetAsync("/dev-signin?as=admin&returnUrl=%2Fprofile");
        var session = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("rc.session=", StringComparison.Ordinal));

        using var onSecond = nodes.Second.CreateClient(new() { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/profile");
        request.Headers.Add("Cookie", session.Split(';')[0]);
        var response = await onSecond.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(await nodes.First.WithDbAsync(db => db.DataProtectionKeys.AnyAsync()), "the key ring lives in the shared database");
    }

    [Fact(Skip = OnlyOnPostgres, SkipUnless = nameof(OnPostgres))]
    public async Task ANodeWhoseListeningConnectionDropsReconnectsAndHearsLaterChanges()
    {
        const string Listeners = "FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN %'";
        var old = await ListenersAsync($"SELECT COALESCE(MAX(pid), 0) {Listeners}");
        var dropped = await ListenersAsync($"SELECT COUNT(pg_terminate_backend(pid)) {Listeners}");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (await ListenersAsync($"SELECT COUNT(*) {Listeners} AND pid > {old}") < 2 && watch.Elapsed < Patience)
        {
            await Task.Delay(100);
        }

        var heardOnSecond = Listen(nodes.Second, "63000");
        var data = new QueueData(nodes.First);
        var item = await data.AddAsync("63000", new DateTime(2026, 11, 23, 9, 0, 0));
        await data.Service.ClaimAsync(await data.UserAsync("reviewer-63000-2"), item.Id);

        Assert.Equal(2, dropped);
        Assert.Equal(item.Id, (await heardOnSecond.WaitAsync(Patience)).ItemId);
    }

    private async Task<long> ListenersAsync(string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(nodes.First.DatabaseConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static Task<QueueChange> Listen(ConsoleAppFactory node, string centre)
    {
        var heard = new TaskCompletionSource<QueueChange>(TaskCreationOptions.RunContinuationsAsynchronously);
        node.Services.GetRequiredService<IQueueNotifier>().Subscribe(centre, c =>
        {
            heard.TrySetResult(c);
            return Task.CompletedTask;
        });
        return heard.Task;
    }
}

/// <summary>The first node migrates and seeds; the second finds schema and accounts in place, as a new node would.</summary>
public sealed class TwoNodes : IAsyncLifetime
{
    public ConsoleAppFactory First { get; private set; } = null!;

    public ConsoleAppFactory Second { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        if (!TestDatabase.IsPostgres)
        {
            return;
        }

        First = new ConsoleAppFactory();
        _ = First.Services;
        Second = new ConsoleAppFactory(kestrel: false, settings: new Dictionary<string, string?>
        {
            ["ConnectionStrings:Console"] = First.DatabaseConnectionString,
        });
        _ = Second.Services;
        await Task.WhenAll(ListeningOf(First), ListeningOf(Second)).WaitAsync(TimeSpan.FromSeconds(15));
    }

    public async ValueTask DisposeAsync()
    {
        if (Second is not null)
        {
            await Second.DisposeAsync();
        }

        if (First is not null)
        {
            await First.DisposeAsync();
        }
    }

    private static Task ListeningOf(ConsoleAppFactory node) => node.Services.GetRequiredService<PostgresQueueNotifier>().Listening;
}
