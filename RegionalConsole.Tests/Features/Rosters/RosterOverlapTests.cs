using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Review;
using RegionalConsole.Tests.Support;
using static RegionalConsole.Tests.Features.Rosters.RosterScenario;

namespace RegionalConsole.Tests.Features.Rosters;

/// <summary>SPEC §13.2: unknown teachers, and overlaps with issued hours and with other rosters under review, at arrival and at approval.</summary>
public sealed class RosterOverlapTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>
{
    private async Task<(string CourseNo, int ItemId, JsonElement Answer)> SubmittedAsync(string date, params (string Id, decimal Hours)[] attendees)
    {
        var courseNo = await HeldCourseAsync(app, date: date);
        var response = await PostRosterAsync(app, courseNo, Roster(attendees));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var itemId = await app.WithDbAsync(db => db.ReviewItems
            .Where(i => i.Course!.CourseNo == courseNo && i.Kind == ReviewKind.Roster && i.Outcome == null).Select(i => i.Id).SingleAsync());
        return (courseNo, itemId, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    private static List<JsonElement> Checks(JsonElement answer, string code) =>
        [.. answer.GetProperty("checks").EnumerateArray().Where(c => c.GetProperty("code").GetString() == code)];

    private Task<List<RosterCheckResult>> StoredOverlapsAsync(int itemId) => app.WithDbAsync(db => db.RosterChecks
        .Where(c => c.Code == "ROSTER_OVERLAP" && db.ReviewItems.Any(i => i.Id == itemId && i.RosterId == c.RosterId)).ToListAsync());

    [Fact]
    public async Task AnAttendeeNeverSyncedIsAnUnknownTeacherNamedByMaskedId()
    {
        await ReviewScenario.EnsureOrganiserAsync(app);
        await SyncTeacherAsync(app, Ids[0], "王老師", ReviewScenario.Organiser);

        var (_, itemId, answer) = await SubmittedAsync("2026-11-02", (Ids[0], 3), (Ids[1], 3));

        var unknown = Assert.Single(Checks(answer, "ROSTER_TEACHER_UNKNOWN"));
        Assert.Equal(1, unknown.GetProperty("attendee").GetInt32());
        Assert.Equal("Warning", unknown.GetProperty("severity").GetString());
        Assert.Equal("C12****781", unknown.GetProperty("evidence").GetString());
        Assert.Equal(1, await app.WithDbAsync(db => db.ReviewItems.Where(i => i.Id == itemId).Select(i => i.WarningCount).SingleAsync()));
    }

    [Fact]
    public async Task ATeacherOnAnotherRosterUnderReviewAtTheSameTimeIsFlagged()
    {
        var (first, _, _) = await SubmittedAsync("2026-11-03", (Ids[2], 3));

        var (_, _, answer) = await SubmittedAsync("2026-11-03", (Ids[2], 3));

        var overlap = Assert.Single(Checks(answer, "ROSTER_OVERLAP"));
        Assert.Contains("審查中", overlap.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains(first, overlap.GetProperty("evidence").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, overlap.GetProperty("attendee").GetInt32());
    }

    [Fact]
    public async Task ARosterUnderReviewOnAnotherDayIsNoOverlap()
    {
        await SubmittedAsync("2026-11-04", (Ids[3], 3));

        var (_, _, answer) = await SubmittedAsync("2026-11-05", (Ids[3], 3));

        Assert.Empty(Checks(answer, "ROSTER_OVERLAP"));
    }

    [Fact]
    public async Task AnOverlapFoundOnlyAtApprovalIsStoredCountedAndAudited()
    {
        var (courseNo, itemId, answer) = await SubmittedAsync("2026-11-06", (Ids[4], 3));
        Assert.Empty(Checks(answer, "ROSTER_OVERLAP"));
        var (later, laterItem, _) = await SubmittedAsync("2026-11-06", (Ids[4], 3));
        Assert.True((await ReviewScenario.DecideAsync(app, Reviewer, laterItem, ReviewDecision.Approve())).Succeeded);
        var warningsBefore = await app.WithDbAsync(db => db.ReviewItems.Where(i => i.Id == itemId).Select(i => i.WarningCount).SingleAsync());

        Assert.True((await ReviewScenario.DecideAsync(app, Reviewer, itemId, ReviewDecision.Approve())).Succeeded);

        var overlap = Assert.Single(await StoredOverlapsAsync(itemId));
        Assert.Contains("已核發時數", overlap.Message, StringComparison.Ordinal);
        Assert.Contains(later, overlap.Evidence, StringComparison.Ordinal);
        Assert.Equal(warningsBefore + 1, await app.WithDbAsync(db => db.ReviewItems.Where(i => i.Id == itemId).Select(i => i.WarningCount).SingleAsync()));
        var entry = await app.WithDbAsync(db => db.AuditLog.SingleAsync(a => a.EntityId == courseNo && a.Action == "RosterOverlapRechecked"));
        Assert.Equal(Reviewer, entry.Actor);
    }

    [Fact]
    public async Task AnOverlapWithARosterReturnedMeanwhileIsDroppedAtApproval()
    {
        var (_, firstItem, _) = await SubmittedAsync("2026-11-09", (Ids[5], 3));
        var (_, itemId, answer) = await SubmittedAsync("2026-11-09", (Ids[5], 3));
        Assert.Single(Checks(answer, "ROSTER_OVERLAP"));
        await ReviewScenario.DecideAsync(app, Reviewer, firstItem, ReviewDecision.Return("名單有誤，請更正。"));

        await ReviewScenario.DecideAsync(app, Reviewer, itemId, ReviewDecision.Approve());

        Assert.Empty(await StoredOverlapsAsync(itemId));
    }

    [Fact]
    public async Task AnApprovalThatFindsNothingNewWritesNoRecheckEntry()
    {
        var (courseNo, itemId, _) = await SubmittedAsync("2026-11-10", (Ids[6], 3));

        await ReviewScenario.DecideAsync(app, Reviewer, itemId, ReviewDecision.Approve());

        Assert.False(await app.WithDbAsync(db => db.AuditLog.AnyAsync(a => a.EntityId == courseNo && a.Action == "RosterOverlapRechecked")));
    }
}
