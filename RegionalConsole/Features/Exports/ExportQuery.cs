using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data;

namespace RegionalConsole.Features.Exports;

/// <summary>
/// Streams a large export query with the provider's own reader: EF writes the SQL (scope conditions and all, for
/// either provider) and the rows are read by column name with cheap parsers. A hundred thousand rows through EF's
/// materialiser spend most of their time parsing SQLite's text dates and instants; these parsers read the fixed
/// formats SQLite stores and leave any other value to the provider.
/// </summary>
public static class ExportQuery
{
    public static async IAsyncEnumerable<T> RowsAsync<TProjection, T>(ConsoleDbContext db, IQueryable<TProjection> query,
        Func<ExportRecord, T> read, [EnumeratorCancellation] CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(read);
        await using var command = query.CreateDbCommand();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var reader = await command.ExecuteReaderAsync(ct);
            var record = new ExportRecord(reader);
            while (await reader.ReadAsync(ct))
            {
                yield return read(record);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}

/// <summary>The current row of an <see cref="ExportQuery"/>, read by the projection's member names.</summary>
public sealed class ExportRecord(DbDataReader reader)
{
    private readonly Dictionary<string, int> _ordinals = new(StringComparer.Ordinal);

    public string Text(string column) => reader.GetString(Ordinal(column));

    public string? TextOrNull(string column)
    {
        var i = Ordinal(column);
        return reader.IsDBNull(i) ? null : reader.GetString(i);
    }

    public int Integer(string column) => reader.GetInt32(Ordinal(column));

    public TEnum Enum<TEnum>(string column)
        where TEnum : struct, Enum
    {
        var i = Ordinal(column);
        return reader.GetFieldType(i) == typeof(string) ? System.Enum.Parse<TEnum>(reader.GetString(i)) : reader.GetFieldValue<TEnum>(i);
    }

    /// <summary>A date: SQLite's yyyy-MM-dd text read digit by digit, any other value by the provider.</summary>
    public DateOnly Date(string column)
    {
        var i = Ordinal(column);
        if (reader.GetFieldType(i) == typeof(string))
        {
            var text = reader.GetString(i);
            return text.Length == 10 && text[4] == '-' && text[7] == '-'
                ? new DateOnly(Digits(text, 0, 4), Digits(text, 5, 2), Digits(text, 8, 2))
                : DateOnly.Parse(text, CultureInfo.InvariantCulture);
        }

        return reader.GetFieldValue<DateOnly>(i);
    }

    /// <summary>A UTC instant: SQLite's yyyy-MM-dd HH:mm:ss.FFFFFFF text read digit by digit, any other value by the provider.</summary>
    public DateTime Instant(string column)
    {
        var i = Ordinal(column);
        if (reader.GetFieldType(i) != typeof(string))
        {
            return DateTime.SpecifyKind(reader.GetDateTime(i), DateTimeKind.Utc);
        }

        var text = reader.GetString(i);
        if (text.Length < 19 || text[4] != '-' || text[7] != '-' || text[10] != ' ' || text[13] != ':' || text[16] != ':'
            || (text.Length > 19 && (text[19] != '.' || text.Length > 27)))
        {
            return DateTime.SpecifyKind(DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal), DateTimeKind.Utc);
        }

        var at = new DateTime(Digits(text, 0, 4), Digits(text, 5, 2), Digits(text, 8, 2), Digits(text, 11, 2), Digits(text, 14, 2), Digits(text, 17, 2), DateTimeKind.Utc);
        if (text.Length > 20)
        {
            // Seven digits of fraction are ticks; fewer are padded on the right.
            var fraction = Digits(text, 20, text.Length - 20);
            for (var n = text.Length - 20; n < 7; n++)
            {
                fraction *= 10;
            }

            at = at.AddTicks(fraction);
        }

        return at;
    }

    private int Ordinal(string column)
    {
        if (!_ordinals.TryGetValue(column, out var i))
        {
            i = reader.GetOrdinal(column);
            _ordinals[column] = i;
        }

        return i;
    }

    private static int Digits(string text, int start, int length)
    {
        var value = 0;
        for (var n = start; n < start + length; n++)
        {
            var digit = text[n] - '0';
            if ((uint)digit > 9)
            {
                throw new FormatException($"「{text}」不是日期時間。");
            }

            value = (value * 10) + digit;
        }

        return value;
    }
}
