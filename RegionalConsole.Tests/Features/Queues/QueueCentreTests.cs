using RegionalConsole.Features.Queues;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Queues;

/// <summary>Which centre a queue page shows (SPEC §6: a supervisor adds ?centre=CODE) and the navigation counts.</summary>
public sealed class QueueCentreTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>, IAsyncLifetime
{
    private readonly QueueData _data = new(app);

    public async ValueTask InitializeAsync() => await _data.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task AReviewerAlwaysGetsTheirOwnCentre()
    {
        var choice = await _data.Service.ChooseCentreAsync(await _data.UserAsync("reviewer-65000-1"), null);

        Assert.Equal("65000", choice.Centre?.Code);
        Assert.Equal(["65000"], choice.Choices.Select(c => c.Code));
        Assert.False(choice.Refused);
    }

    [Fact]
    public async Task AReviewerAskingForAnotherCentreIsRefusedAndShownNothing()
    {
        var choice = await _data.Service.ChooseCentreAsync(await _data.UserAsync("reviewer-65000-1"), "63000");

        Assert.True(choice.Refused);
        Assert.Null(choice.Centre);
    }

    [Fact]
    public async Task TheK12SupervisorPicksAmongTheCentresUnderIt()
    {
        var supervisor = await _data.UserAsync("supervisor-K12EA");

        var byDefault = await _data.Service.ChooseCentreAsync(supervisor, null);
        var national = await _data.Service.ChooseCentreAsync(supervisor, "NATIONAL");
        var county = await _data.Service.ChooseCentreAsync(supervisor, "63000");

        Assert.Equal(["K12EA", "NATIONAL"], byDefault.Choices.Select(c => c.Code));
        Assert.Equal("K12EA", byDefault.Centre?.Code);
        Assert.Equal("NATIONAL", national.Centre?.Code);
        Assert.True(county.Refused);
    }

    [Fact]
    public async Task AnAdministratorMayPickAnyCentre()
    {
        var choice = await _data.Service.ChooseCentreAsync(await _data.UserAsync("admin"), "68000");

        Assert.Equal("68000", choice.Centre?.Code);
        Assert.Equal(24, choice.Choices.Count);
    }

    [Fact]
    public async Task TheCountsAreOpenItemsPerKindInThePersonsCentresOnly()
    {
        var monday = new DateTime(2026, 11, 23, 9, 0, 0);
        await _data.AddAsync("63000", monday);
        await _data.AddAsync("63000", monday.AddHours(1));
        await _data.AddAsync("63000", monday, kind: global::RegionalConsole.Data.Entities.ReviewKind.Roster);
        await _data.AddAsync("63000", new DateTime(2026, 11, 18, 9, 0, 0), decided: monday);
        await _data.AddAsync("65000", monday, kind: global::RegionalConsole.Data.Entities.ReviewKind.Cancellation);

        var reviewer = await _data.Service.CountOpenAsync(await _data.UserAsync("reviewer-63000-1"));
        var admin = await _data.Service.CountOpenAsync(await _data.UserAsync("admin"));

        Assert.Equal(new QueueCounts(2, 1, 0), reviewer);
        Assert.Equal(new QueueCounts(2, 1, 1), admin);
    }
}
