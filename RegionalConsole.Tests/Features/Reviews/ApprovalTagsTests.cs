using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Review;
using RegionalConsole.Domain.Tags;
using RegionalConsole.Features.Reviews;
using RegionalConsole.Features.Statistics;
using RegionalConsole.Tests.Features.Calendar;
using RegionalConsole.Tests.Features.Courses;
using RegionalConsole.Tests.Features.Preschool;
using RegionalConsole.Tests.Features.Rosters;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Reviews;

/// <summary>
/// Approving a course confirms every declared tag the reviewer did not remove (SPEC §13.2), in the decision's own save:
/// with real use a course approved without touching its tags still counts in statistics and the preschool exchange.
/// </summary>
public sealed class ApprovalTagsTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>
{
    private const string Reviewer = "reviewer-63000-1";

    private Task<List<TagReview>> TagReviewsAsync(int itemId) => app.WithDbAsync(db => db.TagReviews.AsNoTracking()
        .Where(r => r.CourseVersionId == db.ReviewItems.Where(i => i.Id == itemId).Select(i => i.CourseVersionId).Single()).ToListAsync());

    [Fact]
    public async Task AnApprovalConfirmsTheDeclaredTagsAndAuditsIt()
    {
        await ReviewScenario.EnsureOrganiserAsync(app);
        var (_, itemId) = await ReviewScenario.SubmitAsync(app, ReviewScenario.MixedBody());

        await ReviewScenario.DecideAsync(app, Reviewer, itemId, ReviewDecision.Approve("測試用：已確認。"));

        var review = Assert.Single(await TagReviewsAsync(itemId));
        Assert.Equal(("國際教育", TagReviewState.Confirmed), (review.TagName, review.State));
        var entry = await app.WithDbAsync(db => db.AuditLog.AsNoTracking().SingleAsync(a => a.Action == "TagsConfirmedByApproval" && a.EntityId == itemId.ToString()));
        Assert.Equal(Reviewer, entry.Actor);
    }

    [Fact]
    public async Task ATagTheReviewerRemovedStaysRemoved()
    {
        await ReviewScenario.EnsureOrganiserAsync(app);
        var (_, itemId) = await ReviewScenario.SubmitAsync(app, ReviewScenario.MixedBody());
        var user = await ReviewScenario.UserAsync(app, Reviewer);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var removed = await scope.ServiceProvider.GetRequiredService<TagReviewService>().ApplyAsync(user, itemId, TagReviewAction.Remove("國際教育", "與國際教育無關。"));
            Assert.True(removed.Succeeded);
        }

        await ReviewScenario.DecideAsync(app, Reviewer, itemId, ReviewDecision.Approve("測試用：已確認。"));

        Assert.Equal(TagReviewState.Removed, Assert.Single(await TagReviewsAsync(itemId)).State);
    }

    [Fact]
    public async Task AReturnConfirmsNothing()
    {
        await ReviewScenario.EnsureOrganiserAsync(app);
        var (_, itemId) = await ReviewScenario.SubmitAsync(app, ReviewScenario.MixedBody());

        await ReviewScenario.DecideAsync(app, Reviewer, itemId, ReviewDecision.Return("請修正時數。"));

        Assert.Empty(await TagReviewsAsync(itemId));
    }

    [Fact]
    public async Task ACourseApprovedWithoutTouchingItsTagsCountsPerConfirmedTag()
    {
        await ReviewScenario.EnsureOrganiserAsync(app);
        var (_, itemId) = await ReviewScenario.SubmitAsync(app, ReviewScenario.MixedBody(title: $"校園環境與永續行動：{Guid.NewGuid():N}"[..20])
            .With("tags", new[] { TagDefaults.Environment }));
        var user = await ReviewScenario.UserAsync(app, Reviewer);
        var before = await EnvironmentCoursesAsync(user);

        await ReviewScenario.DecideAsync(app, Reviewer, itemId, ReviewDecision.Approve("測試用：已確認。"));

        Assert.Equal(before + 1, await EnvironmentCoursesAsync(user));
    }

    private async Task<int> EnvironmentCoursesAsync(RegionalConsole.Auth.ConsoleUser user)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var statistics = scope.ServiceProvider.GetRequiredService<StatisticsService>();
        var rows = await statistics.TagsAsync(await statistics.ScopeAsync(user, new StatisticsFilter(115)));
        return rows.SingleOrDefault(r => r.TagName == TagDefaults.Environment)?.Courses ?? 0;
    }

    [Fact]
    public async Task ThePreschoolHoursOfACourseApprovedWithoutTouchingItsTagsGoToTheExchange()
    {
        var data = new PreschoolData(app);
        await data.SucceededRunAsync("2026-11");
        var preschool = await data.InstitutionAsync("63000", "臺北市立交換測試幼兒園");
        var teacher = RosterScenario.Ids[0];
        await RosterScenario.SyncTeacherAsync(app, teacher, "林小華", preschool);
        var body = CourseBodies.Valid(preschool, title: $"幼兒體能遊戲設計：{Guid.NewGuid():N}"[..20])
            .With("tags", new[] { TagDefaults.Preschool }).With("audience", new[] { "PreschoolEducator" })
            .With("startDate", "2026-11-20").With("endDate", "2026-11-20").With("declaredHours", 3)
            .With("schedule", new object[] { new { date = "2026-11-20", start = "09:00", end = "12:00", activity = "幼兒體能遊戲設計實作" } });
        var (courseNo, itemId) = await ReviewScenario.SubmitAsync(app, body);
        Assert.True((await ReviewScenario.DecideAsync(app, Reviewer, itemId, ReviewDecision.Approve("測試用：已確認。"))).Succeeded);
        var roster = await RosterScenario.PostRosterAsync(app, courseNo, RosterScenario.Roster((teacher, 3m)));
        Assert.True(roster.StatusCode == HttpStatusCode.Created, await roster.Content.ReadAsStringAsync());
        var rosterItem = await ReviewScenario.OpenItemAsync(app, courseNo);
        Assert.True((await ReviewScenario.DecideAsync(app, Reviewer, rosterItem, ReviewDecision.Approve("測試用：已確認。"))).Succeeded);
        var record = await app.WithDbAsync(db => db.StudyRecords.SingleAsync(r => db.Courses.Any(c => c.Id == r.CourseId && c.CourseNo == courseNo)));

        var run = await data.Exchange.RunNowAsync(TestUsers.Administrator, TestContext.Current.CancellationToken);

        Assert.Contains(record.Id, await data.SentAsync(run.RunId!.Value));
    }
}
