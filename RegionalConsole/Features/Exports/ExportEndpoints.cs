using ClosedXML.Excel;
using RegionalConsole.Auth;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Rosters;
using RegionalConsole.Features.Queues;
using RegionalConsole.Features.Statistics;

namespace RegionalConsole.Features.Exports;

/// <summary>
/// Excel downloads for signed-in staff (SPEC §9): plain authorised GETs that honour the person's scope in the
/// services — a centre or county outside it is 403, a bad filter 400 naming the field.
/// </summary>
public static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder app)
    {
        var exports = app.MapGroup("/exports").RequireAuthorization(ConsolePolicies.Staff).RequireRateLimiting(HeavyExportLimit.Name)
            .ExcludeFromDescription();

        exports.MapGet("/statistics.xlsx", (HttpContext http, StatisticsService statistics) => StatisticsAsync(http, statistics, null));

        exports.MapGet("/statistics/{table}.xlsx", (string table, HttpContext http, StatisticsService statistics) =>
            StatisticsSheets.Keys.Contains(table) ? StatisticsAsync(http, statistics, table) : Task.FromResult(Results.NotFound()));

        exports.MapGet("/courses.xlsx", async (HttpContext http, StatisticsService statistics, CourseListExport courses) =>
        {
            var (scope, refusal) = await ScopeAsync(http, statistics);
            if (scope is null)
            {
                return refusal!;
            }

            ExportFile.StartXlsx(http.Response, $"研習課程清單_{StatisticsWorkbook.ScopeText(scope)}_{scope.Filter.PeriodText}.xlsx",
                $"courses-{StatisticsWorkbook.AsciiScope(scope)}-{StatisticsWorkbook.AsciiPeriod(scope.Filter)}.xlsx");
            await StreamingExport.WriteAsync(http.Response.Body, "研習課程", RawExportColumns.Courses, courses.RowsAsync(scope, http.RequestAborted), http.RequestAborted);
            return Results.Empty;
        });

        // Attendees of the rosters of the courses the course list holds; national IDs whole only for the roles the
        // roster review screen shows them to.
        exports.MapGet("/rosters.xlsx", async (HttpContext http, StatisticsService statistics, RosterListExport rosters) =>
        {
            var (scope, refusal) = await ScopeAsync(http, statistics);
            if (scope is null)
            {
                return refusal!;
            }

            var reveal = NationalIdDisplay.ShowsFull(ConsoleUser.From(http.User)!.Role);
            ExportFile.StartXlsx(http.Response, $"研習名單_{StatisticsWorkbook.ScopeText(scope)}_{scope.Filter.PeriodText}.xlsx",
                $"rosters-{StatisticsWorkbook.AsciiScope(scope)}-{StatisticsWorkbook.AsciiPeriod(scope.Filter)}.xlsx");
            await StreamingExport.WriteAsync(http.Response.Body, "研習名單", RawExportColumns.Rosters(reveal), rosters.RowsAsync(scope, http.RequestAborted), http.RequestAborted);
            return Results.Empty;
        });

        exports.MapGet("/queues/{slug}.xlsx", async (string slug, string? centre, HttpContext http, QueueService queues, TimeProvider clock) =>
        {
            var user = ConsoleUser.From(http.User)!;
            if (QueueKinds.Parse(slug) is not { } kind)
            {
                return Results.NotFound();
            }

            var (filter, errors) = QueueFilterFromQuery(http.Request.Query);
            if (errors.Count > 0)
            {
                return Results.ValidationProblem(errors, title: "資料驗證失敗");
            }

            var choice = await queues.ChooseCentreAsync(user, centre, http.RequestAborted);
            if (choice.Refused || choice.Centre is null)
            {
                return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "無權限", detail: $"您無權匯出中心「{centre}」的審核清單。");
            }

            var query = new QueueQuery(choice.Centre.Code, kind, filter);
            var rows = queues.ExportRowsAsync(user, query, http.RequestAborted);
            var today = RocDate.TaipeiDate(clock.GetUtcNow());
            // Each kind its own name: a day's course, roster and cancellation lists do not overwrite each other (issue #19).
            var listName = QueueListName(kind);
            ExportFile.StartXlsx(http.Response, $"{listName}_{choice.Centre.Name}_{RocDate.Short(today).Replace('/', '-')}.xlsx",
                $"queue-{slug}-{choice.Centre.Code}-{ExportFile.AsciiStamp(today)}.xlsx");
            await StreamingExport.WriteAsync(http.Response.Body, listName, RawExportColumns.Queue, rows, http.RequestAborted);
            return Results.Empty;
        });

        return app;
    }

    /// <summary>The zh-TW name of a queue's list, as its file and sheet are called.</summary>
    public static string QueueListName(ReviewKind kind) => kind switch
    {
        ReviewKind.Course => "課程審核清單",
        ReviewKind.Roster => "名單審核清單",
        ReviewKind.Cancellation => "停辦審查清單",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static async Task<IResult> StatisticsAsync(HttpContext http, StatisticsService statistics, string? table)
    {
        var (scope, refusal) = await ScopeAsync(http, statistics);
        if (scope is null)
        {
            return refusal!;
        }

        var ct = http.RequestAborted;
        if (table == "case-file")
        {
            // The full case file can be long: it streams; the page's workbook carries its first rows.
            ExportFile.StartXlsx(http.Response, StatisticsWorkbook.FileName(scope, table), StatisticsWorkbook.AsciiFileName(scope, table));
            await StreamingExport.WriteAsync(http.Response.Body, StatisticsSheets.SheetNames[table], StatisticsSheets.CaseFile,
                statistics.CaseFileRowsAsync(scope, ct), ct);
            return Results.Empty;
        }

        var report = await statistics.ReportAsync(scope, table is null ? StatisticsWorkbook.CaseFileSheetRows : 0, ct);
        var buffer = new MemoryStream();
        await StatisticsWorkbook.WriteAsync(buffer, report, table, ct);
        buffer.Position = 0;
        http.Response.Headers.ContentDisposition = ExportFile.ContentDisposition(
            StatisticsWorkbook.FileName(scope, table), StatisticsWorkbook.AsciiFileName(scope, table));
        return Results.Stream(buffer, ExportFile.XlsxType);
    }

    /// <summary>The statistics scope of the request's filter, or the 400/403 answer refusing it.</summary>
    private static async Task<(StatisticsScope? Scope, IResult? Refusal)> ScopeAsync(HttpContext http, StatisticsService statistics)
    {
        var q = http.Request.Query;
        var (filter, errors) = StatisticsFilter.Parse(q["year"], q["from"], q["to"], q["centre"], q["county"], statistics.Today);
        if (filter is null)
        {
            return (null, Results.ValidationProblem(errors, title: "資料驗證失敗"));
        }

        try
        {
            return (await statistics.ScopeAsync(ConsoleUser.From(http.User)!, filter, http.RequestAborted), null);
        }
        catch (UnauthorizedAccessException)
        {
            return (null, Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "無權限",
                detail: "您無權匯出所指定中心或縣市的資料；督導僅能匯出所轄中心之資料。"));
        }
    }

    private static (QueueFilter Filter, Dictionary<string, string[]> Errors) QueueFilterFromQuery(IQueryCollection q)
    {
        var errors = new Dictionary<string, string[]>();
        var state = Parse<QueueState>(q["state"], "state", errors);
        var assignee = Parse<AssigneeFilter>(q["assignee"], "assignee", errors);
        var filter = new QueueFilter
        {
            State = state,
            Assignee = assignee,
            HasErrors = string.Equals(q["errors"], "true", StringComparison.OrdinalIgnoreCase),
            Tag = q["tag"],
            Organiser = q["organiser"],
            Search = q["search"],
        };
        return (filter, errors);
    }

    private static T Parse<T>(string? text, string field, Dictionary<string, string[]> errors)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return default;
        }

        if (Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value))
        {
            return value;
        }

        errors[field] = [$"「{text}」不是有效值（{string.Join("、", Enum.GetNames<T>())}）。"];
        return default;
    }
}
