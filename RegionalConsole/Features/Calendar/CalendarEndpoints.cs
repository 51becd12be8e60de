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
                errors.Add("submittedAt", ApiMessages.SubmittedAtRequired());
            }
            else if (!IsoInstant.TryParse(submittedAt, out submittedUtc))
            {
                errors.Add("submittedAt", ApiMessages.SubmittedAtUnreadable(submittedAt));
            }

            if (string.IsNullOrWhiteSpace(centre))
            {
                errors.Add("centre", ApiMessages.CentreRequired());
            }

            if (errors.Any)
            {
                return Refusal.Invalid(errors).ToHttp();
            }

            try
            {
                return await calendars.ReviewDueAsync(submittedUtc, centre!, ct) is { } due
                    ? Results.Ok(new ReviewDueAnswer(due.DueDate, due.WorkingDays))
                    : Refusal.Invalid("centre", ApiMessages.CentreUnknown(centre!)).ToHttp();
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
                return Refusal.Forbidden(ApiMessages.CalendarImportAdministratorsOnly()).ToHttp();
            }

            if (http.Request.ContentType is not { } type || !type.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase))
            {
                return Refusal.Invalid("body", ApiMessages.CalendarNotCsv()).ToHttp();
            }

            var parsed = OfficeCalendarCsv.Parse(await BufferAsync(http.Request, http.RequestAborted));
            if (!parsed.IsValid)
            {
                // The parser's line messages are the calendar file's own (Domain/Calendar), in Traditional Chinese.
                return (Refusal.Invalid(new ApiErrors().With("body", parsed.Errors.Select(e => ApiMessage.Text(e.ToString())))) with
                {
                    Detail = ApiMessages.CalendarFileInvalid(),
                    Extensions = new Dictionary<string, object?> { ["lines"] = parsed.Errors.Select(e => e.Line).Distinct().ToArray() },
                }).ToHttp();
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
        var detail = year is { } y ? ApiMessages.CalendarYearNotImported(y, y - 1911) : ApiMessage.Text(ex.Message);
        return new Refusal(StatusCodes.Status422UnprocessableEntity, detail.Key, ApiMessages.TitleCalendarNotImported(), detail, [])
        {
            Extensions = new Dictionary<string, object?> { ["missingYear"] = year },
        }.ToHttp();
    }
}
