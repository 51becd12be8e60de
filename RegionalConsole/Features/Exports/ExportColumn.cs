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
/// One column of an exported sheet: its zh-TW header, width in characters, kind and the value of a row. Both the
/// streamed raw exports and the statistics workbooks are written from these.
/// </summary>
public sealed record ExportColumn<T>(string Header, double Width, ExportCellKind Kind, Func<T, object?> Value)
{
    public static ExportColumn<T> Text(string header, double width, Func<T, string?> value) => new(header, width, ExportCellKind.Text, value);

    public static ExportColumn<T> Integer(string header, double width, Func<T, int?> value) => new(header, width, ExportCellKind.Integer, r => value(r));

    public static ExportColumn<T> Decimal(string header, double width, Func<T, decimal?> value) => new(header, width, ExportCellKind.Decimal, r => value(r));

    /// <summary>A fraction (0.955) shown as a percentage (95.5%).</summary>
    public static ExportColumn<T> Percent(string header, double width, Func<T, double?> value) => new(header, width, ExportCellKind.Percent, r => value(r));

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
