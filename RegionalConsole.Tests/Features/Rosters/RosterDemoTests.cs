using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Rosters;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Rosters;

/// <summary>What a reviewer finds on a fresh demo: roster and cancellation cases to work.</summary>
public sealed class RosterDemoTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>
{
    [Fact]
    public async Task OpenRosterItemsIncludeAnAttendeeWithoutServingSchool()
    {
        var flagged = await app.WithDbAsync(db => db.ReviewItems.CountAsync(i => i.Kind == ReviewKind.Roster && i.Outcome == null
            && db.RosterChecks.Any(c => c.RosterId == i.RosterId && c.Code == RosterChecker.NoServingSchool)));

        Assert.True(flagged > 0, "No open roster item has a teacher without serving school.");
    }

    [Fact]
    public async Task OpenCancellationItemsPointAtTheirCancellation()
    {
        var open = await app.WithDbAsync(db => db.ReviewItems.Where(i => i.Kind == ReviewKind.Cancellation && i.Outcome == null).ToListAsync());

        Assert.NotEmpty(open);
        Assert.All(open, i => Assert.NotNull(i.CancellationId));
    }

    [Fact]
    public async Task EveryDemoRosterItemPointsAtTheVersionItReviews()
    {
        Assert.False(await app.WithDbAsync(db => db.ReviewItems.AnyAsync(i => i.Kind == ReviewKind.Roster && i.CourseVersionId == null)));
    }
}
