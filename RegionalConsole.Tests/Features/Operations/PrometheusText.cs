using System.Globalization;
using System.Text.RegularExpressions;

namespace RegionalConsole.Tests.Features.Operations;

/// <summary>A scrape in the Prometheus text format, read the way Prometheus reads it: series by name and labels.</summary>
public sealed partial class PrometheusText(string text)
{
    public string Text { get; } = text;

    /// <summary>The value of the one series of <paramref name="name"/> carrying every label given; null when there is none.</summary>
    public double? Value(string name, params (string Label, string Value)[] labels)
    {
        var values = Series(name).Where(s => labels.All(l => s.Labels.GetValueOrDefault(l.Label) == l.Value)).Select(s => s.Value).ToList();
        return values.Count switch
        {
            0 => null,
            1 => values[0],
            _ => throw new InvalidOperationException($"{values.Count} series of {name} match; name more labels.\n{Text}"),
        };
    }

    public double Required(string name, params (string Label, string Value)[] labels) =>
        Value(name, labels) ?? throw new InvalidOperationException($"No series {name} {string.Join(",", labels)} in the scrape:\n{Text}");

    private IEnumerable<(Dictionary<string, string> Labels, double Value)> Series(string name)
    {
        foreach (var line in Text.Split('\n'))
        {
            var m = Line().Match(line);
            if (m.Success && m.Groups["name"].Value == name)
            {
                var labels = Label().Matches(m.Groups["labels"].Value).ToDictionary(l => l.Groups[1].Value, l => l.Groups[2].Value);
                yield return (labels, double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture));
            }
        }
    }

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>[^}]*)\})? (?<value>\S+)")]
    private static partial Regex Line();

    [GeneratedRegex(@"([a-zA-Z_][a-zA-Z0-9_]*)=""((?:[^""\\]|\\.)*)""")]
    private static partial Regex Label();
}
