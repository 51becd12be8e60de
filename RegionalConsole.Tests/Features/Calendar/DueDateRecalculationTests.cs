using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Review;
using RegionalConsole.Features.Calendar;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Calendar;

/// <summary>
/// Entering or removing a county closure recomputes the due dates of that county's open items (SPEC §4).
/// Each test works in its own county so they do not see each other's closures.
/// </summary>
public sealed class DueDateRecalculationTests : IClassFixture<ConsoleAppFactory>
{
    /// <summary>Submitted Wednesday 2026-11-25: due Monday 11-30, or Tuesday 12-01 when Friday 11-27 is closed.</summary>
    private static readonly DateOnly Submitted = new(2026, 11, 25);

    private static readonly DateOnly Due = new(2026, 11, 30);
    private static readonly DateOnly Friday = new(2026, 11, 27);
    private static readonly DateOnly DueAfterClosure = new(2026, 12, 1);

    private readonly ConsoleAppFactory _app;

    public DueDateRecalculationTests(ConsoleAppFactory app) => _app = app;

    [Fact]
    public async Task AClosureMovesTheOpenItemsOfThatCountyOnly()
    {
        var closed = await OpenItems.AddAsync(_app, "10015", Submitted);
        var neighbour = await OpenItems.AddAsync(_app, "10014", Submitted);
        var national = await OpenItems.AddAsync(_app, "NATIONAL", Submitted);

        var result = await AddClosureAsync("10015", Friday, "颱風");

        Assert.Equal(1, result.Recalculation.Moved);
        Assert.Equal(DueAfterClosure, (await OpenItems.GetAsync(_app, closed)).DueDate);
        Assert.Equal(Due, (await OpenItems.GetAsync(_app, neighbour)).DueDate);
        Assert.Equal(Due, (await OpenItems.GetAsync(_app, national)).DueDate);
    }

    [Fact]
    public async Task DecidedItemsKeepTheirDueDate()
    {
        var decided = await OpenItems.AddAsync(_app, "10013", Submitted, outcome: ReviewOutcome.Approved);
        var open = await OpenItems.AddAsync(_app, "10013", Submitted);

        await AddClosureAsync("10013", Friday, "颱風");

        Assert.Equal(Due, (await OpenItems.GetAsync(_app, decided)).DueDate);
        Assert.Equal(DueAfterClosure, (await OpenItems.GetAsync(_app, open)).DueDate);
        Assert.Empty(await OpenItems.AuditOfAsync(_app, decided));
    }

    [Fact]
    public async Task EachMovedItemGetsAnAuditEntrySayingWhyWithItsDueDatesBeforeAndAfter()
    {
        var id = await OpenItems.AddAsync(_app, "10016", Submitted);

        await AddClosureAsync("10016", Friday, "颱風");

        var entry = Assert.Single(await OpenItems.AuditOfAsync(_app, id));
        Assert.Equal("新增停止上班：2026-11-27 澎湖縣 颱風", entry.Reason);
        Assert.Equal(TestUsers.Administrator.UserName, entry.Actor);
        Assert.Contains("\"DueDate\":\"2026-11-30\"", entry.Before, StringComparison.Ordinal);
        Assert.Contains("\"DueDate\":\"2026-12-01\"", entry.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemovingTheClosureMovesTheItemsBackAndSaysSo()
    {
        var id = await OpenItems.AddAsync(_app, "10009", Submitted);
        await AddClosureAsync("10009", Friday, "颱風");
        var closureId = await _app.WithDbAsync(db => db.CountyClosures.Where(c => c.CountyCode == "10009").Select(c => c.Id).SingleAsync());

        await using var scope = _app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ClosureService>().RemoveAsync(TestUsers.Administrator, closureId);

        Assert.True(result.Succeeded);
        Assert.Equal(Due, (await OpenItems.GetAsync(_app, id)).DueDate);
        Assert.Equal("取消停止上班：2026-11-27 雲林縣 颱風", (await OpenItems.AuditOfAsync(_app, id))[^1].Reason);
    }

    [Fact]
    public async Task OrderDateAndUrgencyFollowTheNewDueDate()
    {
        // The course starts on 12-01: after the due date of 11-30, but on the due date once Friday is closed.
        var id = await OpenItems.AddAsync(_app, "10010", Submitted, courseStart: DueAfterClosure);
        var before = await OpenItems.GetAsync(_app, id);
        Assert.False(before.IsUrgent);

        await AddClosureAsync("10010", Friday, "颱風");

        var after = await OpenItems.GetAsync(_app, id);
        Assert.True(after.IsUrgent);
        Assert.Equal(DueAfterClosure, after.OrderDate);
    }

    [Fact]
    public async Task AnItemWhoseDueDateDoesNotChangeIsNotTouched()
    {
        // Submitted on Friday 11-27 itself: day 1 is the Monday after, whether or not Friday is closed.
        var id = await OpenItems.AddAsync(_app, "10020", Friday);

        var result = await AddClosureAsync("10020", Friday, "颱風");

        Assert.Equal(0, result.Recalculation.Moved);
        Assert.Empty(await OpenItems.AuditOfAsync(_app, id));
    }

    [Fact]
    public async Task ASupervisorManagesClosuresOfTheirOwnCountyOnly()
    {
        var own = await AddClosureAsync("10018", Friday, "颱風", TestUsers.Supervisor("10018"));

        await using var scope = _app.Services.CreateAsyncScope();
        var other = await scope.ServiceProvider.GetRequiredService<ClosureService>()
            .AddAsync(TestUsers.Supervisor("10018"), "10017", Friday, "颱風");

        Assert.True(own.Succeeded);
        Assert.Equal(ClosureError.NotAllowed, other.Error);
        Assert.False(await _app.WithDbAsync(db => db.CountyClosures.AnyAsync(c => c.CountyCode == "10017")));
    }

    [Fact]
    public async Task AReviewerMayNotEnterAClosure()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ClosureService>()
            .AddAsync(TestUsers.Reviewer("10005"), "10005", Friday, "颱風");

        Assert.Equal(ClosureError.NotAllowed, result.Error);
        Assert.False(await _app.WithDbAsync(db => db.CountyClosures.AnyAsync(c => c.CountyCode == "10005")));
    }

    [Fact]
    public async Task TheSameCountyAndDateCannotBeClosedTwice()
    {
        await AddClosureAsync("10007", Friday, "颱風");

        await using var scope = _app.Services.CreateAsyncScope();
        var again = await scope.ServiceProvider.GetRequiredService<ClosureService>().AddAsync(TestUsers.Administrator, "10007", Friday, "豪雨");

        Assert.Equal(ClosureError.Duplicate, again.Error);
    }

    [Fact]
    public async Task AClosureOnADayOffIsRefused()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ClosureService>()
            .AddAsync(TestUsers.Administrator, "10008", new DateOnly(2026, 11, 28), "颱風");

        Assert.Equal(ClosureError.AlreadyOff, result.Error);
    }

    private async Task<ClosureResult> AddClosureAsync(string county, DateOnly date, string reason, Auth.ConsoleUser? user = null)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ClosureService>().AddAsync(user ?? TestUsers.Administrator, county, date, reason);
        Assert.True(result.Succeeded, result.Error.ToString());
        return result;
    }
}
