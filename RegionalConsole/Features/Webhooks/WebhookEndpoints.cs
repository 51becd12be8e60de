using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using RegionalConsole.Auth;
using RegionalConsole.Features.Api;
using RegionalConsole.Features.Changes;

namespace RegionalConsole.Features.Webhooks;

public static class WebhookEndpoints
{
    /// <summary>The changes feed, webhook subscriptions and their background sender (SPEC §14.2, §14.3).</summary>
    public static IHostApplicationBuilder AddChangesAndWebhooks(this IHostApplicationBuilder builder)
    {
        var options = WebhookOptions.From(builder.Configuration, builder.Environment);
        builder.Services.AddChangesFeed();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<WebhookService>();
        builder.Services.AddWebhookHttp(options);
        builder.Services.AddSingleton<WebhookSender>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<WebhookSender>());
        return builder;
    }

    public static RouteGroupBuilder MapWebhookEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/webhooks", async (HttpContext http, WebhookService service, IOptions<JsonOptions> json) =>
        {
            var (body, problem) = await ApiBody.ReadAsync<WebhookBody>(http.Request, json.Value.SerializerOptions);
            return problem ?? await service.CreateAsync(ApiCaller.From(http.User), body!, http.RequestAborted);
        })
        .Accepts<WebhookBody>("application/json").Produces<CreatedWebhook>(StatusCodes.Status201Created).ProducesValidationProblem()
        .WithSummary("訂閱 webhook：變更以 Standard Webhooks 簽章 POST 至 https 網址；secret 只在回應中出現一次");

        api.MapGet("/webhooks", async (HttpContext http, WebhookService service) =>
            Results.Ok(new WebhookList(await service.ListAsync(ApiCaller.From(http.User).Name, http.RequestAborted))))
        .Produces<WebhookList>()
        .WithSummary("此金鑰的 webhook 與其遞送狀態（啟用／暫停、最近成功與失敗、待送筆數）");

        api.MapDelete("/webhooks/{id:int}", (int id, HttpContext http, WebhookService service) =>
            service.DeleteAsync(ApiCaller.From(http.User), id, http.RequestAborted))
        .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound)
        .WithSummary("刪除此金鑰的 webhook（未送出的遞送一併刪除）");
        return api.MapChangeEndpoints();
    }
}
