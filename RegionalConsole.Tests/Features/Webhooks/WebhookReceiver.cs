using System.Collections.Concurrent;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Webhooks;

/// <summary>A partner's webhook endpoint: Kestrel over https on loopback, keeping every request, failing the first N.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _failuresLeft;

    public sealed record Received(string Body, HeaderDictionary Headers, int AnsweredStatus);

    private WebhookReceiver(WebApplication app) => _app = app;

    public ConcurrentQueue<Received> Requests { get; } = new();

    public string Url => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single() + "/hook";

    public int FailuresLeft { set => _failuresLeft = value; }

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        WebhookReceiver? receiver = null;
        var certificate = LoopbackCertificate.Create();
        builder.WebHost.ConfigureKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0, o => o.UseHttps(certificate)));
        var app = builder.Build();
        receiver = new WebhookReceiver(app);
        app.MapPost("/hook", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var body = await reader.ReadToEndAsync();
            var status = Interlocked.Decrement(ref receiver._failuresLeft) >= 0 ? StatusCodes.Status500InternalServerError : StatusCodes.Status204NoContent;
            receiver.Requests.Enqueue(new Received(body, new HeaderDictionary(http.Request.Headers.ToDictionary(h => h.Key, h => h.Value)), status));
            return Results.StatusCode(status);
        });
        await app.StartAsync();
        receiver.Trusted = certificate;
        return receiver;
    }

    public X509Certificate2? Trusted { get; private set; }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
