using RegionalConsole.Auth;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Preschool;

namespace RegionalConsole.Features.Preschool;

/// <summary>The exchange file of a run, for administrators signed in to the console (SPEC §7; STYLE: exports are GET endpoints).</summary>
public static class PreschoolEndpoints
{
    public const string FilePath = "/preschool/exchange/runs/{0}/file";

    public static IEndpointRouteBuilder MapPreschoolEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/preschool/exchange/runs/{id:int}/file", async (int id, HttpContext http, ExchangeDeliveryService delivery, CancellationToken ct) =>
        {
            // Signed-in non-administrators get a plain 403 rather than the sign-in pages' redirect.
            if (ConsoleUser.From(http.User) is not { Role: ConsoleRole.Administrator })
            {
                return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "只有系統管理者可以下載資訊傳報檔案。");
            }

            return await delivery.FileAsync(id, ct) is { } file
                ? Results.File(file.Content, ExchangeFile.ContentType, file.FileName)
                : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"沒有編號 {id} 的傳報檔案。");
        })
        .RequireAuthorization(ConsolePolicies.Staff)
        .ExcludeFromDescription();
        return app.MapExchangePlatformEndpoints();
    }
}
