using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace RegionalConsole.Tests.Data;

/// <summary>
/// A real kill -9 in the middle of a bulk write: the seed verb writes courses in transactions of 1,000 with their
/// versions, schedules, checks and review items. After the kill the file is intact and holds whole batches only.
/// </summary>
public sealed class KilledSeedTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"rc-killed-{Guid.NewGuid():N}.db");

    /// <summary>The file is SQLite whatever the pass; the PostgreSQL pass need not write it a second time.</summary>
    public static bool OnSqlitePass => !Support.TestDatabase.IsPostgres;

    [Fact(Skip = "A SQLite file test; it runs in the SQLite pass.", SkipUnless = nameof(OnSqlitePass))]
    public async Task ASeedKilledMidWayLeavesAnIntactFileOfWholeBatches()
    {
        using var seed = StartSeed(courses: 200_000);
        try
        {
            await WaitForCoursesAsync(atLeast: 2_000, TimeSpan.FromSeconds(90));
        }
        finally
        {
            seed.Kill(entireProcessTree: true); // SIGKILL: no finally blocks, no disposal, no commit
            await seed.WaitForExitAsync();
        }

        using var db = Open();
        Assert.Equal("ok", Scalar<string>(db, "PRAGMA integrity_check"));
        Assert.Empty(Rows(db, "PRAGMA foreign_key_check"));
        var courses = Scalar<long>(db, "SELECT COUNT(*) FROM Courses");
        Assert.InRange(courses, 2_000, 199_000);
        Assert.Equal(0, courses % 1_000);
        Assert.Equal(0, Scalar<long>(db, "SELECT COUNT(*) FROM Courses c WHERE NOT EXISTS (SELECT 1 FROM CourseVersions v WHERE v.CourseId = c.Id)"));
        Assert.Equal(0, Scalar<long>(db, "SELECT COUNT(*) FROM CourseVersions v WHERE NOT EXISTS (SELECT 1 FROM ScheduleSegments s WHERE s.CourseVersionId = v.Id)"));
        Assert.Equal(courses, Scalar<long>(db, "SELECT COUNT(DISTINCT CourseId) FROM ReviewItems"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_file + suffix);
        }
    }

    /// <summary>The app's own seed verb, as an operator runs it, in a process of its own.</summary>
    private Process StartSeed(int courses)
    {
        var bin = AppContext.BaseDirectory;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = bin,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { Path.Combine(bin, "RegionalConsole.dll"), "seed", "--courses", courses.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["Database__Provider"] = "Sqlite",
                ["ConnectionStrings__Console"] = $"Data Source={_file}",
            },
        };
        var process = Process.Start(start)!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private async Task WaitForCoursesAsync(long atLeast, TimeSpan patience)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < patience)
        {
            await Task.Delay(50);
            try
            {
                using var db = Open();
                if (Scalar<long>(db, "SELECT COUNT(*) FROM Courses") >= atLeast)
                {
                    return;
                }
            }
            catch (SqliteException)
            {
                // The file or table does not exist yet.
            }
        }

        Assert.Fail($"the seed did not reach {atLeast} courses in {patience}");
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection($"Data Source={_file};Mode=ReadWrite;Pooling=False");
        connection.Open();
        return connection;
    }

    private static T Scalar<T>(SqliteConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        return (T)command.ExecuteScalar()!;
    }

    private static List<object[]> Rows(SqliteConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object[]>();
        while (reader.Read())
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            rows.Add(row);
        }

        return rows;
    }
}
