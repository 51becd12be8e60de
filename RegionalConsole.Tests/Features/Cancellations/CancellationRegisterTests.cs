using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Domain.Cancellations;
using RegionalConsole.Domain.Courses;
using RegionalConsole.Domain.Review;
using RegionalConsole.Features.Cancellations;
using RegionalConsole.Features.Reviews;
using RegionalConsole.Tests.Features.Rosters;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Cancellations;

/// <summary>The cancellation register (SPEC §5.5) and the review of a cancellation item.</summary>
public sealed class CancellationRegisterTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>
{
    private async Task<string> CancelledCourseAsync(string category = "Speaker")
    {
        var courseNo = await RosterScenario.HeldCourseAsync(app, date: "2026-12-15");
        using var api = app.CreateApiClient();
        var response = await api.PostAsJsonAsync($"/api/v1/courses/{courseNo}/cancellation", new
        {
            reasonCategory = category,
            reason = "講師臨時無法授課。",
            notification = new { channel = "Sms", sentAt = "2026-11-24T18:00", recipients = 0 },
        });
        response.EnsureSuccessStatusCode();
        return courseNo;
    }

    private async Task<CancellationPage> PageAsync(string userName, CancellationFilter filter)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CancellationRegister>()
            .PageAsync(await ReviewScenario.UserAsync(app, userName), filter, 0, 500);
    }

    [Fact]
    public async Task TheRegisterListsACancellationWithItsNotice()
    {
        var courseNo = await CancelledCourseAsync();

        var page = await PageAsync(RosterScenario.Reviewer, new CancellationFilter());

        var row = Assert.Single(page.Rows, r => r.CourseNo == courseNo);
        Assert.Equal("Speaker", row.ReasonCategory);
        Assert.Equal("Sms", row.NotificationChannel);
        Assert.Equal(new DateTime(2026, 11, 24, 10, 0, 0, DateTimeKind.Utc), row.NotifiedAt);
        Assert.NotNull(row.ReviewItemId);
        Assert.Null(row.ReviewOutcome);
    }

    [Fact]
    public async Task TheCategoryFilterKeepsOnlyThatCategory()
    {
        var courseNo = await CancelledCourseAsync("Venue");

        var page = await PageAsync(RosterScenario.Reviewer, new CancellationFilter(Category: CancellationCategory.Venue));

        Assert.Contains(page.Rows, r => r.CourseNo == courseNo);
        Assert.All(page.Rows, r => Assert.Equal("Venue", r.ReasonCategory));
    }

    [Fact]
    public async Task TheDateRangeIsOfTaipeiSubmissionDates()
    {
        var courseNo = await CancelledCourseAsync();
        var today = new DateOnly(2026, 11, 25);

        var inRange = await PageAsync(RosterScenario.Reviewer, new CancellationFilter(From: today, To: today));
        var before = await PageAsync(RosterScenario.Reviewer, new CancellationFilter(To: today.AddDays(-1)));

        Assert.Contains(inRange.Rows, r => r.CourseNo == courseNo);
        Assert.DoesNotContain(before.Rows, r => r.CourseNo == courseNo);
    }

    [Fact]
    public async Task AReviewerOfAnotherCentreDoesNotSeeIt()
    {
        var courseNo = await CancelledCourseAsync();

        var page = await PageAsync("reviewer-65000-1", new CancellationFilter());

        Assert.DoesNotContain(page.Rows, r => r.CourseNo == courseNo);
        Assert.All(page.Rows, r => Assert.Equal("65000", r.CentreCode));
    }

    [Fact]
    public async Task TheSupervisorOverTheCentreSeesIt()
    {
        var courseNo = await CancelledCourseAsync();

        var page = await PageAsync("supervisor-63000", new CancellationFilter(CentreCode: "63000"));

        Assert.Contains(page.Rows, r => r.CourseNo == courseNo);
    }

    [Fact]
    public async Task CheckingTheCancellationKeepsTheCourseCancelledAndShowsInTheRegister()
    {
        var courseNo = await CancelledCourseAsync();
        var itemId = await ReviewScenario.OpenItemAsync(app, courseNo);

        var result = await ReviewScenario.DecideAsync(app, RosterScenario.Reviewer, itemId, ReviewDecision.Approve());

        Assert.True(result.Succeeded);
        Assert.Equal(RegionalConsole.Domain.Courses.CourseStatus.Cancelled, await app.WithDbAsync(db => db.Courses.Where(c => c.CourseNo == courseNo).Select(c => c.Status).SingleAsync()));
        var page = await PageAsync(RosterScenario.Reviewer, new CancellationFilter());
        Assert.Equal(ReviewOutcome.Approved, Assert.Single(page.Rows, r => r.CourseNo == courseNo).ReviewOutcome);
    }

    [Fact]
    public async Task TheCancellationItemReadsItsCancellationWithinScopeOnly()
    {
        var courseNo = await CancelledCourseAsync();
        var itemId = await ReviewScenario.OpenItemAsync(app, courseNo);
        await using var scope = app.Services.CreateAsyncScope();
        var register = scope.ServiceProvider.GetRequiredService<CancellationRegister>();

        var mine = await register.ForItemAsync(await ReviewScenario.UserAsync(app, RosterScenario.Reviewer), itemId);
        var theirs = await register.ForItemAsync(await ReviewScenario.UserAsync(app, "reviewer-65000-1"), itemId);

        Assert.Equal("講師臨時無法授課。", mine!.Reason);
        Assert.Null(theirs);
    }

    [Fact]
    public async Task TheDemoCancellationsCarryTheirNotice()
    {
        var withoutNotice = await app.WithDbAsync(db => db.Cancellations
            .CountAsync(c => c.EnrolledCount > 0 && (c.NotificationChannel == null || c.NotifiedAt == null || c.Recipients < c.EnrolledCount)));

        Assert.True(await app.WithDbAsync(db => db.Cancellations.AnyAsync()));
        Assert.Equal(0, withoutNotice);
    }
}
