using System.Globalization;
using RegionalConsole.Auth;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Cancellations;
using RegionalConsole.Features.Exports;


namespace RegionalConsole.Features.Cancellations;

/// <summary>
/// The cancellation register as a streamed workbook (SPEC §5.5, §9): the register's own query, so the file lists
/// exactly what the page lists. <c>from</c>/<c>to</c> are ISO dates, <c>category</c> a reason name, <c>centre</c> a code.
/// </summary>
public static class CancellationExport
{
    public static IEndpointRouteBuilder MapCancellationExport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/exports/cancellations.xlsx", async (HttpContext http, CancellationRegister register, TimeProvider clock) =>
            {
                var (filter, errors) = Parse(http.Request.Query);
                if (errors.Count > 0)
                {
                    return Results.ValidationProblem(errors, title: "資料驗證失敗");
                }

                var user = ConsoleUser.From(http.User)!;
                var centres = await register.CentresAsync(user, http.RequestAborted);
                if (filter.CentreCode is { } centre && !centres.Any(c => c.Code == centre))
                {
                    return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "無權限", detail: $"您無權匯出中心「{centre}」的停辦登記。");
                }

                var today = RocDate.TaipeiDate(clock.GetUtcNow());
                // The scope and period in the name: two centres' registers, or two periods', never share one (issue #19).
                var scope = filter.CentreCode is { } code ? centres.First(c => c.Code == code).Name : centres.Count == 1 ? centres[0].Name : "全部中心";
                var asciiScope = filter.CentreCode ?? (centres.Count == 1 ? centres[0].Code : "all");
                var period = filter.From is null && filter.To is null ? Stamp(today) : $"{Stamp(filter.From)}至{Stamp(filter.To)}";
                ExportFile.StartXlsx(http.Response, $"停辦登記簿_{scope}_{period}.xlsx",
                    $"cancellations-{asciiScope}-{AsciiPeriod(filter, today)}.xlsx");
                await StreamingExport.WriteAsync(http.Response.Body, "停辦登記簿", Columns(),
                    register.RowsAsync(user, filter, http.RequestAborted), http.RequestAborted);
                return Results.Empty;
            })
            .RequireAuthorization(ConsolePolicies.Staff)
            .RequireRateLimiting(Exports.HeavyExportLimit.Name)
            .ExcludeFromDescription();
        return app;
    }

    private static string Stamp(DateOnly? date) => date is { } d ? RocDate.Short(d).Replace('/', '-') : "";

    private static string AsciiPeriod(CancellationFilter filter, DateOnly today) =>
        filter.From is null && filter.To is null
            ? ExportFile.AsciiStamp(today)
            : $"{(filter.From is { } f ? ExportFile.AsciiStamp(f) : "")}-to-{(filter.To is { } t ? ExportFile.AsciiStamp(t) : "")}";

    /// <summary>The register's 通知方式 in words (SPEC §5.5), as the review screen says them in zh-TW; not the stored enum name.</summary>
    public static string? ChannelText(string? channel) => channel switch
    {
        null or "" => null,
        "Email" => "電子郵件",
        "Sms" => "簡訊",
        "Phone" => "電話",
        "Letter" => "書面",
        "Announcement" => "公告",
        "Other" => "其他方式",
        _ => channel,
    };

    /// <summary>The export address of what the register page shows.</summary>
    public static string Href(CancellationFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = new List<string>();
        if (filter.From is { } from)
        {
            query.Add("from=" + from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (filter.To is { } to)
        {
            query.Add("to=" + to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (filter.Category is { } category)
        {
            query.Add("category=" + category);
        }

        if (filter.CentreCode is { } centre)
        {
            query.Add("centre=" + Uri.EscapeDataString(centre));
        }

        return "/exports/cancellations.xlsx" + (query.Count > 0 ? "?" + string.Join('&', query) : "");
    }

    private static (CancellationFilter Filter, Dictionary<string, string[]> Errors) Parse(IQueryCollection q)
    {
        var errors = new Dictionary<string, string[]>();
        DateOnly? Date(string key)
        {
            if (string.IsNullOrEmpty(q[key]))
            {
                return null;
            }

            if (DateOnly.TryParseExact(q[key].ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            errors[key] = [$"「{q[key]}」不是日期（yyyy-MM-dd）。"];
            return null;
        }

        var from = Date("from");
        var to = Date("to");
        CancellationCategory? category = null;
        if (!string.IsNullOrEmpty(q["category"]))
        {
            if (Enum.TryParse<CancellationCategory>(q["category"], ignoreCase: false, out var parsed) && Enum.IsDefined(parsed))
            {
                category = parsed;
            }
            else
            {
                errors["category"] = [$"「{q["category"]}」不是停辦原因類別（{string.Join("、", Enum.GetNames<CancellationCategory>())}）。"];
            }
        }

        var centre = string.IsNullOrEmpty(q["centre"]) ? null : q["centre"].ToString();
        return (new CancellationFilter(from, to, category, centre), errors);
    }

    // The workbook is zh-TW whatever the reader's language (SPEC §9), and its reasons are the statistics sheet's words.
    private static IReadOnlyList<ExportColumn<CancellationRow>> Columns() =>
    [
        ExportColumn<CancellationRow>.RocDate("登記日期", 11, r => r.SubmittedDate),
        ExportColumn<CancellationRow>.Text("課程編號", 13, r => r.CourseNo),
        ExportColumn<CancellationRow>.Text("課程名稱", 40, r => r.Title),
        ExportColumn<CancellationRow>.Text("中心代碼", 10, r => r.CentreCode),
        ExportColumn<CancellationRow>.Text("開課單位", 28, r => r.OrganiserName),
        ExportColumn<CancellationRow>.Text("原因類別", 12, r => Statistics.StatisticsSheets.ReasonText(r.ReasonCategory)),
        ExportColumn<CancellationRow>.Text("原因說明", 40, r => r.Reason),
        ExportColumn<CancellationRow>.Text("通知方式", 10, r => ChannelText(r.NotificationChannel)),
        ExportColumn<CancellationRow>.RocDateTime("通知時間", 17, r => r.NotifiedAt),
        ExportColumn<CancellationRow>.Integer("通知人數", 10, r => r.Recipients),
        ExportColumn<CancellationRow>.Integer("報名人數", 10, r => r.EnrolledCount),
        ExportColumn<CancellationRow>.Text("查核結果", 10, r => r.ReviewOutcome is { } outcome ? Statistics.StatisticsSheets.OutcomeText(outcome) : "待查核"),
    ];
}
