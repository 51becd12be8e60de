using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Review;
using RegionalConsole.Features.Calendar;
using RegionalConsole.Features.Institutions;
using RegionalConsole.Features.Queues;
using RegionalConsole.Tests.Features.Calendar;
using RegionalConsole.Tests.Features.Institutions;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Sync;

/// <summary>
/// SPEC §13.2: an organiser the sync re-types or moves takes its open items to its new centre exactly as an
/// administrator's edit does. Each test has its own organiser in its own county.
/// </summary>
public sealed class InstitutionSyncRerouteTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>
{
    /// <summary>Submitted Wednesday 2026-11-25: due Monday 11-30, or Tuesday 12-01 where Friday 11-27 is closed.</summary>
    private static readonly DateOnly Due = new(2026, 11, 30);

    private static readonly DateOnly DueAfterClosure = new(2026, 12, 1);

    private static async Task<HttpResponseMessage> SyncAsync(ConsoleAppFactory host, string code, string type, string county)
    {
        using var api = host.CreateApiClient();
        return await api.PutJsonAsync($"/api/v1/institutions/{code}", new { name = $"同步改隸測試{code}", type, countyCode = county });
    }

    private static async Task CloseFridayAsync(ConsoleAppFactory host, string county)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ClosureService>().AddAsync(TestUsers.Administrator, county, new DateOnly(2026, 11, 27), "颱風");
        Assert.True(result.Succeeded, result.Error.ToString());
    }

    [Fact]
    public async Task AReTypedInstitutionsOpenCourseItemMovesWithARecomputedDueDateAndAnAuditEntry()
    {
        (await SyncAsync(app, "SR0001", "MunicipalSchool", "10015")).EnsureSuccessStatusCode();
        var open = await RoutingData.AddItemAsync(app, "SR0001", "10015");
        await CloseFridayAsync(app, "10015");
        Assert.Equal(DueAfterClosure, (await OpenItems.GetAsync(app, open)).DueDate);

        var response = await SyncAsync(app, "SR0001", "University", "10015");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var item = await OpenItems.GetAsync(app, open);
        Assert.Equal(CentreCodes.National, item.CentreCode);
        Assert.Equal(Due, item.DueDate);
        Assert.Null(item.AssigneeId);
        var audit = await OpenItems.AuditOfAsync(app, open);
        var moved = Assert.Single(audit, a => a.Action == "ReviewItemRerouted");
        Assert.StartsWith("api:", moved.Actor, StringComparison.Ordinal);
        Assert.Contains("SR0001", moved.Reason, StringComparison.Ordinal);
        Assert.Contains(audit, a => a.Action == DueDateRecalculator.AuditAction && a.Id > moved.Id);
        Assert.Equal(CentreCodes.National, await app.WithDbAsync(db => db.Courses.Where(c => c.Id == item.CourseId).Select(c => c.CentreCode).SingleAsync()));
    }

    [Fact]
    public async Task DecidedItemsStayWithTheCentreThatDecidedThem()
    {
        (await SyncAsync(app, "SR0002", "MunicipalSchool", "10014")).EnsureSuccessStatusCode();
        var decided = await RoutingData.AddItemAsync(app, "SR0002", "10014", ReviewOutcome.Approved);
        var open = await RoutingData.AddItemAsync(app, "SR0002", "10014");

        (await SyncAsync(app, "SR0002", "University", "10014")).EnsureSuccessStatusCode();

        var centres = await RoutingData.CentresOfItemsAsync(app);
        Assert.Equal("10014", centres[decided]);
        Assert.Equal(CentreCodes.National, centres[open]);
        Assert.DoesNotContain(await OpenItems.AuditOfAsync(app, decided), a => a.Action == "ReviewItemRerouted");
    }

    [Fact]
    public async Task AnInstitutionMovedToAnotherCountyTakesItsOpenItemsAndBothQueuesAreTold()
    {
        (await SyncAsync(app, "SR0003", "MunicipalSchool", "10016")).EnsureSuccessStatusCode();
        var open = await RoutingData.AddItemAsync(app, "SR0003", "10016");
        var notifier = app.Services.GetRequiredService<IQueueNotifier>();
        var gained = new TaskCompletionSource<QueueChange>(TaskCreationOptions.RunContinuationsAsynchronously);
        var lost = new TaskCompletionSource<QueueChange>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var newCentre = notifier.Subscribe("10017", change => { gained.TrySetResult(change); return Task.CompletedTask; });
        using var oldCentre = notifier.Subscribe("10016", change => { lost.TrySetResult(change); return Task.CompletedTask; });

        (await SyncAsync(app, "SR0003", "MunicipalSchool", "10017")).EnsureSuccessStatusCode();

        Assert.Equal("10017", (await RoutingData.CentresOfItemsAsync(app))[open]);
        Assert.Equal("rerouted", (await gained.Task.WaitAsync(TimeSpan.FromSeconds(5))).What);
        Assert.Equal("rerouted", (await lost.Task.WaitAsync(TimeSpan.FromSeconds(5))).What);
    }

    [Fact]
    public async Task ASyncThatChangesNeitherTypeNorCountyMovesNothing()
    {
        (await SyncAsync(app, "SR0004", "MunicipalSchool", "10018")).EnsureSuccessStatusCode();
        var open = await RoutingData.AddItemAsync(app, "SR0004", "10018");

        (await SyncAsync(app, "SR0004", "MunicipalSchool", "10018")).EnsureSuccessStatusCode();

        Assert.Equal("10018", (await RoutingData.CentresOfItemsAsync(app))[open]);
        Assert.DoesNotContain(await OpenItems.AuditOfAsync(app, open), a => a.Action == "ReviewItemRerouted");
    }

    [Fact]
    public async Task AnInstitutionThatBecomesUnroutedKeepsItsOpenItemsWhereTheyAre()
    {
        await using var host = new ConsoleAppFactory();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<JurisdictionService>()
                .ApplyAsync(TestUsers.Administrator, new JurisdictionEdit(InstitutionType.PrivateBody, true, null, null));
        }

        (await SyncAsync(host, "SR0005", "CommunityCollege", "10015")).EnsureSuccessStatusCode();
        var open = await RoutingData.AddItemAsync(host, "SR0005", "10015");

        var response = await SyncAsync(host, "SR0005", "PrivateBody", "10015");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("10015", (await RoutingData.CentresOfItemsAsync(host))[open]);
        Assert.Null(await host.WithDbAsync(db => db.Institutions.Where(i => i.Code == "SR0005").Select(i => i.CentreCode).SingleAsync()));
        Assert.DoesNotContain(await OpenItems.AuditOfAsync(host, open), a => a.Action == "ReviewItemRerouted");
    }
}
