using Microsoft.OpenApi;
using RegionalConsole.Auth;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Calendar;
using RegionalConsole.Features.Api;

namespace RegionalConsole.Features.Calendar;

public sealed record ReviewDueAnswer(DateOnly DueDate, IReadOnlyList<DateOnly> WorkingDays);

public sealed record ImportedYear(int Year, int Days, int OffDays, bool Replaced);

public sealed record CalendarImportAnswer(IReadOnlyList<ImportedYear> Years, int MovedReviewItems);

/// <summary>The calendar endpoints of SPEC §10: the expected review date, and importing a year (administrators).</summary>
public static class CalendarEndpoints
{
    public static RouteGroupBuilder MapCalendarEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/calendar/review-due", async (string? submittedAt, string? centre, CalendarService calendars, CancellationToken ct) =>
        {
            var errors = new ApiErrors();
            var submittedUtc = default(DateTime);
            if (string.IsNullOrWhiteSpace(submittedAt))
            {
                errors.Add("submittedAt", "必填：送審時間（ISO 8601，例如 2026-11-25T10:00:00+08:00；無時區者視為臺北時間）。");
            }
            else if (!IsoInstant.TryParse(submittedAt, out submittedUtc))
            {
                errors.Add("submittedAt", $"「{submittedAt}」不是 ISO 8601 時間（例如 2026-11-25T10:00:00+08:00；網址中的 + 須寫成 %2B）。");
            }

            if (string.IsNullOrWhiteSpace(centre))
            {
                errors.Add("centre", "必填：審核的區域管理中心代碼（NATIONAL、K12EA 或縣市代碼）。");
            }

            if (errors.Any)
            {
                return ApiProblems.Invalid(errors);
            }

            try
            {
                return await calendars.ReviewDueAsync(submittedUtc, centre!, ct) is { } due
                    ? Results.Ok(new ReviewDueAnswer(due.DueDate, due.WorkingDays))
                    : ApiProblems.Invalid("centre", $"未知的區域管理中心代碼「{centre}」（NATIONAL、K12EA 或縣市代碼，如 63000）。");
            }
            catch (CalendarNotLoadedException ex)
            {
                return CalendarNotLoaded(ex);
            }
        })
        .Produces<ReviewDueAnswer>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .WithSummary("預計審核期限：送審日（臺北時間）後第 1 至第 3 個工作天，第 3 個為期限（管理規定第11條第8款）");

        api.MapPost("/calendar/import", async (HttpContext http, CalendarImportService imports) =>
        {
            var caller = ApiCaller.From(http.User);
            if (!caller.IsAdministrator)
            {
                return ApiProblems.Forbidden("只有管理者金鑰可以匯入辦公日曆。");
            }

            if (http.Request.ContentType is not { } type || !type.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase))
            {
                return ApiProblems.Invalid("body", "請以 text/csv 傳送辦公日曆檔（UTF-8 或 Big5）。");
            }

            var parsed = OfficeCalendarCsv.Parse(await BufferAsync(http.Request, http.RequestAborted));
            if (!parsed.IsValid)
            {
                return Results.ValidationProblem(
                    new Dictionary<string, string[]> { ["body"] = [.. parsed.Errors.Select(e => e.ToString())] },
                    detail: "辦公日曆檔有誤，未匯入任何資料；請修正下列各行後重新上傳。",
                    title: "資料驗證失敗",
                    extensions: new Dictionary<string, object?> { ["lines"] = parsed.Errors.Select(e => e.Line).Distinct().ToArray() });
            }

            var result = await imports.ImportAsync(caller.Actor, parsed.Year, http.RequestAborted);
            return Results.Ok(new CalendarImportAnswer(
                [new ImportedYear(result.Year, result.Days, result.OffDays, result.Replaced)],
                result.Recalculation.Moved));
        })
        .AddOpenApiOperationTransformer((operation, _, _) =>
        {
            // Declared here rather than with Accepts(): that would answer other content types with a bare 415.
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Description = "辦公日曆 CSV：西元日期,星期,是否放假,備註；UTF-8（可含 BOM）或 Big5",
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["text/csv"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
                },
            };
            return Task.CompletedTask;
        })
        .Produces<CalendarImportAnswer>()
        .ProducesValidationProblem()
        .WithSummary("匯入一年的政府行政機關辦公日曆表（僅管理者）；同年度再次匯入即取代；檔案有誤則整份不匯入");

        return api;
    }

    /// <summary>The parser reads synchronously; the body is buffered first, a little past the size it accepts.</summary>
    private static async Task<Stream> BufferAsync(HttpRequest request, CancellationToken ct)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0 && buffer.Length <= CalendarFileText.MaxBytes)
        {
            await buffer.WriteAsync(chunk.AsMemory(0, read), ct);
        }

        buffer.Position = 0;
        return buffer;
    }

    private static IResult CalendarNotLoaded(CalendarNotLoadedException ex)
    {
        var year = ex.Year;
        var detail = year is { } y
            ? $"{y} 年（民國 {y - 1911} 年）的辦公日曆尚未匯入，無法計算工作天；請系統管理者匯入該年度的政府行政機關辦公日曆表。"
            : ex.Message;
        return Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "尚未匯入辦公日曆", detail: detail,
            extensions: new Dictionary<string, object?> { ["missingYear"] = year });
    }
}
