using System.Drawing;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace RegionalConsole.Features.Exports;

/// <summary>
/// Small tables written with SpreadCheetah as documents (statistics): a cover, then one sheet per table with zh-TW
/// headers (bold, filled), a frozen header row, a filter over the rows, number formats, set widths and an optional
/// 合計 row outside the filter. ClosedXML built the same in memory several times slower. SpreadCheetah writes no print
/// settings: each sheet's are noted here and added by <see cref="PrintSetup"/> once the package is written.
/// </summary>
public sealed class DocumentSheets
{
    private static readonly Color HeaderFill = Color.FromArgb(0xE8, 0xEE, 0xF4);

    private readonly Spreadsheet _spreadsheet;
    private readonly StyleId _header;
    private readonly StyleId _bold;
    private readonly Dictionary<(string? Format, bool Total), StyleId> _cellStyles = [];

    private DocumentSheets(Spreadsheet spreadsheet)
    {
        _spreadsheet = spreadsheet;
        _header = spreadsheet.AddStyle(new Style { Font = { Bold = true }, Fill = { Color = HeaderFill } });
        _bold = spreadsheet.AddStyle(new Style { Font = { Bold = true } });
    }

    /// <summary>What each sheet needs to print, in the order the sheets were written.</summary>
    public List<PrintedSheet> Printed { get; } = [];

    public static async Task<DocumentSheets> CreateAsync(Stream output, CancellationToken ct) =>
        new(await Spreadsheet.CreateNewAsync(output, new SpreadCheetahOptions { BufferSize = 1 << 16 }, ct));

    /// <summary>A first sheet that says what the workbook covers: the title, then label and value per line.</summary>
    public async Task AddCoverAsync(string name, string title, IEnumerable<(string Label, string Value)> lines, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var options = new WorksheetOptions();
        options.Column(1).Width = 16;
        options.Column(2).Width = 60;
        await _spreadsheet.StartWorksheetAsync(name, options, ct);
        var titleStyle = _spreadsheet.AddStyle(new Style { Font = { Bold = true, Size = 14 } });
        var wrapped = _spreadsheet.AddStyle(new Style { Alignment = { WrapText = true } });
        await _spreadsheet.AddRowAsync([new Cell(title, titleStyle)], ct);
        await _spreadsheet.AddRowAsync(Array.Empty<Cell>(), ct);
        foreach (var (label, value) in lines)
        {
            await _spreadsheet.AddRowAsync([new Cell(label, _bold), Text(value, wrapped)], ct);
        }

        Printed.Add(new PrintedSheet(title, Landscape: false, RepeatHeaderRow: false));
    }

    /// <summary>A table sheet; <paramref name="total"/> (a row of the table's own type) goes under it, outside the filter.</summary>
    public async Task AddTableAsync<T>(string name, IReadOnlyList<ExportColumn<T>> columns, IReadOnlyCollection<T> rows,
        CancellationToken ct, T? total = default, Color? tabColor = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        var options = new WorksheetOptions
        {
            FrozenRows = 1,
            AutoFilter = new AutoFilterOptions($"A1:{ExportColumns.Letter(columns.Count)}{rows.Count + 1}"),
            TabColor = tabColor,
        };
        for (var c = 0; c < columns.Count; c++)
        {
            options.Column(c + 1).Width = columns[c].Width;
        }

        await _spreadsheet.StartWorksheetAsync(name, options, ct);
        await _spreadsheet.AddRowAsync([.. columns.Select(c => new Cell(c.Header, _header))], ct);
        var cells = new Cell[columns.Count];
        foreach (var row in rows)
        {
            await AddRowAsync(columns, row, cells, totalRow: false, ct);
        }

        if (total is not null)
        {
            await AddRowAsync(columns, total, cells, totalRow: true, ct);
        }

        Printed.Add(new PrintedSheet(name, columns.Sum(c => c.Width) > WorkbookSheets.PortraitWidth, RepeatHeaderRow: true));
    }

    /// <summary>Ends the package; <see cref="PrintSetup.Apply"/> then adds <see cref="Printed"/>.</summary>
    public async Task FinishAsync(CancellationToken ct)
    {
        await _spreadsheet.FinishAsync(ct);
        await _spreadsheet.DisposeAsync();
    }

    private async Task AddRowAsync<T>(IReadOnlyList<ExportColumn<T>> columns, T row, Cell[] cells, bool totalRow, CancellationToken ct)
    {
        for (var c = 0; c < columns.Count; c++)
        {
            cells[c] = CellOf(columns[c], row, StyleOf(columns[c].NumberFormat, totalRow));
        }

        await _spreadsheet.AddRowAsync(cells, ct);
    }

    /// <summary>One style per number format, and bold over a thin top border for the 合計 row.</summary>
    private StyleId? StyleOf(string? format, bool total)
    {
        if (format is null && !total)
        {
            return null;
        }

        if (!_cellStyles.TryGetValue((format, total), out var style))
        {
            var definition = new Style();
            if (format is not null)
            {
                definition.Format = NumberFormat.Custom(format);
            }

            if (total)
            {
                definition.Font.Bold = true;
                definition.Border.Top = new EdgeBorder { BorderStyle = BorderStyle.Thin, Color = Color.Black };
            }

            style = _spreadsheet.AddStyle(definition);
            _cellStyles[(format, total)] = style;
        }

        return style;
    }

    // Text stays text whatever it looks like ("0123", "115/11/25", "=…"), cleaned of what XML cannot hold; an empty
    // value leaves the cell empty rather than holding "" (issue #19: blank cells blank).
    private static Cell CellOf<T>(ExportColumn<T> column, T row, StyleId? style) => column.Value(row) switch
    {
        null => Empty(style),
        int n when column.Kind != ExportCellKind.Text => new Cell(n, style),
        decimal d when column.Kind != ExportCellKind.Text => new Cell(d, style),
        double d when column.Kind != ExportCellKind.Text => new Cell(d, style),
        var other => Text(Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture), style),
    };

    private static Cell Text(string? text, StyleId? style) =>
        CellText.Clean(text) is { Length: > 0 } clean ? new Cell(clean, style) : Empty(style);

    // A styled empty cell (the 合計 row's border runs across it) holds no value either.
    private static Cell Empty(StyleId? style) => style is null ? new Cell() : new Cell(default(DataCell), style);
}

/// <summary>How one sheet prints: its title above each page, landscape when wide, the header row repeated.</summary>
public sealed record PrintedSheet(string Title, bool Landscape, bool RepeatHeaderRow);
