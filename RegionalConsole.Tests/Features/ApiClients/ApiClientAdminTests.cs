using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Features.ApiClients;
using RegionalConsole.Tests.Features.Calendar;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.ApiClients;

/// <summary>Keys as administrators manage them in the console: created once, rotated, revoked, their use counted.</summary>
public sealed class ApiClientAdminTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>
{
    private ApiClientService Service => app.Services.CreateScope().ServiceProvider.GetRequiredService<ApiClientService>();

    private async Task<CreatedApiClient> CreateAsync(string name)
    {
        var (created, errors) = await Service.CreateKeyAsync("admin", new ApiClientBody(name, false, null, "10015"));
        Assert.Null(errors);
        return created!;
    }

    private Task<HttpResponseMessage> CallAsync(string key)
    {
        var api = app.CreateApiClient(key);
        return api.GetAsync("/api/v1/courses/0000000000");
    }

    [Fact]
    public async Task ARotatedKeyRefusesTheOldKeyAndAcceptsTheNewOne()
    {
        var created = await CreateAsync("更換測試");

        var rotated = await Service.RotateAsync(TestUsers.Administrator, created.Id);

        Assert.NotNull(rotated);
        Assert.Equal(HttpStatusCode.Unauthorized, (await CallAsync(created.Key)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await CallAsync(rotated)).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.AuditLog.AnyAsync(a => a.Action == "ApiClientRotated" && a.EntityId == created.Id.ToString())));
    }

    [Fact]
    public async Task ARevokedKeyIsRefusedFromTheNextRequestOn()
    {
        var created = await CreateAsync("撤銷測試");
        Assert.Equal(HttpStatusCode.NotFound, (await CallAsync(created.Key)).StatusCode);

        Assert.True((await Service.RevokeAsync(TestUsers.Administrator, created.Id)).Done);

        Assert.Equal(HttpStatusCode.Unauthorized, (await CallAsync(created.Key)).StatusCode);
        Assert.Null(await Service.RotateAsync(TestUsers.Administrator, created.Id));
    }

    [Fact]
    public async Task RequestsAreCountedInMemoryAndShownWhenTheListIsRead()
    {
        var created = await CreateAsync("計數測試");
        for (var i = 0; i < 3; i++)
        {
            await CallAsync(created.Key);
        }

        var stored = await app.WithDbAsync(db => db.ApiClients.AsNoTracking().SingleAsync(c => c.Id == created.Id));
        var row = (await Service.ListAsync()).Single(r => r.Id == created.Id);

        Assert.Equal(0, stored.RequestCount);
        Assert.Equal(3, row.RequestCount);
        Assert.Equal(ConsoleAppFactory.DefaultNow.UtcDateTime, row.LastUsedAt);
    }

    [Fact]
    public async Task OnlyAnAdministratorRotatesOrRevokes()
    {
        var created = await CreateAsync("權限測試");

        Assert.Null(await Service.RotateAsync(TestUsers.Supervisor("10015"), created.Id));
        Assert.False((await Service.RevokeAsync(TestUsers.Supervisor("10015"), created.Id)).Done);
        Assert.Equal(HttpStatusCode.NotFound, (await CallAsync(created.Key)).StatusCode);
    }

    [Fact]
    public async Task AKeyWithoutScopeIsRefusedNamingTheField()
    {
        var (created, errors) = await Service.CreateKeyAsync("admin", new ApiClientBody("無範圍", false, [], null));

        Assert.Null(created);
        Assert.Contains("institutionCodes", errors!.ToDictionary().Keys);
    }
}
