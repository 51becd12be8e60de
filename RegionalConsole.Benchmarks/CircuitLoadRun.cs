using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Playwright;
using RegionalConsole.Data;
using RegionalConsole.Domain;

namespace RegionalConsole.Benchmarks;

/// <summary>
/// Live reviewer circuits (issue #8 targets: 200 circuits on the 2-core machine, ≤500 KB of server memory each,
/// click-to-update p95 ≤200 ms). The real app on Kestrel (loopback, fresh SQLite file or PostgreSQL database with demo data) and Debian's
/// Chromium driven by Playwright: one browser context per demo reviewer, pages spread round-robin over them, each page
/// the centre's course queue with its own Blazor circuit over the real SignalR WebSocket.
/// <para>
/// Memory per circuit is the app's managed heap after a full blocking GC with every circuit open, minus the same
/// before the first page, divided by the circuits the app counts (a <see cref="CircuitHandler"/>); the process's
/// resident memory is shown too. Click-to-update is timed inside the page: from the claim button's click to the
/// mutation that shows the assignee in that row (the server's round trip, render batch and DOM update); the same
/// claim's arrival in a colleague's open queue (another page of the centre, through the queue notifier) is timed
/// against the wall clock the pages share.
/// </para>
/// </summary>
internal static class CircuitLoadRun
{
    private const string Chromium = "/usr/bin/chromium";
    public const string QueuePath = "/queues/course";

    /// <summary>
    /// Opens <paramref name="path"/> (the course queue unless told) in each page; clicks only on the queue. With
    /// <paramref name="holdSeconds"/> the pages stay open that long after the memory is measured, for a heap snapshot.
    /// </summary>
    public static async Task<int> RunAsync(int circuits, int clicks, int parallel, int courses, string path, int holdSeconds, int browserNice,
        BenchDatabase database)
    {
        if (!File.Exists(Chromium))
        {
            Console.Error.WriteLine($"{Chromium} is missing: install Debian's chromium package (./test.sh does).");
            return 2;
        }

        var counter = new CircuitCounter();
        using var host = new BenchHost(institutions: 2_000, courses, kestrel: true, database)
        {
            ConfigureServices = services =>
            {
                services.AddSingleton(counter);
                services.TryAddEnumerable(ServiceDescriptor.Scoped<CircuitHandler, CountingCircuitHandler>());
            },
        };
        host.StartServer();
        var reviewers = await ReviewersAsync(host);
        Console.WriteLine($"App on {host.ServerAddress} ({database.Name}, {courses:N0} demo courses, {reviewers.Count} reviewers); load {Load()}; Chromium at nice {browserNice}");

        var profile = Directory.CreateTempSubdirectory("rc-circuits-chromium-");
        Environment.SetEnvironmentVariable("XDG_CONFIG_HOME", profile.FullName);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = browserNice > 0 && OperatingSystem.IsLinux() ? NiceChromium(profile.FullName, browserNice) : Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic", "--disable-dev-shm-usage",
                "--disable-renderer-backgrounding", "--disable-background-timer-throttling"],
        });
        try
        {
            var contexts = new Dictionary<string, IBrowserContext>();
            foreach (var reviewer in reviewers)
            {
                contexts[reviewer.UserName] = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-TW", TimezoneId = "Asia/Taipei" });
            }

            // Warm up (JIT, caches, the browser's script cache) with one circuit per context: that opens a session for
            // each reviewer, and the measured pages are opened after the baseline.
            var pages = new List<ReviewerPage>();
            var watch = Stopwatch.StartNew();
            await OpenAsync(reviewers.Select(r => (r, contexts[r.UserName], $"/dev-signin?as={Uri.EscapeDataString(r.UserName)}&returnUrl={Uri.EscapeDataString(path)}")), host.ServerAddress, parallel, pages);
            var warm = pages.Count;
            var (heap0, rss0, open0) = await SettleAsync(counter);
            Console.WriteLine(Line($"baseline: {open0} circuits, managed heap {heap0 / 1_048_576.0:N1} MB, process {rss0 / 1_048_576.0:N0} MB ({watch.Elapsed.TotalSeconds:N0} s to sign in {warm} reviewers)"));

            watch.Restart();
            var more = Enumerable.Range(0, Math.Max(0, circuits - warm)).Select(i => reviewers[i % reviewers.Count])
                .Select(r => (r, contexts[r.UserName], path));
            await OpenAsync(more, host.ServerAddress, parallel, pages);
            var (heap1, rss1, open1) = await SettleAsync(counter);
            var added = open1 - open0;
            Console.WriteLine(Line($"{open1} circuits open ({added} added in {watch.Elapsed.TotalSeconds:N0} s): managed heap {heap1 / 1_048_576.0:N1} MB, process {rss1 / 1_048_576.0:N0} MB"));
            Console.WriteLine(Line($"memory per circuit: {(heap1 - heap0) / 1024.0 / added:N0} KB managed heap, {(rss1 - rss0) / 1024.0 / added:N0} KB resident"));
            if (holdSeconds > 0)
            {
                Console.WriteLine(Line($"holding the pages {holdSeconds} s: process {Environment.ProcessId}"));
                await Task.Delay(TimeSpan.FromSeconds(holdSeconds));
            }

            if (path == QueuePath)
            {
                using var serverTimes = new ServerEventTimes("QueueGrid");
                await CircuitClicks.ClickAsync(pages, clicks, parallel, serverTimes);
            }

            var (heap2, _, open2) = await SettleAsync(counter);
            Console.WriteLine(Line($"after the clicks: {open2} circuits, managed heap {heap2 / 1_048_576.0:N1} MB ({(heap2 - heap1) / 1024.0 / open2:N0} KB more a circuit: reloaded queues keep their larger buffers)"));
        }
        finally
        {
            await browser.CloseAsync();
            profile.Delete(recursive: true);
        }

        return 0;
    }

    /// <summary>Opens the pages, <paramref name="parallel"/> at a time, each ready when its circuit is interactive and the queue shows.</summary>
    private static async Task OpenAsync(IEnumerable<(Reviewer Reviewer, IBrowserContext Context, string Path)> opens, Uri server, int parallel, List<ReviewerPage> pages)
    {
        using var gate = new SemaphoreSlim(parallel);
        var tasks = opens.Select(async open =>
        {
            await gate.WaitAsync();
            try
            {
                var page = await open.Context.NewPageAsync();
                await page.GotoAsync(new Uri(server, open.Path).ToString(), new() { Timeout = 120_000 });
                await page.Locator("#rc-interactive[data-interactive=true]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 120_000 });
                if (open.Path.EndsWith(QueuePath, StringComparison.Ordinal) || open.Path.Contains(Uri.EscapeDataString(QueuePath), StringComparison.Ordinal))
                {
                    await page.Locator("[data-testid=course-no], [data-testid=queue-empty]").First.WaitForAsync(new() { Timeout = 120_000 });
                }
                lock (pages)
                {
                    pages.Add(new ReviewerPage(open.Reviewer, page));
                }
            }
            finally
            {
                gate.Release();
            }
        });
        await Task.WhenAll(tasks);
    }

    private static async Task<(long Heap, long Resident, int Open)> SettleAsync(CircuitCounter counter)
    {
        await Task.Delay(TimeSpan.FromSeconds(3));
        for (var i = 0; i < 3; i++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        using var process = Process.GetCurrentProcess();
        return (GC.GetTotalMemory(forceFullCollection: true), process.WorkingSet64, counter.Open);
    }

    /// <summary>
    /// Chromium through a wrapper that starts it at a lower CPU priority, without the right to raise it again (root
    /// may otherwise set its display threads to nice -8): the 200 pages stand for 200 reviewers' own computers, and on
    /// this machine they would otherwise take the CPU from the server under test.
    /// </summary>
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    private static string NiceChromium(string directory, int nice)
    {
        var wrapper = Path.Combine(directory, "chromium-nice");
        File.WriteAllText(wrapper, $"#!/bin/sh\nexec setpriv --bounding-set=-sys_nice --inh-caps=-sys_nice nice -n {nice} {Chromium} \"$@\"\n");
        File.SetUnixFileMode(wrapper, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return wrapper;
    }

    private static async Task<List<Reviewer>> ReviewersAsync(BenchHost host)
    {
        using var scope = host.Services.CreateScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
        return await db.Accounts.AsNoTracking().Where(a => a.Role == ConsoleRole.Reviewer && a.Enabled)
            .OrderBy(a => a.UserName).Select(a => new Reviewer(a.UserName, a.CentreCode!)).ToListAsync();
    }

    internal static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    internal static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

}
