using System.Net;
using ClosedXML.Excel;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Components;
using RegionalConsole.Data.Entities;
using RegionalConsole.Features.Queues;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Web.OddStoredValues;

/// <summary>
/// SPEC §13.3: a value the console stored before the input bounds existed never breaks a page or an export — it is
/// shown as it is, or marked unreadable. Each page and export that shows the odd rows of <see cref="OddValuesApp"/>
/// answers 200 without an error page, and each workbook opens and holds the row with its formulas kept as text.
/// </summary>
public sealed class OddStoredValuesTests(OddValuesApp app) : IClassFixture<OddValuesApp>
{
    // The development exception page, the production error page, and a page whose streamed rendering failed.
    private static readonly string[] ErrorMarkers =
        ["An unhandled exception occurred", "An error occurred while processing your request", "blazor-error-boundary"];

    private static readonly string[] People = [OddValuesApp.Reviewer, OddValuesApp.Supervisor, OddValuesApp.Administrator];

    public static TheoryData<string, string> Pages()
    {
        var data = new TheoryData<string, string>();
        foreach (var person in People)
        {
            foreach (var page in new[] { "/", "/queues/course", "/queues/roster", "/queues/cancellation", "/reviews/{queued}", "/reviews/{roster}",
                "/reviews/{cancellation}", "/courses/{queued}", "/courses/{held}", "/courses/{cancelled}", "/statistics", "/cancellations", "/teachers" })
            {
                data.Add(person, page);
            }
        }

        foreach (var person in new[] { OddValuesApp.Supervisor, OddValuesApp.Administrator })
        {
            data.Add(person, "/oversight");
            data.Add(person, "/preschool");
        }

        data.Add(OddValuesApp.Administrator, "/admin/institutions");
        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task EveryPageShowingOddStoredValuesAnswersWithoutAnErrorPage(string person, string page)
    {
        using var client = await app.SignedInAsync(person);

        var response = await client.GetAsync(new Uri(Resolve(page, person), UriKind.Relative));
        if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location is { } next && !next.ToString().Contains("signin", StringComparison.OrdinalIgnoreCase))
        {
            // A course's page opens the review item that carries it.
            response = await client.GetAsync(next);
        }

        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page} as {person}: {(int)response.StatusCode} {Excerpt(html)}");
        Assert.DoesNotContain(ErrorMarkers, m => html.Contains(m, StringComparison.Ordinal));
        if (ExpectedMarker(page) is { } marker)
        {
            Assert.Contains(marker, html, StringComparison.Ordinal);
        }
    }

    // The live queue loads its rows once the circuit runs, not in the first response: the grid's own read and row
    // renderer are called here, as the grid calls them.
    [Theory]
    [InlineData(ReviewKind.Course, OddValuesApp.QueuedMarker)]
    [InlineData(ReviewKind.Roster, OddValuesApp.HeldMarker)]
    [InlineData(ReviewKind.Cancellation, OddValuesApp.CancelledMarker)]
    public async Task TheLiveQueueRendersTheRowsOfOddStoredValues(ReviewKind kind, string marker)
    {
        var user = await ReviewScenario.UserAsync(app, OddValuesApp.Reviewer);
        await using var scope = app.Services.CreateAsyncScope();
        var queues = scope.ServiceProvider.GetRequiredService<QueueService>();

        var page = await queues.PageAsync(user, new QueueQuery("63000", kind, new QueueFilter(), 0, 100));
        var rows = await new QueueRowHtml(scope.ServiceProvider.GetRequiredService<StaticHtml>())
            .RenderAsync(page.Rows.Select(r => new QueueRowView(r, true, false, true, true)));

        Assert.Contains(rows, r => r.Html.Value.Contains(marker, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnOverlongOutlineIsShownAsABoundedExcerptWithANoteThatItWasCut()
    {
        using var client = await app.SignedInAsync(OddValuesApp.Reviewer);

        var html = await (await client.GetAsync(new Uri($"/reviews/{app.QueuedItemId}", UriKind.Relative))).Content.ReadAsStringAsync();

        Assert.Contains("OUTLINE-START", html, StringComparison.Ordinal);
        Assert.DoesNotContain("OUTLINE-END", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"text-cut\"", html, StringComparison.Ordinal);
        var bytes = System.Text.Encoding.UTF8.GetByteCount(html);
        Assert.True(bytes < 200_000, $"the review page is {bytes:N0} bytes");
    }

    [Fact]
    public async Task ADateBeforeTheRepublicIsShownAsStored()
    {
        using var client = await app.SignedInAsync(OddValuesApp.Reviewer);

        var html = await (await client.GetAsync(new Uri($"/reviews/{app.QueuedItemId}", UriKind.Relative))).Content.ReadAsStringAsync();

        Assert.Contains("0001-01-01", html, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> Exports()
    {
        var data = new TheoryData<string, string>();
        foreach (var person in People)
        {
            foreach (var export in new[] { "/exports/queues/course.xlsx", "/exports/queues/roster.xlsx", "/exports/queues/cancellation.xlsx",
                "/exports/courses.xlsx?year=115", "/exports/rosters.xlsx?year=115", "/exports/cancellations.xlsx", "/exports/statistics.xlsx?year=115",
                "/exports/statistics/case-file.xlsx?year=115", "/exports/statistics/cancellations.xlsx?year=115", "/exports/statistics/backlog.xlsx?year=115" })
            {
                data.Add(person, export);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Exports))]
    public async Task EveryExportOfOddStoredValuesOpensAndHoldsTheRowWithFormulasAsText(string person, string export)
    {
        using var client = await app.SignedInAsync(person);

        var response = await client.GetAsync(new Uri(Resolve(export, person), UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        var cells = workbook.Worksheets.SelectMany(s => s.CellsUsed()).ToList();
        Assert.DoesNotContain(cells, c => c.HasFormula);
        if (ExpectedMarker(export) is { } marker)
        {
            Assert.Contains(cells, c => c.GetString().StartsWith(marker, StringComparison.Ordinal));
        }

        Assert.All(cells.Where(c => c.GetString().Contains("HYPERLINK", StringComparison.Ordinal)), c => Assert.Equal(XLDataType.Text, c.DataType));
    }

    private string Resolve(string path, string person)
    {
        var resolved = path.Replace("{queued}", Id(path, app.QueuedItemId, app.QueuedCourseNo), StringComparison.Ordinal)
            .Replace("{roster}", app.RosterItemId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{cancellation}", app.CancellationItemId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{held}", app.HeldCourseNo, StringComparison.Ordinal)
            .Replace("{cancelled}", app.CancelledCourseNo, StringComparison.Ordinal);
        // Supervisors and administrators pick the centre whose queue they look at.
        return person != OddValuesApp.Reviewer && resolved.Contains("queues/", StringComparison.Ordinal) ? resolved + "?centre=63000" : resolved;
    }

    private static string Id(string path, int itemId, string courseNo) =>
        path.StartsWith("/reviews", StringComparison.Ordinal) ? itemId.ToString(System.Globalization.CultureInfo.InvariantCulture) : courseNo;

    private static string? ExpectedMarker(string path) => path switch
    {
        _ when path.Contains("statistics", StringComparison.Ordinal) => null,
        _ when path.StartsWith("/queues", StringComparison.Ordinal) || path == "/cancellations" => null,
        _ when path.Contains("queues/course", StringComparison.Ordinal) || path.EndsWith("{queued}", StringComparison.Ordinal) => OddValuesApp.QueuedMarker,
        _ when path.Contains("queues/roster", StringComparison.Ordinal) || path.Contains("rosters.xlsx", StringComparison.Ordinal)
            || path.EndsWith("{roster}", StringComparison.Ordinal) || path.EndsWith("{held}", StringComparison.Ordinal) => OddValuesApp.HeldMarker,
        _ when path.Contains("cancellation", StringComparison.Ordinal) || path.EndsWith("{cancelled}", StringComparison.Ordinal) => OddValuesApp.CancelledMarker,
        _ => null,
    };

    private static string Excerpt(string html) => html.Length > 3_000 ? html[..3_000] : html;
}
