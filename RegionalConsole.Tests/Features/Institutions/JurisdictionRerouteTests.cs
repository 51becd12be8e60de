using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Review;
using RegionalConsole.Features.Institutions;
using RegionalConsole.Features.Queues;
using RegionalConsole.Tests.Features.Calendar;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Institutions;

/// <summary>SPEC §2: a jurisdiction change re-routes exactly the open items of the organisers it concerns. Each test has its own database.</summary>
public sealed class JurisdictionRerouteTests
{
    private static readonly JurisdictionEdit CollegesToNational = new(InstitutionType.CommunityCollege, false, CentreCodes.National, "測試");

    private static JurisdictionService Service(ConsoleAppFactory app) => app.Services.CreateScope().ServiceProvider.GetRequiredService<JurisdictionService>();

    [Fact]
    public async Task ThePreviewCountsTheOpenItemsThatWouldMoveFromWhereToWhereAndChangesNothing()
    {
        await using var app = new ConsoleAppFactory();
        // The demo data may already hold open items of 花蓮縣 community colleges; the test's two come on top.
        var (demoPlan, _) = await Service(app).PreviewAsync(CollegesToNational);
        var demoMoving = demoPlan!.Moves.Where(m => m.From == "10015" && m.To == CentreCodes.National).Sum(m => m.Items);
        await RoutingData.AddOrganiserAsync(app, "RT0001", InstitutionType.CommunityCollege, "10015", "10015");
        await RoutingData.AddItemAsync(app, "RT0001", "10015");
        await RoutingData.AddItemAsync(app, "RT0001", "10015");
        await RoutingData.AddItemAsync(app, "RT0001", "10015", ReviewOutcome.Approved);
        var before = await RoutingData.CentresOfItemsAsync(app);

        var (plan, error) = await Service(app).PreviewAsync(CollegesToNational);

        Assert.Null(error);
        Assert.Contains(new ItemMove("10015", CentreCodes.National, demoMoving + 2), plan!.Moves);
        Assert.Equal(before, await RoutingData.CentresOfItemsAsync(app));
    }

    [Fact]
    public async Task ApplyingMovesExactlyTheOpenItemsOfTheAffectedOrganisers()
    {
        await using var app = new ConsoleAppFactory();
        await RoutingData.AddOrganiserAsync(app, "RT0002", InstitutionType.CommunityCollege, "10015", "10015");
        await RoutingData.AddOrganiserAsync(app, "RT0003", InstitutionType.LocalGovernmentAgency, "10015", "10015");
        var open = await RoutingData.AddItemAsync(app, "RT0002", "10015");
        var decided = await RoutingData.AddItemAsync(app, "RT0002", "10015", ReviewOutcome.Approved);
        var otherType = await RoutingData.AddItemAsync(app, "RT0003", "10015");
        var affected = await app.WithDbAsync(db => (
            from i in db.ReviewItems
            join c in db.Courses on i.CourseId equals c.Id
            join o in db.Institutions on c.OrganiserCode equals o.Code
            where i.Outcome == null && o.Type == InstitutionType.CommunityCollege && i.CentreCode != CentreCodes.National
            select i.Id).ToListAsync());
        var before = await RoutingData.CentresOfItemsAsync(app);

        var (plan, error) = await Service(app).ApplyAsync(TestUsers.Administrator, CollegesToNational);

        Assert.Null(error);
        Assert.Equal(affected.Count, plan!.ItemsMoving);
        var after = await RoutingData.CentresOfItemsAsync(app);
        Assert.Contains(open, affected);
        Assert.All(affected, id => Assert.Equal(CentreCodes.National, after[id]));
        Assert.All(before.Keys.Except(affected), id => Assert.Equal(before[id], after[id]));
        Assert.Equal("10015", after[decided]);
        Assert.Equal("10015", after[otherType]);
    }

    [Fact]
    public async Task AMovedItemLeavesItsOldAssigneeIsAuditedAndItsOrganiserFollows()
    {
        await using var app = new ConsoleAppFactory();
        await RoutingData.AddOrganiserAsync(app, "RT0004", InstitutionType.CommunityCollege, "10015", "10015");
        var id = await RoutingData.AddItemAsync(app, "RT0004", "10015");

        await Service(app).ApplyAsync(TestUsers.Administrator, CollegesToNational);

        var item = await app.WithDbAsync(db => db.ReviewItems.AsNoTracking().Include(i => i.Course).SingleAsync(i => i.Id == id));
        Assert.Null(item.AssigneeId);
        Assert.Equal(CentreCodes.National, item.Course!.CentreCode);
        Assert.Equal(CentreCodes.National, (await app.WithDbAsync(db => db.Institutions.SingleAsync(i => i.Code == "RT0004"))).CentreCode);
        var audit = await OpenItems.AuditOfAsync(app, id);
        Assert.Contains(audit, a => a.Action == "ReviewItemRerouted" && a.Before!.Contains("10015", StringComparison.Ordinal));
        Assert.True(await app.WithDbAsync(db => db.AuditLog.AnyAsync(a => a.Action == "JurisdictionRuleChanged" && a.EntityId == "CommunityCollege")));
    }

    [Fact]
    public async Task TheQueuesOfBothCentresAreTold()
    {
        await using var app = new ConsoleAppFactory();
        await RoutingData.AddOrganiserAsync(app, "RT0005", InstitutionType.CommunityCollege, "10015", "10015");
        await RoutingData.AddItemAsync(app, "RT0005", "10015");
        var notifier = app.Services.GetRequiredService<IQueueNotifier>();
        var heard = new TaskCompletionSource<QueueChange>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var _ = notifier.Subscribe(CentreCodes.National, change => { heard.TrySetResult(change); return Task.CompletedTask; });

        await Service(app).ApplyAsync(TestUsers.Administrator, CollegesToNational);

        Assert.Equal("rerouted", (await heard.Task.WaitAsync(TimeSpan.FromSeconds(5))).What);
    }

    [Fact]
    public async Task RemovingARowListsItsOrganisersAsUnroutedAndLeavesTheirItemsWhereTheyAre()
    {
        await using var app = new ConsoleAppFactory();
        await RoutingData.AddOrganiserAsync(app, "RT0006", InstitutionType.PrivateBody, "10015", "10015");
        var id = await RoutingData.AddItemAsync(app, "RT0006", "10015");

        var (plan, _) = await Service(app).ApplyAsync(TestUsers.Administrator, new JurisdictionEdit(InstitutionType.PrivateBody, true, null, null));

        Assert.Empty(plan!.Moves);
        Assert.Equal("10015", (await RoutingData.CentresOfItemsAsync(app))[id]);
        var (unrouted, total) = await Service(app).UnroutedAsync(limit: 10_000);
        Assert.Contains(unrouted, u => u.Code == "RT0006");
        Assert.All(unrouted, u => Assert.Equal(InstitutionType.PrivateBody, u.Type));
        Assert.Null((await app.WithDbAsync(db => db.Institutions.SingleAsync(i => i.Code == "RT0006"))).CentreCode);
        Assert.True(total >= 1);
    }

    [Fact]
    public async Task OnlyAnAdministratorChangesTheTable()
    {
        await using var app = new ConsoleAppFactory();

        var (plan, error) = await Service(app).ApplyAsync(TestUsers.Supervisor("K12EA"), CollegesToNational);

        Assert.Null(plan);
        Assert.NotNull(error);
        Assert.Null((await app.WithDbAsync(db => db.JurisdictionRules.SingleAsync(r => r.InstitutionType == InstitutionType.CommunityCollege))).CentreCode);
    }

    [Fact]
    public async Task AnUnknownCentreIsRefused()
    {
        await using var app = new ConsoleAppFactory();

        var (_, error) = await Service(app).PreviewAsync(CollegesToNational with { CentreCode = "NOWHERE" });

        Assert.Equal("查無區域管理中心「NOWHERE」。", error);
    }
}
