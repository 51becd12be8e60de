using System.Globalization;
using RegionalConsole.Auth;
using RegionalConsole.Domain.Preschool;
using RegionalConsole.Features.Api;

namespace RegionalConsole.Features.Preschool;

public sealed record PlatformRunList(IReadOnlyList<PlatformRun> Items);

/// <summary>
/// The exchange platform (全國教保資訊網) collects the monthly files (SPEC §14.4) with a key of the role ExchangePlatform:
/// list the runs after the last one it saw, download each file, acknowledge it. No other key reaches these endpoints.
/// </summary>
public static class ExchangePlatformEndpoints
{
    public static IEndpointRouteBuilder MapExchangePlatformEndpoints(this IEndpointRouteBuilder app)
    {
        var exchange = app.MapGroup("/api/v1/preschool-exchange")
            .RequireAuthorization(ConsolePolicies.ExchangePlatform)
            .RequireRateLimiting(ApiSetup.RateLimitPolicy)
            .WithTags("PreschoolExchange");

        exchange.MapGet("/runs", async (string? after, ExchangeDeliveryService delivery, CancellationToken ct) =>
        {
            var from = 0;
            if (after is not null && (!int.TryParse(after, NumberStyles.None, CultureInfo.InvariantCulture, out from)))
            {
                return ApiProblems.Invalid("after", "須為傳報執行編號（非負整數）。");
            }

            return Results.Ok(new PlatformRunList(await delivery.RunsAfterAsync(from, ct)));
        })
        .Produces<PlatformRunList>()
        .ProducesValidationProblem()
        .WithSummary($"資訊傳報執行清單（編號遞增，after 之後，每次最多 {ExchangeDeliveryService.PageSize} 筆；僅資訊傳報平臺金鑰）");

        exchange.MapGet("/runs/{id:int}/file", async (int id, ExchangeDeliveryService delivery, CancellationToken ct) =>
            await delivery.FileAsync(id, ct) is { } file
                ? Results.File(file.Content, ExchangeFile.ContentType, file.FileName)
                : ApiProblems.NotFound($"沒有編號 {id} 的傳報檔案。"))
        .Produces(StatusCodes.Status200OK, contentType: "text/csv")
        .ProducesProblem(StatusCodes.Status404NotFound)
        .WithSummary("下載一次傳報的 CSV 檔（與管理者下載相同）");

        exchange.MapPost("/runs/{id:int}/ack", async (int id, HttpContext http, ExchangeDeliveryService delivery, CancellationToken ct) =>
        {
            var (outcome, run) = await delivery.AcknowledgeAsync(id, ApiCaller.From(http.User).Actor, ct);
            return outcome == AcknowledgeOutcome.NotFound ? ApiProblems.NotFound($"沒有編號 {id} 的傳報。") : Results.Ok(run);
        })
        .Produces<PlatformRun>()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .WithSummary("確認已收到一次傳報的檔案；其紀錄自此才算已傳送（重複確認不變）");
        return app;
    }
}
