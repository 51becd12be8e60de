using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Data.Entities;
using RegionalConsole.Features.Dashboard;
using RegionalConsole.Features.Statistics;
using RegionalConsole.Tests.Features.Mail;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Cancellations;

/// <summary>A withdrawn review item counts in no backlog, SLA figure or dashboard (SPEC §13.2).</summary>
public sealed class WithdrawnFiguresTests
{
    [Fact]
    public async Task AWithdrawnOverdueItemLeavesTheBacklogTheComplianceFiguresAndTheDashboard()
    {
        // Its own host: the clock moves so that the course review is overdue when the course is cancelled.
        await using var app = new ConsoleAppFactory();
        await MailScenario.EnsureOrganiserWithContactAsync(app);
        var (courseNo, _) = await ReviewScenario.SubmitAsync(app, ReviewScenario.MixedBody(date: "2026-12-20"));
        app.Clock.Advance(TimeSpan.FromDays(7)); // Wednesday 2026-12-02: due 11-30, overdue
        var before = await FiguresAsync(app);

        await CancellationLifecycleTests.CancelAsync(app, courseNo);

        var after = await FiguresAsync(app);
        Assert.Equal(before.Overdue - 1, after.Overdue);
        Assert.Equal(before.Backlog, after.Backlog); // the cancellation item took the course item's place
        Assert.Equal(before.Decided, after.Decided);
        Assert.Equal(before.Met, after.Met);
        Assert.Equal((before.OpenCourses - 1, before.OpenCancellations + 1, before.DashboardOverdue - 1),
            (after.OpenCourses, after.OpenCancellations, after.DashboardOverdue));
    }

    private static async Task<(int Backlog, int Overdue, int Decided, int Met, int OpenCourses, int OpenCancellations, int DashboardOverdue)> FiguresAsync(
        ConsoleAppFactory app)
    {
        var user = await ReviewScenario.UserAsync(app, "reviewer-63000-1");
        await using var scope = app.Services.CreateAsyncScope();
        var statistics = scope.ServiceProvider.GetRequiredService<StatisticsService>();
        var statisticsScope = await statistics.ScopeAsync(user, new StatisticsFilter(115));
        var backlog = Assert.Single(await statistics.BacklogAsync(statisticsScope));
        var compliance = await statistics.ComplianceAsync(statisticsScope);
        var dashboard = Assert.Single(await scope.ServiceProvider.GetRequiredService<DashboardService>().SummariseAsync(user), c => c.Code == "63000");
        return (backlog.Total, backlog.Overdue, compliance.Sum(c => c.Decided), compliance.Sum(c => c.Met),
            dashboard.OpenCourses, dashboard.OpenCancellations, dashboard.Overdue);
    }
}
