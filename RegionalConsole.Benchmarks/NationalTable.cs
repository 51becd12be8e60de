using System.Globalization;
using System.Text;

namespace RegionalConsole.Benchmarks;

/// <summary>
/// What one measurement gave: the warm runs' values (milliseconds, unless the row says otherwise), the process's CPU
/// time of each where known, and the load average (1 minute, /proc/loadavg) just before and just after.
/// </summary>
internal sealed record Samples(IReadOnlyList<double> Values, IReadOnlyList<double> Cpu, double LoadBefore, double LoadAfter)
{
    public double Median => MedianOf(Values);

    public double Min => Values.Count == 0 ? double.NaN : Values.Min();

    public double Max => Values.Count == 0 ? double.NaN : Values.Max();

    /// <summary>The middle value; of an even count, the mean of the two middle ones. NaN when there is none.</summary>
    public static double MedianOf(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>The 1-minute load average now, as <c>uptime</c> shows it; NaN where /proc is missing.</summary>
    public static double Load() =>
        File.Exists("/proc/loadavg") ? double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture) : double.NaN;

    /// <summary>The same samples with every value (and CPU time) multiplied, e.g. to a time per 100,000 rows.</summary>
    public Samples Scaled(double factor) => this with { Values = [.. Values.Select(v => v * factor)], Cpu = [.. Cpu.Select(v => v * factor)] };

    /// <summary>
    /// "**1,234 ms** (1,100–1,300 ms over 3; CPU 900 ms)": the median bold, then the range of the warm runs and the
    /// median CPU time; one run gives no range.
    /// </summary>
    public string Text(string unit = "ms", string format = "N0")
    {
        string N(double v) => v.ToString(format, CultureInfo.InvariantCulture);
        var parts = new List<string>();
        if (Values.Count > 1)
        {
            parts.Add($"{N(Min)}–{N(Max)} {unit} over {Values.Count}");
        }

        if (Cpu.Count > 0)
        {
            parts.Add($"CPU {N(MedianOf(Cpu))} ms");
        }

        return $"**{N(Median)} {unit}**" + (parts.Count > 0 ? $" ({string.Join("; ", parts)})" : "");
    }
}

/// <summary>
/// The national run's one table: a row per target, a column per database, and the load while each was measured.
/// Rows keep the order they were first added in; a database that did not measure a row shows "—".
/// </summary>
internal sealed class NationalTable
{
    private readonly List<string> _targets = [];
    private readonly Dictionary<(string Target, string Database), (string Text, double LoadBefore, double LoadAfter)> _cells = [];

    public static readonly string[] Databases = ["SQLite", "PostgreSQL"];

    public void Add(string target, string database, string text, double loadBefore, double loadAfter)
    {
        if (!_targets.Contains(target))
        {
            _targets.Add(target);
        }

        _cells[(target, database)] = (text, loadBefore, loadAfter);
    }

    public void Add(string target, string database, Samples samples, string unit = "ms", string format = "N0")
    {
        ArgumentNullException.ThrowIfNull(samples);
        Add(target, database, samples.Text(unit, format), samples.LoadBefore, samples.LoadAfter);
    }

    /// <summary>The Markdown table, pipes in cells escaped.</summary>
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine($"| target | {string.Join(" | ", Databases)} | load |");
        text.AppendLine($"|---|{string.Concat(Databases.Select(_ => "---|"))}---|");
        foreach (var target in _targets)
        {
            var cells = Databases.Select(d => _cells.TryGetValue((target, d), out var cell) ? cell.Text : "—");
            var loads = Databases.Where(d => _cells.ContainsKey((target, d)))
                .Select(d => $"{d} {LoadText(_cells[(target, d)].LoadBefore, _cells[(target, d)].LoadAfter)}");
            text.AppendLine($"| {Escape(target)} | {string.Join(" | ", cells.Select(Escape))} | {string.Join("; ", loads)} |");
        }

        return text.ToString();
    }

    /// <summary>"1.2→3.4": the load average before and after; one figure when they are the same.</summary>
    public static string LoadText(double before, double after)
    {
        string N(double v) => double.IsNaN(v) ? "?" : v.ToString("0.0", CultureInfo.InvariantCulture);
        return N(before) == N(after) ? N(before) : $"{N(before)}→{N(after)}";
    }

    private static string Escape(string cell) => cell.Replace("|", "\\|", StringComparison.Ordinal);
}
