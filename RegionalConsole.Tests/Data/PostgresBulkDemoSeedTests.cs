using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using RegionalConsole.Data;
using RegionalConsole.Data.Seeding;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Data;

/// <summary>The PostgreSQL bulk seed (binary COPY) writes exactly the rows EF SaveChanges writes for the same demo options.</summary>
public sealed class PostgresBulkDemoSeedTests(PostgresBulkDemoSeedTests.TwoSeeds seeds) : IClassFixture<PostgresBulkDemoSeedTests.TwoSeeds>
{
    private const string OnlyOnPostgres = "Compares two PostgreSQL databases; it runs in the PostgreSQL pass.";

    public static bool OnPostgres => TestDatabase.IsPostgres;

    public static TheoryData<string> Tables()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);
        return [.. db.Model.GetEntityTypes().Select(e => e.GetTableName()!).Distinct().Order(StringComparer.Ordinal)];
    }

    [Theory(Skip = OnlyOnPostgres, SkipUnless = nameof(OnPostgres))]
    [MemberData(nameof(Tables))]
    public async Task BulkSeedStoresTheSameRowsAsEntityFramework(string table)
    {
        var expected = await seeds.RowsAsync(seeds.EntityFramework, table);
        var actual = await seeds.RowsAsync(seeds.Bulk, table);

        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal(expected, actual);
    }

    [Fact(Skip = OnlyOnPostgres, SkipUnless = nameof(OnPostgres))]
    public async Task TheComparedSeedCoversEveryLifecycleTable()
    {
        string[] demoTables = ["Courses", "CourseVersions", "ScheduleSegments", "CheckResults", "ReviewItems", "Decisions",
            "Rosters", "RosterAttendees", "Cancellations", "StudyRecords", "TagReviews"];

        foreach (var table in demoTables)
        {
            Assert.NotEmpty(await seeds.RowsAsync(seeds.Bulk, table));
        }
    }

    [Fact(Skip = OnlyOnPostgres, SkipUnless = nameof(OnPostgres))]
    public async Task TheSequencesContinueAfterTheCopiedKeys()
    {
        await using var connection = new NpgsqlConnection(seeds.Bulk.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        foreach (var table in new[] { "Courses", "CourseVersions", "ReviewItems", "Decisions", "RosterAttendees" })
        {
            await using var next = new NpgsqlCommand($"""SELECT nextval(pg_get_serial_sequence('"{table}"', 'Id')) > (SELECT MAX("Id") FROM "{table}")""", connection);

            Assert.True((bool)(await next.ExecuteScalarAsync(TestContext.Current.CancellationToken))!, $"{table}'s sequence would hand out a key it holds.");
        }
    }

    [Fact(Skip = OnlyOnPostgres, SkipUnless = nameof(OnPostgres))]
    public async Task TheBulkSeedLeavesEveryIndexAndConstraintAsTheSchemaDefinesThem()
    {
        var expected = await seeds.IndexesAsync(seeds.EntityFramework);

        Assert.Contains(expected, i => i.StartsWith("IX_ReviewItems_QueueOrder|", StringComparison.Ordinal));
        Assert.Contains(expected, i => i.StartsWith("FK_ScheduleSegments_CourseVersions_CourseVersionId|", StringComparison.Ordinal));
        Assert.Equal(expected, await seeds.IndexesAsync(seeds.Bulk));
    }

    /// <summary>One EF-seeded and one bulk-seeded database; more than one batch, so keys continue across batches.</summary>
    public sealed class TwoSeeds : IAsyncLifetime
    {
        private static readonly DemoOptions Options = new(Courses: 1_100, Institutions: 300, Teachers: 200);

        public TestDatabase EntityFramework { get; } = new();
        public TestDatabase Bulk { get; } = new();

        public async ValueTask InitializeAsync()
        {
            if (TestDatabase.IsPostgres)
            {
                await SeedAsync(EntityFramework.ConnectionString, entityFrameworkOnly: true);
                await SeedAsync(Bulk.ConnectionString, entityFrameworkOnly: false);
            }
        }

        /// <summary>
        /// Every row of the table as PostgreSQL's text of the record, sorted. Two values are made per run and left out,
        /// as in the SQLite comparison: a review item's random revision (only its length is compared) and decision keys,
        /// which EF numbers in its own order within a save.
        /// </summary>
        public async Task<List<string>> RowsAsync(TestDatabase database, string table)
        {
            await using var connection = new NpgsqlConnection(database.ConnectionString);
            await connection.OpenAsync();
            var columns = new List<string>();
            await using (var columnsQuery = new NpgsqlCommand(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position", connection))
            {
                columnsQuery.Parameters.Add(new() { Value = table });
                await using var reader = await columnsQuery.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    var column = reader.GetString(0);
                    columns.Add((table, column) switch
                    {
                        ("ReviewItems", "Revision") => "length(\"Revision\"::text)::text",
                        ("Decisions", "Id") => "NULL",
                        _ => $"\"{column}\"::text",
                    });
                }
            }

            var result = new List<string>();
            await using var rows = new NpgsqlCommand(
                $"SELECT r FROM (SELECT concat_ws('|', {string.Join(", ", columns.Select(c => $"coalesce({c}, 'NULL')"))}) AS r FROM \"{table}\") t ORDER BY r COLLATE \"C\"",
                connection);
            await using var rowReader = await rows.ExecuteReaderAsync();
            while (await rowReader.ReadAsync())
            {
                result.Add(rowReader.GetString(0));
            }

            return result;
        }

        /// <summary>Every index and constraint of the database with its definition (the bulk seed drops some while it copies).</summary>
        public async Task<List<string>> IndexesAsync(TestDatabase database)
        {
            await using var connection = new NpgsqlConnection(database.ConnectionString);
            await connection.OpenAsync();
            await using var query = new NpgsqlCommand(
                """
                SELECT d FROM (SELECT indexname || '|' || indexdef AS d FROM pg_indexes WHERE schemaname = current_schema()
                               UNION ALL SELECT conname || '|' || pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = current_schema()::regnamespace) x
                ORDER BY d COLLATE "C"
                """, connection);
            var result = new List<string>();
            await using var reader = await query.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                result.Add(reader.GetString(0));
            }

            return result;
        }

        private static async Task SeedAsync(string connectionString, bool entityFrameworkOnly)
        {
            await using var services = new ServiceCollection()
                .AddDbContextFactory<PostgresConsoleDbContext>(o => DatabaseSetup.ConfigurePostgres(o, connectionString))
                .AddSingleton<IDbContextFactory<ConsoleDbContext>, ConsoleDbContextFactory<PostgresConsoleDbContext>>()
                .BuildServiceProvider();
            await services.MigrateDatabaseAsync();
            var factory = services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>();
            await DemoData.FillAsync(factory, Options, new FakeTimeProvider(ConsoleAppFactory.DefaultNow), entityFrameworkOnly, CancellationToken.None);
        }

        public ValueTask DisposeAsync()
        {
            EntityFramework.Dispose();
            Bulk.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
