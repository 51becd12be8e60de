using Microsoft.Data.Sqlite;
using RegionalConsole.Features.Exports;

namespace RegionalConsole.Tests.Features.Exports;

/// <summary>The export reader's own parsers agree with what SQLite stores for dates and instants.</summary>
public sealed class ExportRecordTests
{
    [Theory]
    [InlineData("2026-11-24 16:05:59", 0)]
    [InlineData("2026-11-24 16:05:59.5", 5_000_000)]
    [InlineData("2026-11-24 16:05:59.1234567", 1_234_567)]
    public void AnInstantIsReadAsUtcWithItsFraction(string stored, long ticks)
    {
        using var reader = Read($"SELECT '{stored}' AS At, '2026-02-03' AS Day");

        var record = new ExportRecord(reader);

        Assert.Equal(new DateTime(2026, 11, 24, 16, 5, 59, DateTimeKind.Utc).AddTicks(ticks), record.Instant("At"));
        Assert.Equal(DateTimeKind.Utc, record.Instant("At").Kind);
        Assert.Equal(new DateOnly(2026, 2, 3), record.Date("Day"));
    }

    [Fact]
    public void AnInstantInAnotherFormatIsLeftToTheParser()
    {
        using var reader = Read("SELECT '2026-11-24T16:05:59Z' AS At");

        Assert.Equal(new DateTime(2026, 11, 24, 16, 5, 59, DateTimeKind.Utc), new ExportRecord(reader).Instant("At"));
    }

    private static SqliteDataReader Read(string sql)
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        var command = connection.CreateCommand();
        command.CommandText = sql;
        var reader = command.ExecuteReader(System.Data.CommandBehavior.CloseConnection);
        Assert.True(reader.Read());
        return reader;
    }
}
