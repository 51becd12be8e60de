using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Courses;
using RegionalConsole.Domain.Review;
using RegionalConsole.Domain.Tags;
using RegionalConsole.Features.Calendar;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Data;

/// <summary>The demo set holds only what a real path could put there (SPEC §13): its lifecycle went through the console's rules.</summary>
public sealed class DemoLifecycleTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>
{
    [Fact]
    public async Task EveryReviewItemIsDueOnWorkingDayThreeAfterItsSubmission()
    {
        var calendar = await app.Services.GetRequiredService<CalendarService>().GetAsync();
        var items = await app.WithDbAsync(db => db.ReviewItems.AsNoTracking()
            .Select(i => new { i.Id, i.Kind, i.SubmittedDate, i.DueDate, i.CentreCode }).ToListAsync());

        Assert.All(items, i => Assert.Equal(calendar.ReviewDueDate(i.SubmittedDate, i.CentreCode), i.DueDate));
        Assert.Contains(items, i => i.Kind == ReviewKind.Roster);
    }

    [Fact]
    public async Task ConfirmedTagsBelongToVersionsAnApprovalDecided()
    {
        var unapproved = await app.WithDbAsync(db => db.TagReviews.AsNoTracking()
            .Where(r => r.State == TagReviewState.Confirmed)
            .Where(r => !db.ReviewItems.Any(i => i.CourseVersionId == r.CourseVersionId && i.Kind == ReviewKind.Course && i.Outcome == ReviewOutcome.Approved))
            .CountAsync());

        Assert.Equal(0, unapproved);
        Assert.True(await app.WithDbAsync(db => db.TagReviews.AnyAsync(r => r.State == TagReviewState.Confirmed)));
    }

    [Fact]
    public async Task OnlyCoursesThatWereApprovedHaveEnrolledTeachers()
    {
        var statuses = await app.WithDbAsync(db => db.Courses.AsNoTracking().Where(c => c.EnrolledCount > 0).Select(c => c.Status).Distinct().ToListAsync());

        Assert.All(statuses, s => Assert.Contains(s, new[] { CourseStatus.Approved, CourseStatus.Cancelled }));
    }

    [Fact]
    public async Task EveryDecisionWasMadeByAReviewerOfTheItemsCentre()
    {
        var strays = await app.WithDbAsync(db => db.ReviewItems.AsNoTracking()
            .Where(i => i.DecidedById != null && !db.Accounts.Any(a => a.Id == i.DecidedById && a.CentreCode == i.CentreCode))
            .CountAsync());

        Assert.Equal(0, strays);
    }
}
