using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RegionalConsole.Data;
using RegionalConsole.Data.Seeding;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Data;

/// <summary>The SQLite bulk seed writes exactly the rows EF SaveChanges writes for the same demo options.</summary>
public sealed class BulkDemoSeedTests(BulkDemoSeedTests.TwoSeeds seeds) : IClassFixture<BulkDemoSeedTests.TwoSeeds>
{
    public static TheoryData<string> Tables()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        return [.. db.Model.GetEntityTypes().Select(e => e.GetTableName()!).Distinct().Order(StringComparer.Ordinal)];
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void BulkSeedStoresTheSameRowsAsEntityFramework(string table)
    {
        var expected = seeds.Rows(seeds.EntityFrameworkFile, table);
        var actual = seeds.Rows(seeds.BulkFile, table);

        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void TheComparedSeedCoversEveryLifecycleTable()
    {
        string[] demoTables = ["Courses", "CourseVersions", "ScheduleSegments", "CheckResults", "ReviewItems", "Decisions",
            "Rosters", "RosterAttendees", "Cancellations"];

        Assert.All(demoTables, table => Assert.NotEmpty(seeds.Rows(seeds.BulkFile, table)));
    }

    [Fact]
    public void TheBulkSeedLeavesEveryIndexAsTheSchemaDefinesIt()
    {
        var expected = seeds.Indexes(seeds.EntityFrameworkFile);

        Assert.Contains(expected, i => i.StartsWith("IX_ReviewItems_QueueOrder|", StringComparison.Ordinal));
        Assert.Equal(expected, seeds.Indexes(seeds.BulkFile));
    }

    /// <summary>One EF-seeded and one bulk-seeded SQLite file; more than one batch, so keys continue across batches.</summary>
    public sealed class TwoSeeds : IAsyncLifetime
    {
        private static readonly DemoOptions Options = new(Courses: 1_100, Institutions: 300, Teachers: 200);

        public string EntityFrameworkFile { get; } = Path.Combine(Path.GetTempPath(), $"rc-seed-ef-{Guid.NewGuid():N}.db");
        public string BulkFile { get; } = Path.Combine(Path.GetTempPath(), $"rc-seed-bulk-{Guid.NewGuid():N}.db");

        public async ValueTask InitializeAsync()
        {
            await SeedAsync(EntityFrameworkFile, entityFrameworkOnly: true);
            await SeedAsync(BulkFile, entityFrameworkOnly: false);
        }

        /// <summary>
        /// Every row of the table as SQL literals (so a type difference shows), sorted by content. Two values are
        /// made per run and left out: a review item's random revision (only its form is compared) and decision
        /// keys, which EF numbers in its own order within a save.
        /// </summary>
        public List<string> Rows(string file, string table)
        {
            using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var columnsQuery = connection.CreateCommand();
            columnsQuery.CommandText = "SELECT name FROM pragma_table_info($table) ORDER BY cid";
            columnsQuery.Parameters.AddWithValue("$table", table);
            var columns = new List<string>();
            using (var reader = columnsQuery.ExecuteReader())
            {
                while (reader.Read())
                {
                    var column = reader.GetString(0);
                    columns.Add((table, column) switch
                    {
                        ("ReviewItems", "Revision") => "typeof(\"Revision\") || length(\"Revision\")",
                        ("Decisions", "Id") => "NULL",
                        _ => $"quote(\"{column}\")",
                    });
                }
            }

            using var rows = connection.CreateCommand();
            var list = string.Join(", ", columns);
            rows.CommandText = $"SELECT {string.Join(" || '|' || ", columns.Select(c => $"IFNULL({c}, 'NULL')"))} FROM \"{table}\" ORDER BY {list}";
            var result = new List<string>();
            using var rowReader = rows.ExecuteReader();
            while (rowReader.Read())
            {
                result.Add(Convert.ToString(rowReader.GetValue(0), CultureInfo.InvariantCulture)!);
            }

            return result;
        }

        /// <summary>Every index of the file with its definition (the bulk seed drops some while it loads).</summary>
        public List<string> Indexes(string file)
        {
            using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var query = connection.CreateCommand();
            query.CommandText = "SELECT name || '|' || tbl_name || '|' || IFNULL(sql, '') FROM sqlite_master WHERE type = 'index' ORDER BY name";
            var result = new List<string>();
            using var reader = query.ExecuteReader();
            while (reader.Read())
            {
                result.Add(reader.GetString(0));
            }

            return result;
        }

        private static async Task SeedAsync(string file, bool entityFrameworkOnly)
        {
            await using var services = new ServiceCollection()
                .AddDbContextFactory<SqliteConsoleDbContext>(o => DatabaseSetup.ConfigureSqlite(o, $"Data Source={file}"))
                .AddSingleton<IDbContextFactory<ConsoleDbContext>, ConsoleDbContextFactory<SqliteConsoleDbContext>>()
                .BuildServiceProvider();
            await services.MigrateDatabaseAsync();
            var factory = services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>();
            await DemoData.FillAsync(factory, Options, new FakeTimeProvider(ConsoleAppFactory.DefaultNow), entityFrameworkOnly, CancellationToken.None);
        }

        public ValueTask DisposeAsync()
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { EntityFrameworkFile, BulkFile })
            {
                foreach (var suffix in new[] { "", "-wal", "-shm" })
                {
                    File.Delete(file + suffix);
                }
            }

            return ValueTask.CompletedTask;
        }
    }
}
