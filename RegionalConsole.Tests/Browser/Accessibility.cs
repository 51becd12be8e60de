using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace RegionalConsole.Tests.Browser;

/// <summary>
/// axe-core on a page, with the rules of WCAG 2.0 and 2.1 levels A and AA: the level the console aims for (issue 19;
/// 身心障礙者權益保障法 第52條之2 asks government sites for at least level A, many agencies for AA).
/// </summary>
public static class Accessibility
{
    private static readonly AxeRunOptions Options = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    /// <summary>
    /// The critical and serious violations on the page as it is now, one line per rule: its id, impact, help, how many
    /// elements and the first few of them (target and markup).
    /// </summary>
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(Options);
        return [.. result.Violations
            .Where(v => v.Impact is "critical" or "serious")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help}; {v.Nodes.Length} element(s):"
                + string.Concat(v.Nodes.Take(3).Select(n => $"\n      {n.Target} — {Trim(n.Html)}")))];
    }

    /// <summary>Fails naming each critical or serious violation (rule, impact, target, help).</summary>
    public static async Task AssertNoSeriousViolationsAsync(IPage page, string where)
    {
        var found = await SeriousViolationsAsync(page);
        Assert.True(found.Count == 0, Report([(where, found)]));
    }

    public static string Report(IEnumerable<(string Where, IReadOnlyList<string> Violations)> pages)
    {
        var text = new StringBuilder("Critical or serious accessibility violations:");
        foreach (var (where, violations) in pages.Where(p => p.Violations.Count > 0))
        {
            text.Append('\n').Append(where);
            foreach (var line in violations)
            {
                text.Append("\n  ").Append(line);
            }
        }

        return text.ToString();
    }

    /// <summary>A browser context for axe: its script is injected, which the console's CSP would refuse.</summary>
    public static Task<IBrowserContext> NewContextAsync(IBrowser browser, string locale = "zh-TW") =>
        browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = locale,
            TimezoneId = "Asia/Taipei",
            BypassCSP = true,
            ViewportSize = new ViewportSize { Width = 1280, Height = 720 },
        });

    private static string Trim(string? html) =>
        html is null ? "" : html.Length <= 160 ? html : html[..160] + "…";
}
