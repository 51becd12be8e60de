using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;

namespace RegionalConsole.Benchmarks;

/// <summary>
/// The click half of the circuits run: claims on the reviewers' open queues, timed inside the pages (see
/// <see cref="CircuitLoadRun"/>).
/// </summary>
internal static class CircuitClicks
{
    /// <summary>
    /// Claims the first unclaimed item of a random page's queue, <paramref name="parallel"/> reviewers at a time, and
    /// times the click to the update on that page and to the update on a colleague's page of the same centre.
    /// </summary>
    public static async Task ClickAsync(List<ReviewerPage> pages, int clicks, int parallel, ServerEventTimes serverTimes)
    {
        serverTimes.Reset();
        var own = new List<double>();
        var colleague = new List<double>();
        var skipped = 0;
        var random = new Random(11);
        var busy = new HashSet<string>();
        var watch = Stopwatch.StartNew();
        var next = 0;

        async Task WorkerAsync()
        {
            while (Interlocked.Increment(ref next) <= clicks)
            {
                ReviewerPage page, other;
                lock (busy)
                {
                    // One click at a time per centre: two claims racing for the same first item would measure a refusal.
                    var free = pages.Where(p => !busy.Contains(p.Reviewer.CentreCode)).ToList();
                    page = free[random.Next(free.Count)];
                    var colleagues = pages.Where(p => p.Reviewer.CentreCode == page.Reviewer.CentreCode && p != page).ToList();
                    other = colleagues[random.Next(colleagues.Count)];
                    busy.Add(page.Reviewer.CentreCode);
                }

                try
                {
                    var timing = await ClaimAsync(page.Page, other.Page);
                    lock (own)
                    {
                        if (timing is null)
                        {
                            skipped++;
                            continue;
                        }

                        own.Add(timing.Value.Own);
                        if (timing.Value.Colleague is { } c)
                        {
                            colleague.Add(c);
                        }
                    }
                }
                finally
                {
                    lock (busy)
                    {
                        busy.Remove(page.Reviewer.CentreCode);
                    }
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, parallel).Select(_ => Task.Run(WorkerAsync)));
        Console.WriteLine(CircuitLoadRun.Line($"{own.Count} claims in {watch.Elapsed.TotalSeconds:N1} s ({own.Count / watch.Elapsed.TotalSeconds:N1}/s, {parallel} reviewers clicking at once, {skipped} skipped: nothing left to claim, or claimed meanwhile), load {CircuitLoadRun.Load()}"));
        Console.WriteLine(CircuitLoadRun.Line($"click-to-update (own page): {Percentiles(own)}"));
        Console.WriteLine(CircuitLoadRun.Line($"claim shown in a colleague's open queue: {Percentiles(colleague)} ({colleague.Count} of {own.Count})"));
        Console.WriteLine(CircuitLoadRun.Line($"the server's part (the grid handling the claim event: write, reload, rows): {Percentiles(serverTimes.Take())}"));
    }

    private static async Task<(double Own, double? Colleague)?> ClaimAsync(IPage page, IPage colleague)
    {
        var courseNo = await page.EvaluateAsync<string?>(
            "() => document.querySelector('tr [data-testid=claim]')?.closest('tr').querySelector('[data-testid=course-no]').textContent.trim() ?? null");
        if (courseNo is null)
        {
            return null;
        }

        var watch = await colleague.EvaluateAsync<string>(ScriptWatch, courseNo);
        if (watch == "claimed")
        {
            // The colleague's page already shows the item taken: this page had not yet received that claim, and its
            // click would only be refused. Not a sample of either update.
            return null;
        }

        var watching = watch == "watching";
        // [wall-clock start, milliseconds to the update]
        var clicked = await page.EvaluateAsync<double[]>(ScriptClick, courseNo);
        if (clicked[1] == -2)
        {
            return null; // A colleague's claim reached this page in between: the row is no longer free.
        }

        if (clicked[1] < 0)
        {
            throw new InvalidOperationException($"The claim of {courseNo} did not show on the claimant's page within 10 s.");
        }

        double? seen = null;
        if (watching)
        {
            var at = await colleague.EvaluateAsync<double>("() => window.rcSeen");
            if (at < 0)
            {
                var state = await colleague.EvaluateAsync<string>(ScriptState, courseNo);
                throw new InvalidOperationException($"The claim of {courseNo} did not reach a colleague's queue within 10 s: {state}");
            }

            seen = at - clicked[0];
        }

        return (clicked[1], seen);
    }

    // Rows are found by course number; the update is the assignee's name replacing the claim button in that row.
    private const string FindRow =
        "const row = no => [...document.querySelectorAll('[data-testid=course-no]')].find(a => a.textContent.trim() === no)?.closest('tr');" +
        "const claimed = no => !!row(no)?.querySelector('[data-testid=assignee]');";

    // What a colleague's page shows when a claim did not reach it: the row, and whether the circuit is connected.
    private const string ScriptState = "no => {" + FindRow +
        "const modal = document.querySelector('#components-reconnect-modal');" +
        "return JSON.stringify({ row: row(no)?.outerHTML ?? null, rows: document.querySelectorAll('tbody tr').length," +
        " reconnect: modal ? modal.className + ' ' + (modal.open ?? '') : 'none', interactive: document.querySelector('#rc-interactive')?.dataset.interactive }); }";

    private const string ScriptWatch = "no => {" + FindRow +
        "if (!row(no)) { return 'absent'; }" +
        "if (claimed(no)) { return 'claimed'; }" +
        "window.rcSeen = new Promise(resolve => {" +
        "  const observer = new MutationObserver(() => { if (claimed(no)) { observer.disconnect(); resolve(Date.now()); } });" +
        "  observer.observe(document.body, { subtree: true, childList: true, characterData: true });" +
        "  setTimeout(() => { observer.disconnect(); resolve(-1); }, 10000);" +
        "});" +
        "return 'watching'; }";

    private const string ScriptClick = "no => new Promise(resolve => {" + FindRow +
        "const button = row(no)?.querySelector('[data-testid=claim]');" +
        "if (!button) { resolve([Date.now(), -2]); return; }" +
        "const start = Date.now(), t0 = performance.now();" +
        "const observer = new MutationObserver(() => { if (claimed(no)) { observer.disconnect(); resolve([start, performance.now() - t0]); } });" +
        "observer.observe(document.body, { subtree: true, childList: true, characterData: true });" +
        "setTimeout(() => { observer.disconnect(); resolve([start, -1]); }, 10000);" +
        "button.click(); })";


    private static string Percentiles(List<double> values)
    {
        if (values.Count == 0)
        {
            return "no samples";
        }

        values.Sort();
        double At(double p) => values[Math.Min(values.Count - 1, (int)Math.Ceiling(p * values.Count) - 1)];
        return string.Create(CultureInfo.InvariantCulture, $"p50 {At(0.50):N0} ms, p95 {At(0.95):N0} ms, max {values[^1]:N0} ms over {values.Count}");
    }
}

internal sealed record Reviewer(string UserName, string CentreCode);

internal sealed record ReviewerPage(Reviewer Reviewer, IPage Page);
