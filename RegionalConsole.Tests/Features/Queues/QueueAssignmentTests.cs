using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Data.Entities;
using RegionalConsole.Features.Queues;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Queues;

/// <summary>Claims and assignments (SPEC §1, §6): scope enforced by the service, audited, first claim wins.</summary>
public sealed class QueueAssignmentTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>, IAsyncLifetime
{
    private static readonly DateTime Monday = new(2026, 11, 23, 9, 0, 0);
    private readonly QueueData _data = new(app);

    public async ValueTask InitializeAsync() => await _data.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task AReviewerClaimsAnUnassignedItemOfTheirCentreAndTheClaimIsAudited()
    {
        var item = await _data.AddAsync("63000", Monday);
        var reviewer = await _data.UserAsync("reviewer-63000-1");

        var result = await _data.Service.ClaimAsync(reviewer, item.Id);

        Assert.Equal(AssignmentStatus.Done, result.Status);
        var stored = await _data.ItemAsync(item.Id);
        Assert.Equal(reviewer.AccountId, stored.AssigneeId);
        Assert.NotEqual(item.Revision, stored.Revision);
        var audit = Assert.Single(await _data.AuditOfAsync(item.Id));
        Assert.Equal(("reviewer-63000-1", "ReviewClaimed"), (audit.Actor, audit.Action));
        Assert.Null(JsonDocument.Parse(audit.Before!).RootElement.GetProperty("Assignee").GetString());
        Assert.Equal("reviewer-63000-1", JsonDocument.Parse(audit.After!).RootElement.GetProperty("Assignee").GetString());
    }

    [Fact]
    public async Task ASecondClaimIsToldWhoAlreadyHoldsTheItem()
    {
        var item = await _data.AddAsync("63000", Monday);
        var first = await _data.UserAsync("reviewer-63000-1");
        await _data.Service.ClaimAsync(first, item.Id);

        var result = await _data.Service.ClaimAsync(await _data.UserAsync("reviewer-63000-2"), item.Id);

        Assert.Equal(AssignmentStatus.AlreadyClaimed, result.Status);
        Assert.Equal(first.DisplayName, result.HolderName);
        Assert.Equal(first.AccountId, (await _data.ItemAsync(item.Id)).AssigneeId);
        Assert.Single(await _data.AuditOfAsync(item.Id));
    }

    [Fact]
    public async Task AClaimOnAnotherCentresItemIsRefusedAndNothingChanges()
    {
        var item = await _data.AddAsync("65000", Monday);

        var result = await _data.Service.ClaimAsync(await _data.UserAsync("reviewer-63000-1"), item.Id);

        Assert.Equal(AssignmentStatus.Forbidden, result.Status);
        var stored = await _data.ItemAsync(item.Id);
        Assert.Null(stored.AssigneeId);
        Assert.Equal(item.Revision, stored.Revision);
        Assert.Empty(await _data.AuditOfAsync(item.Id));
    }

    [Fact]
    public async Task AReviewerCannotReadAnotherCentresQueue()
    {
        var reviewer = await _data.UserAsync("reviewer-63000-1");

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            _data.Service.PageAsync(reviewer, new QueueQuery("65000", ReviewKind.Course, new QueueFilter())));
    }

    [Fact]
    public async Task AReviewerAssignsAFreeItemToAColleague()
    {
        var item = await _data.AddAsync("63000", Monday);
        var colleague = await _data.UserAsync("reviewer-63000-2");

        var result = await _data.Service.AssignAsync(await _data.UserAsync("reviewer-63000-1"), item.Id, colleague.AccountId);

        Assert.Equal((AssignmentStatus.Done, colleague.DisplayName), (result.Status, result.HolderName));
        Assert.Equal(colleague.AccountId, (await _data.ItemAsync(item.Id)).AssigneeId);
        Assert.Equal("ReviewAssigned", Assert.Single(await _data.AuditOfAsync(item.Id)).Action);
    }

    [Fact]
    public async Task AReviewerCannotTakeAnItemAColleagueHolds()
    {
        var item = await _data.AddAsync("63000", Monday, assignee: "reviewer-63000-2");
        var reviewer = await _data.UserAsync("reviewer-63000-1");

        var result = await _data.Service.AssignAsync(reviewer, item.Id, reviewer.AccountId);

        Assert.Equal(AssignmentStatus.AlreadyClaimed, result.Status);
        Assert.Equal((await _data.UserAsync("reviewer-63000-2")).AccountId, (await _data.ItemAsync(item.Id)).AssigneeId);
    }

    [Fact]
    public async Task AnItemCannotBeAssignedToAReviewerOfAnotherCentre()
    {
        var item = await _data.AddAsync("63000", Monday);
        var stranger = await _data.UserAsync("reviewer-65000-1");

        var result = await _data.Service.AssignAsync(await _data.UserAsync("admin"), item.Id, stranger.AccountId);

        Assert.Equal(AssignmentStatus.NotAReviewerOfTheCentre, result.Status);
        Assert.Null((await _data.ItemAsync(item.Id)).AssigneeId);
    }

    [Fact]
    public async Task ASupervisorReassignsAnItemBetweenTheReviewersOfTheirCentre()
    {
        var item = await _data.AddAsync("63000", Monday, assignee: "reviewer-63000-1");
        var other = await _data.UserAsync("reviewer-63000-2");

        var result = await _data.Service.AssignAsync(await _data.UserAsync("supervisor-63000"), item.Id, other.AccountId);

        Assert.Equal(AssignmentStatus.Done, result.Status);
        Assert.Equal(other.AccountId, (await _data.ItemAsync(item.Id)).AssigneeId);
        var audit = Assert.Single(await _data.AuditOfAsync(item.Id));
        Assert.Equal("supervisor-63000", audit.Actor);
        Assert.Equal("reviewer-63000-1", JsonDocument.Parse(audit.Before!).RootElement.GetProperty("Assignee").GetString());
    }

    [Fact]
    public async Task TheK12SupervisorReassignsInTheNationalCentreUnderIt()
    {
        var item = await _data.AddAsync("NATIONAL", Monday);
        var reviewer = await _data.UserAsync("reviewer-NATIONAL-2");

        var result = await _data.Service.AssignAsync(await _data.UserAsync("supervisor-K12EA"), item.Id, reviewer.AccountId);

        Assert.Equal(AssignmentStatus.Done, result.Status);
    }

    [Fact]
    public async Task ASupervisorCannotReassignOutsideTheirCentresAndNothingChanges()
    {
        var item = await _data.AddAsync("65000", Monday, assignee: "reviewer-65000-1");
        var other = await _data.UserAsync("reviewer-65000-2");

        var result = await _data.Service.AssignAsync(await _data.UserAsync("supervisor-63000"), item.Id, other.AccountId);

        Assert.Equal(AssignmentStatus.Forbidden, result.Status);
        Assert.Equal((await _data.UserAsync("reviewer-65000-1")).AccountId, (await _data.ItemAsync(item.Id)).AssigneeId);
        Assert.Empty(await _data.AuditOfAsync(item.Id));
    }

    [Fact]
    public async Task ASupervisorIsReadOnlyAndCannotClaim()
    {
        var item = await _data.AddAsync("63000", Monday);

        var result = await _data.Service.ClaimAsync(await _data.UserAsync("supervisor-63000"), item.Id);

        Assert.Equal(AssignmentStatus.Forbidden, result.Status);
        Assert.Null((await _data.ItemAsync(item.Id)).AssigneeId);
    }

    [Fact]
    public async Task ADecidedItemCannotBeClaimed()
    {
        var item = await _data.AddAsync("63000", new DateTime(2026, 11, 18, 9, 0, 0), decided: new DateTime(2026, 11, 19, 9, 0, 0));

        var result = await _data.Service.ClaimAsync(await _data.UserAsync("reviewer-63000-1"), item.Id);

        Assert.Equal(AssignmentStatus.AlreadyDecided, result.Status);
    }

    [Fact]
    public async Task BulkAssignGivesEachFreeItemToTheReviewerAndReportsTheOthers()
    {
        var free1 = await _data.AddAsync("63000", Monday);
        var free2 = await _data.AddAsync("63000", Monday.AddHours(1));
        var held = await _data.AddAsync("63000", Monday.AddHours(2), assignee: "reviewer-63000-2");
        var elsewhere = await _data.AddAsync("65000", Monday);
        var reviewer = await _data.UserAsync("reviewer-63000-1");

        var results = await _data.Service.BulkAssignAsync(reviewer, [free1.Id, free2.Id, held.Id, elsewhere.Id], reviewer.AccountId);

        Assert.Equal(
            [AssignmentStatus.Done, AssignmentStatus.Done, AssignmentStatus.AlreadyClaimed, AssignmentStatus.Forbidden],
            results.Select(r => r.Status));
        Assert.Equal(reviewer.AccountId, (await _data.ItemAsync(free1.Id)).AssigneeId);
        Assert.Equal(reviewer.AccountId, (await _data.ItemAsync(free2.Id)).AssigneeId);
        Assert.Null((await _data.ItemAsync(elsewhere.Id)).AssigneeId);
    }

    [Fact]
    public async Task AReviewerReleasesTheirItemBackToTheUnassignedPool()
    {
        var item = await _data.AddAsync("63000", Monday, assignee: "reviewer-63000-1");

        var result = await _data.Service.UnassignAsync(await _data.UserAsync("reviewer-63000-1"), item.Id);

        Assert.Equal(AssignmentStatus.Done, result.Status);
        Assert.Null((await _data.ItemAsync(item.Id)).AssigneeId);
        Assert.Equal("ReviewUnassigned", Assert.Single(await _data.AuditOfAsync(item.Id)).Action);
    }

    [Fact]
    public async Task TwoReviewersClaimingTheSameItemAtOnceGetOneClaimAndOneAuditEntry()
    {
        for (var round = 0; round < 5; round++)
        {
            var item = await _data.AddAsync("63000", Monday.AddMinutes(round));
            var one = await _data.UserAsync("reviewer-63000-1");
            var two = await _data.UserAsync("reviewer-63000-2");
            using var start = new Barrier(2);

            var results = await Task.WhenAll(
                Task.Run(() => { start.SignalAndWait(); return _data.Service.ClaimAsync(one, item.Id); }),
                Task.Run(() => { start.SignalAndWait(); return _data.Service.ClaimAsync(two, item.Id); }));

            var winner = Assert.Single(results, r => r.Status == AssignmentStatus.Done);
            var loser = Assert.Single(results, r => r.Status == AssignmentStatus.AlreadyClaimed);
            Assert.Equal(winner.HolderName, loser.HolderName);
            Assert.Single(await _data.AuditOfAsync(item.Id));
        }
    }

    [Fact]
    public async Task AClaimIsPublishedToTheCentresOpenQueues()
    {
        var item = await _data.AddAsync("63000", Monday);
        var heard = new TaskCompletionSource<QueueChange>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = app.Services.GetRequiredService<IQueueNotifier>().Subscribe("63000", change =>
        {
            heard.TrySetResult(change);
            return Task.CompletedTask;
        });

        var reviewer = await _data.UserAsync("reviewer-63000-1");
        var claiming = SharedQueueReads.Now();
        await _data.Service.ClaimAsync(reviewer, item.Id);
        var claimed = SharedQueueReads.Now();

        var change = await heard.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        Assert.Equal(("63000", ReviewKind.Course, item.Id, QueueChange.Claimed), (change.CentreCode, change.Kind, change.ItemId, change.What));
        // Heard when the claim was saved, not when the listener ran: the reviewer's own reload starts after it.
        Assert.InRange(change.Heard, claiming, claimed);
    }
}
