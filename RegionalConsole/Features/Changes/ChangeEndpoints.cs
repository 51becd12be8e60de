using System.Globalization;
using RegionalConsole.Auth;
using RegionalConsole.Domain.Changes;
using RegionalConsole.Features.Api;

namespace RegionalConsole.Features.Changes;

public static class ChangeEndpoints
{
    public static IServiceCollection AddChangesFeed(this IServiceCollection services) => services.AddSingleton<ChangesFeed>();

    public static RouteGroupBuilder MapChangeEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/changes", async (string? after, string? limit, HttpContext http, ChangesFeed feed) =>
        {
            var errors = new ApiErrors();
            if (!FeedCursor.TryDecode(after, out var afterId))
            {
                errors.Add("after", "不是變更串流提供的游標（請傳入上一頁的 next）。");
            }

            int? requested = int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
            if ((limit is not null && requested is null) || !FeedLimit.TryRead(requested, out var size))
            {
                errors.Add("limit", $"須為 1 至 {FeedLimit.Max} 的整數（預設 {FeedLimit.Default}）。");
                size = FeedLimit.Default;
            }

            return errors.Any
                ? ApiProblems.Invalid(errors)
                : Results.Ok(await feed.ReadAsync(ApiCaller.From(http.User), afterId, size, http.RequestAborted));
        })
        .Produces<ChangesPage>().ProducesValidationProblem()
        .WithSummary($"變更串流：游標之後、金鑰範圍內課程的每項變更，依交易提交順序（每頁 1–{FeedLimit.Max} 筆）");
        return api;
    }
}
