using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Data;

public sealed class BackupCommandTests
{
    private static readonly DatabaseInfo Postgres = new(DatabaseProvider.Postgres, "Host=localhost;Database=x");

    [Fact(Skip = "A SQLite file test; it runs in the SQLite pass.", SkipUnless = nameof(OnSqlitePass))]
    public async Task A_backup_taken_while_teachers_are_written_is_whole_and_a_console_restored_from_it_shows_its_data()
    {
        using var app = new ConsoleAppFactory();
        _ = app.Services;
        var target = Path.Combine(Path.GetTempPath(), $"rc-backup-{Guid.NewGuid():N}.db");
        try
        {
            var courses = await app.WithDbAsync(db => db.Courses.CountAsync());
            using var stop = new CancellationTokenSource();
            var writer = WriteTeachersUntilAsync(app, stop.Token);
            while (await app.WithDbAsync(db => db.Teachers.CountAsync(t => t.NationalId.StartsWith("Z9"))) < 20)
            {
                await Task.Delay(10);
            }

            var output = new StringWriter();
            var exit = await BackupCommand.RunAsync(app.Services.GetRequiredService<DatabaseInfo>(), ["--to", target], output, TextWriter.Null);
            await stop.CancelAsync();
            var written = await writer;

            Assert.Equal(BackupCommand.Copied, exit);
            Assert.Contains("integrity ok", output.ToString(), StringComparison.Ordinal);
            Assert.False(File.Exists(target + "-wal"), "the copy is one file");
            using var restored = new ConsoleAppFactory(kestrel: false, new Dictionary<string, string?>
            {
                ["ConnectionStrings:Console"] = $"Data Source={target}",
                ["Demo:Seed"] = "false",
            });
            var (restoredCourses, restoredTeachers) = await restored.WithDbAsync(async db =>
                (await db.Courses.CountAsync(), await db.Teachers.CountAsync(t => t.NationalId.StartsWith("Z9"))));
            Assert.Equal(courses, restoredCourses);
            Assert.InRange(restoredTeachers, 20, written);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(target);
        }
    }

    [Fact(Skip = "A SQLite file test; it runs in the SQLite pass.", SkipUnless = nameof(OnSqlitePass))]
    public async Task A_backup_never_overwrites_an_existing_file()
    {
        using var app = new ConsoleAppFactory();
        var target = Path.GetTempFileName();
        await File.WriteAllTextAsync(target, "the last good backup");
        try
        {
            var error = new StringWriter();
            var exit = await BackupCommand.RunAsync(app.Services.GetRequiredService<DatabaseInfo>(), ["--to", target], TextWriter.Null, error);

            Assert.Equal(BackupCommand.Refused, exit);
            Assert.Contains("already exists", error.ToString(), StringComparison.Ordinal);
            Assert.Equal("the last good backup", await File.ReadAllTextAsync(target));
        }
        finally
        {
            File.Delete(target);
        }
    }

    [Theory]
    [InlineData(new string[0], "Usage")]
    [InlineData(new[] { "--to" }, "Usage")]
    [InlineData(new[] { "--to", "/no/such/folder/console.db" }, "does not exist")]
    public async Task A_backup_without_a_usable_target_names_the_problem_and_writes_nothing(string[] args, string expected)
    {
        var error = new StringWriter();

        var exit = await BackupCommand.RunAsync(new DatabaseInfo(DatabaseProvider.Sqlite, "Data Source=unused.db"), args, TextWriter.Null, error);

        Assert.Equal(BackupCommand.Refused, exit);
        Assert.Contains(expected, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_PostgreSQL_the_verb_points_to_pg_dump()
    {
        var error = new StringWriter();

        var exit = await BackupCommand.RunAsync(Postgres, ["--to", Path.Combine(Path.GetTempPath(), "x.db")], TextWriter.Null, error);

        Assert.Equal(BackupCommand.Refused, exit);
        Assert.Contains("pg_dump", error.ToString(), StringComparison.Ordinal);
    }

    public static bool OnSqlitePass => !TestDatabase.IsPostgres;

    private static async Task<int> WriteTeachersUntilAsync(ConsoleAppFactory app, CancellationToken stop)
    {
        var written = 0;
        while (!stop.IsCancellationRequested && written < 5_000)
        {
            var id = $"Z9{written:D8}";
            await app.WithDbAsync(async db =>
            {
                db.Teachers.Add(new Teacher { NationalId = id, Name = "備份測試", UpdatedAt = DateTime.UtcNow });
                return await db.SaveChangesAsync(CancellationToken.None);
            });
            written++;
        }

        return written;
    }
}
