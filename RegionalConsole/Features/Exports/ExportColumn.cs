namespace RegionalConsole.Features.Exports;

/// <summary>How a column's cells are written: text stays text (codes such as 0123, ROC dates); numbers get a format.</summary>
public enum ExportCellKind
{
    Text,
    Integer,
    Decimal,
    Percent,
}

/// <summary>
/// Writes a row's value as text into <paramref name="destination"/> and answers how many characters it wrote, or -1
/// for an empty cell. The streamed writer formats ROC dates this way, into a buffer it reuses from row to row.
/// </summary>
public delegate int ExportTextFormatter<in T>(T row, Span<char> destination);

/// <summary>
/// One column of an exported sheet: its zh-TW header, width in characters, kind and the value of a row. Both the
/// streamed raw exports and the statistics workbooks are written from these. <see cref="Value"/> serves the
/// workbooks; the streamed writer reads the typed value of the column's kind instead, so a hundred thousand rows
/// box no number and format no date into a string of its own.
/// </summary>
public sealed record ExportColumn<T>(string Header, double Width, ExportCellKind Kind, Func<T, object?> Value)
{
    internal Func<T, string?>? TextValue { get; init; }

    internal ExportTextFormatter<T>? TextFormatter { get; init; }

    internal Func<T, int?>? IntegerValue { get; init; }

    internal Func<T, decimal?>? DecimalValue { get; init; }

    internal Func<T, double?>? DoubleValue { get; init; }

    public static ExportColumn<T> Text(string header, double width, Func<T, string?> value) =>
        new(header, width, ExportCellKind.Text, value) { TextValue = value };

    /// <summary>An ROC date as text (115/11/25); empty when the row has none.</summary>
    public static ExportColumn<T> RocDate(string header, double width, Func<T, DateOnly?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(header, width, ExportCellKind.Text, r => value(r) is { } d ? Domain.RocDate.Short(d) : null)
        {
            TextFormatter = (r, destination) => value(r) is { } d ? Domain.RocDate.FormatShort(d, destination) : -1,
        };
    }

    /// <summary>A UTC instant as Taipei ROC date and time text (115/11/25 14:05); empty when the row has none.</summary>
    public static ExportColumn<T> RocDateTime(string header, double width, Func<T, DateTime?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(header, width, ExportCellKind.Text, r => value(r) is { } at ? Domain.RocDate.ShortDateTime(at) : null)
        {
            TextFormatter = (r, destination) => value(r) is { } at ? Domain.RocDate.FormatShortDateTime(at, destination) : -1,
        };
    }

    public static ExportColumn<T> Integer(string header, double width, Func<T, int?> value) =>
        new(header, width, ExportCellKind.Integer, r => value(r)) { IntegerValue = value };

    public static ExportColumn<T> Decimal(string header, double width, Func<T, decimal?> value) =>
        new(header, width, ExportCellKind.Decimal, r => value(r)) { DecimalValue = value };

    /// <summary>A fraction (0.955) shown as a percentage (95.5%).</summary>
    public static ExportColumn<T> Percent(string header, double width, Func<T, double?> value) =>
        new(header, width, ExportCellKind.Percent, r => value(r)) { DoubleValue = value };

    /// <summary>The Excel number format of the column, or null for text.</summary>
    public string? NumberFormat => Kind switch
    {
        ExportCellKind.Integer => "#,##0",
        ExportCellKind.Decimal => "#,##0.0",
        ExportCellKind.Percent => "0.0%",
        _ => null,
    };
}

/// <summary>Column letters for ranges (1 → A, 27 → AA).</summary>
public static class ExportColumns
{
    public static string Letter(int number)
    {
        var letters = "";
        for (var n = number; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }
}
