using System.Globalization;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace RegionalConsole.Features.Exports;

/// <summary>
/// Writes a large sheet row by row to a stream with SpreadCheetah: memory stays flat however many rows there are
/// (ClosedXML would build the whole workbook first; STYLE.md). Any area exports through it: give it the columns and
/// an <see cref="IAsyncEnumerable{T}"/> of rows (an EF query's AsAsyncEnumerable) — queues, course lists, the
/// cancellation register, rosters.
/// </summary>
public static class StreamingExport
{
    /// <summary>Writes the header row (frozen, with a filter) and every row; returns how many rows were written.</summary>
    public static async Task<int> WriteAsync<T>(Stream output, string sheetName, IReadOnlyList<ExportColumn<T>> columns,
        IAsyncEnumerable<T> rows, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        await using var stream = new AsyncWriteStream(output);
        var count = await WriteSheetAsync(stream, sheetName, columns, rows, ct);
        await stream.FlushPendingAsync(ct);
        return count;
    }

    private static async Task<int> WriteSheetAsync<T>(Stream output, string sheetName, IReadOnlyList<ExportColumn<T>> columns,
        IAsyncEnumerable<T> rows, CancellationToken ct)
    {
        await using var spreadsheet = await Spreadsheet.CreateNewAsync(output, new SpreadCheetahOptions { BufferSize = 1 << 16 }, ct);
        var options = new WorksheetOptions
        {
            FrozenRows = 1,
            AutoFilter = new AutoFilterOptions($"A1:{ExportColumns.Letter(columns.Count)}1"),
        };
        for (var c = 0; c < columns.Count; c++)
        {
            options.Column(c + 1).Width = columns[c].Width;
        }

        await spreadsheet.StartWorksheetAsync(sheetName, options, ct);
        var header = spreadsheet.AddStyle(new Style { Font = { Bold = true }, Fill = { Color = System.Drawing.Color.FromArgb(0xE8, 0xEE, 0xF4) } });
        var styles = columns.Select(c => c.NumberFormat is { } format
            ? spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom(format) })
            : null).ToArray();

        var cells = new Cell[columns.Count];
        for (var c = 0; c < columns.Count; c++)
        {
            cells[c] = new Cell(columns[c].Header, header);
        }

        await spreadsheet.AddRowAsync(cells, ct);
        // One cell array and one text buffer per column for the whole sheet: AddRowAsync has written a row before it
        // returns, so the next row may overwrite both.
        var buffers = columns.Select(c => c.TextFormatter is null ? null : new char[32]).ToArray();
        var count = 0;
        await foreach (var row in rows.WithCancellation(ct))
        {
            for (var c = 0; c < cells.Length; c++)
            {
                cells[c] = CellOf(columns[c], row, styles[c], buffers[c]);
            }

            await spreadsheet.AddRowAsync(cells, ct);
            count++;
        }

        await spreadsheet.FinishAsync(ct);
        return count;
    }

    // Text columns are written as strings whatever the value: "0123" and "115/11/25" must not become numbers, and text
    // beginning with = + - @ is an inline string, never a formula. Stored text is cleaned of what XML cannot hold.
    private static Cell CellOf<T>(ExportColumn<T> column, T row, StyleId? style, char[]? buffer)
    {
        if (column.TextFormatter is { } format)
        {
            var length = format(row, buffer);
            return length < 0 ? new Cell() : new Cell(buffer.AsMemory(0, length));
        }

        if (column.TextValue is { } text)
        {
            // Empty text is an empty cell, not a cell holding "" (issue #19: blank cells blank).
            return text(row) is { Length: > 0 } value ? new Cell(CellText.Clean(value)) : new Cell();
        }

        if (column.IntegerValue is { } integer)
        {
            return integer(row) is { } value ? new Cell(value, style) : new Cell();
        }

        if (column.DecimalValue is { } number)
        {
            return number(row) is { } value ? new Cell(value, style) : new Cell();
        }

        if (column.DoubleValue is { } fraction)
        {
            return fraction(row) is { } value ? new Cell(value, style) : new Cell();
        }

        var other = column.Value(row);
        return other switch
        {
            null or "" => new Cell(),
            _ when column.Kind == ExportCellKind.Text => new Cell(CellText.Clean(Convert.ToString(other, CultureInfo.InvariantCulture))),
            int n => new Cell(n, style),
            long n => new Cell(n, style),
            decimal d => new Cell(d, style),
            double d => new Cell(d, style),
            _ => new Cell(CellText.Clean(Convert.ToString(other, CultureInfo.InvariantCulture))),
        };
    }
}
