using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Review;
using RegionalConsole.Features.Reviews;
using RegionalConsole.Features.Rosters;
using RegionalConsole.Tests.Support;
using static RegionalConsole.Tests.Features.Rosters.RosterScenario;

namespace RegionalConsole.Tests.Features.Rosters;

/// <summary>Deciding roster items through <see cref="DecisionService"/>: approval issues hours (核發時數), a return issues none.</summary>
public sealed class RosterDecisionTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>
{
    private async Task<(string CourseNo, int ItemId)> SubmittedRosterAsync(string date, params (string Id, decimal Hours)[] attendees)
    {
        var courseNo = await HeldCourseAsync(app, date: date);
        (await PostRosterAsync(app, courseNo, Roster(attendees))).EnsureSuccessStatusCode();
        return (courseNo, await OpenRosterItemAsync(courseNo));
    }

    private Task<int> OpenRosterItemAsync(string courseNo) => app.WithDbAsync(db => db.ReviewItems
        .Where(i => i.Course!.CourseNo == courseNo && i.Kind == ReviewKind.Roster && i.Outcome == null).Select(i => i.Id).SingleAsync());

    private Task<List<StudyRecord>> RecordsAsync(string courseNo) => app.WithDbAsync(db => db.StudyRecords
        .Where(r => db.Courses.Any(c => c.Id == r.CourseId && c.CourseNo == courseNo)).OrderBy(r => r.NationalId).ToListAsync());

    private static Task<RosterReadService> ReaderAsync(AsyncServiceScope scope) =>
        Task.FromResult(scope.ServiceProvider.GetRequiredService<RosterReadService>());

    [Fact]
    public async Task ApprovingARosterIssuesOneStudyRecordPerAttendee()
    {
        var (courseNo, itemId) = await SubmittedRosterAsync("2026-11-02", (Ids[0], 3), (Ids[1], 2.5m));

        var result = await ReviewScenario.DecideAsync(app, Reviewer, itemId, ReviewDecision.Approve());

        Assert.True(result.Succeeded);
        var records = await RecordsAsync(courseNo);
        Assert.Equal([(Ids[0], 3m), (Ids[1], 2.5m)], records.Select(r => (r.NationalId, r.Hours)));
        Assert.All(records, r =>
        {
            Assert.Equal("63000", r.CentreCode);
            Assert.Equal("63000", r.CountyCode);
            Assert.Equal(new DateOnly(2026, 11, 25), r.IssuedDate);
        });
    }

    [Fact]
    public async Task IssuingHoursIsAudited()
    {
        var (courseNo, itemId) = await SubmittedRosterAsync("2026-11-03", (Ids[0], 3));

        await ReviewScenario.DecideAsync(app, Reviewer, itemId, ReviewDecision.Approve());

        var entry = await app.WithDbAsync(db => db.AuditLog.SingleAsync(a => a.EntityId == courseNo && a.Action == "HoursIssued"));
        Assert.Equal(Reviewer, entry.Actor);
    }

    [Fact]
    public async Task AReturnedRosterIssuesNothing()
    {
        var (courseNo, itemId) = await SubmittedRosterAsync("2026-11-04", (Ids[0], 3));

        var result = await ReviewScenario.DecideAsync(app, Reviewer, itemId, ReviewDecision.Return("名單缺漏，請補正。"));

        Assert.True(result.Succeeded);
        Assert.Empty(await RecordsAsync(courseNo));
    }

    [Fact]
    public async Task ARosterSentAgainAfterADecisionIsANewItemAndKeepsTheEarlierDecision()
    {
        var (courseNo, firstItem) = await SubmittedRosterAsync("2026-11-05", (Ids[0], 3));
        await ReviewScenario.DecideAsync(app, Reviewer, firstItem, ReviewDecision.Return("請補列教師。"));

        (await PostRosterAsync(app, courseNo, Roster((Ids[0], 3), (Ids[1], 3)))).EnsureSuccessStatusCode();

        var items = await app.WithDbAsync(db => db.ReviewItems.Include(i => i.Decisions)
            .Where(i => i.Course!.CourseNo == courseNo && i.Kind == ReviewKind.Roster).OrderBy(i => i.Id).ToListAsync());
        Assert.Equal(2, items.Count);
        Assert.Equal(ReviewOutcome.Returned, Assert.Single(items[0].Decisions).Outcome);
        Assert.Null(items[1].Outcome);
        Assert.NotEqual(items[0].RosterId, items[1].RosterId);
    }

    [Fact]
    public async Task ARosterWithErrorsNeedsAnOverrideReasonToBeApproved()
    {
        var (_, itemId) = await SubmittedRosterAsync("2026-11-25", (Ids[0], 3));

        var refused = await ReviewScenario.DecideAsync(app, Reviewer, itemId, ReviewDecision.Approve());
        var approved = await ReviewScenario.DecideAsync(app, Reviewer, itemId, ReviewDecision.Approve("開課單位確認課程已結束。"));

        Assert.Equal(DecisionStatus.OverrideReasonRequired, refused.Status);
        Assert.True(approved.Succeeded);
    }

    [Fact]
    public async Task AReviewerOfAnotherCentreCannotApprove()
    {
        var (courseNo, itemId) = await SubmittedRosterAsync("2026-11-06", (Ids[0], 3));

        var result = await ReviewScenario.DecideAsync(app, "reviewer-65000-1", itemId, ReviewDecision.Approve());

        Assert.Equal(DecisionStatus.Forbidden, result.Status);
        Assert.Empty(await RecordsAsync(courseNo));
    }

    [Fact]
    public async Task HoursIssuedInAnOverlappingCourseFlagTheNextRoster()
    {
        var (_, firstItem) = await SubmittedRosterAsync("2026-11-09", (Ids[5], 3));
        await ReviewScenario.DecideAsync(app, Reviewer, firstItem, ReviewDecision.Approve());
        var second = await HeldCourseAsync(app, date: "2026-11-09");

        var response = await PostRosterAsync(app, second, Roster((Ids[5], 3)));

        var answer = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        Assert.Contains(answer.GetProperty("checks").EnumerateArray(), c => c.GetProperty("code").GetString() == "ROSTER_OVERLAP");
    }

    [Fact]
    public async Task TheReviewSheetShowsTheTeacherWithoutSchoolAndMasksIdsForReviewers()
    {
        await SyncTeacherAsync(app, Ids[3], "林代課", school: null);
        var (_, itemId) = await SubmittedRosterAsync("2026-11-10", (Ids[3], 3));
        await using var scope = app.Services.CreateAsyncScope();
        var reader = await ReaderAsync(scope);

        var sheet = await reader.SheetAsync(await ReviewScenario.UserAsync(app, Reviewer), itemId);

        var attendee = Assert.Single(sheet!.Attendees);
        Assert.Equal("E12****783", attendee.NationalId);
        Assert.Equal("林代課", attendee.TeacherName);
        Assert.True(attendee.Synced);
        Assert.Null(attendee.SchoolName);
        Assert.Equal("ROSTER_NO_SERVING_SCHOOL", Assert.Single(attendee.Flags).Code);
    }

    [Fact]
    public async Task AdministratorsSeeWholeNationalIds()
    {
        var (_, itemId) = await SubmittedRosterAsync("2026-11-11", (Ids[4], 3));
        await using var scope = app.Services.CreateAsyncScope();
        var reader = await ReaderAsync(scope);

        var sheet = await reader.SheetAsync(await ReviewScenario.UserAsync(app, "admin"), itemId);

        Assert.Equal(Ids[4], Assert.Single(sheet!.Attendees).NationalId);
        Assert.False(sheet.IdsMasked);
    }

    [Fact]
    public async Task AReviewerOfAnotherCentreGetsNoSheet()
    {
        var (_, itemId) = await SubmittedRosterAsync("2026-11-12", (Ids[4], 3));
        await using var scope = app.Services.CreateAsyncScope();
        var reader = await ReaderAsync(scope);

        Assert.Null(await reader.SheetAsync(await ReviewScenario.UserAsync(app, "reviewer-65000-1"), itemId));
    }

    [Fact]
    public async Task ARosterOfAFirstAidCourseShowsTheMatchingRuling()
    {
        var courseNo = await HeldCourseAsync(app, date: "2026-11-13", title: $"急救人員安全衛生教育訓練（16小時）{Guid.NewGuid().ToString("N")[..4]}");
        (await PostRosterAsync(app, courseNo, Roster((Ids[6], 3)))).EnsureSuccessStatusCode();
        await using var scope = app.Services.CreateAsyncScope();
        var reader = await ReaderAsync(scope);

        var sheet = await reader.SheetAsync(await ReviewScenario.UserAsync(app, Reviewer), await OpenRosterItemAsync(courseNo));

        Assert.Contains("基本救命術訓練", Assert.Single(sheet!.Rulings).CountsToward, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOrdinaryCourseShowsNoRuling()
    {
        var (_, itemId) = await SubmittedRosterAsync("2026-11-16", (Ids[7], 3));
        await using var scope = app.Services.CreateAsyncScope();
        var reader = await ReaderAsync(scope);

        Assert.Empty((await reader.SheetAsync(await ReviewScenario.UserAsync(app, Reviewer), itemId))!.Rulings);
    }

    [Fact]
    public async Task IssuedHoursShowOnTheCourseAfterApproval()
    {
        var (courseNo, itemId) = await SubmittedRosterAsync("2026-11-17", (Ids[8], 3));
        await ReviewScenario.DecideAsync(app, Reviewer, itemId, ReviewDecision.Approve());
        var courseItem = await app.WithDbAsync(db => db.ReviewItems.Where(i => i.Course!.CourseNo == courseNo && i.Kind == ReviewKind.Course).Select(i => i.Id).SingleAsync());
        await using var scope = app.Services.CreateAsyncScope();
        var reader = await ReaderAsync(scope);

        var issued = await reader.IssuedHoursAsync(await ReviewScenario.UserAsync(app, Reviewer), courseItem);

        var row = Assert.Single(issued);
        Assert.Equal(3m, row.Hours);
        Assert.Equal("K12****788", row.NationalId);
    }
}
