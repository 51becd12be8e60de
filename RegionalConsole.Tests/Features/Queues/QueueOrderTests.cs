using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Review;
using RegionalConsole.Domain.Tags;
using RegionalConsole.Features.Queues;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Queues;

/// <summary>The queue of SPEC §4 and §6 as the database answers it; today is Wednesday 2026-11-25.</summary>
public sealed class QueueOrderTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>, IAsyncLifetime
{
    private const string Taipei = "63000";
    private readonly QueueData _data = new(app);

    public async ValueTask InitializeAsync() => await _data.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task OverdueItemsComeFirstThenTheEarlierOfDueDateAndCourseStartThenSubmissionTime()
    {
        // Submitted Wed 11-25 → due Mon 11-30; submitted Wed 11-18 → due Mon 11-23 (overdue today).
        var later = await _data.AddAsync(Taipei, new DateTime(2026, 11, 25, 9, 0, 0));
        var earlier = await _data.AddAsync(Taipei, new DateTime(2026, 11, 25, 8, 0, 0));
        var startsFriday = await _data.AddAsync(Taipei, new DateTime(2026, 11, 25, 9, 30, 0), courseStart: new DateOnly(2026, 11, 27));
        var overdueLate = await _data.AddAsync(Taipei, new DateTime(2026, 11, 18, 15, 0, 0));
        var overdueEarly = await _data.AddAsync(Taipei, new DateTime(2026, 11, 17, 15, 0, 0));
        var user = await _data.UserAsync("reviewer-63000-1");

        var ids = await _data.IdsAsync(user, Taipei);

        Assert.Equal([overdueEarly.Id, overdueLate.Id, startsFriday.Id, earlier.Id, later.Id], ids);
    }

    [Fact]
    public async Task AnOverdueItemPrecedesAnUrgentOneWhoseCourseStartsEarlier()
    {
        var urgent = await _data.AddAsync(Taipei, new DateTime(2026, 11, 25, 8, 0, 0), courseStart: new DateOnly(2026, 11, 20));
        var overdue = await _data.AddAsync(Taipei, new DateTime(2026, 11, 18, 8, 0, 0));
        var user = await _data.UserAsync("reviewer-63000-1");

        Assert.Equal([overdue.Id, urgent.Id], await _data.IdsAsync(user, Taipei));
    }

    [Theory]
    [InlineData(QueueState.Overdue, "2026-11-18")]
    [InlineData(QueueState.DueSoon, "2026-11-20")]
    [InlineData(QueueState.DueSoon, "2026-11-23")]
    [InlineData(QueueState.OnTrack, "2026-11-24")]
    [InlineData(QueueState.OnTrack, "2026-11-25")]
    public async Task EachSlaStateListsTheItemsInThatStateOnly(QueueState state, string submittedOn)
    {
        // Submitted 11-18 → due 11-23; 11-20 → due 11-25 (today); 11-23 → 11-26; 11-24 → 11-27; 11-25 → 11-30.
        var byDay = new Dictionary<string, int>();
        foreach (var day in new[] { "2026-11-18", "2026-11-20", "2026-11-23", "2026-11-24", "2026-11-25" })
        {
            byDay[day] = (await _data.AddAsync(Taipei, DateTime.Parse(day, System.Globalization.CultureInfo.InvariantCulture).AddHours(9))).Id;
        }

        var user = await _data.UserAsync("reviewer-63000-1");
        var page = await _data.Service.PageAsync(user, new QueueQuery(Taipei, ReviewKind.Course, new QueueFilter { State = state }));

        Assert.Contains(byDay[submittedOn], page.Rows.Select(r => r.Id));
        Assert.All(page.Rows, r => Assert.Equal(ToSla(state), r.State));
        Assert.Equal(page.Rows.Count, page.Total);
    }

    [Fact]
    public async Task TheDecidedViewShowsMetAndBreachedAndTheOpenQueueShowsNeither()
    {
        // Submitted Wed 11-11 → due Mon 11-16.
        var met = await _data.AddAsync(Taipei, new DateTime(2026, 11, 11, 9, 0, 0), decided: new DateTime(2026, 11, 16, 17, 0, 0));
        var breached = await _data.AddAsync(Taipei, new DateTime(2026, 11, 11, 10, 0, 0), decided: new DateTime(2026, 11, 17, 9, 0, 0));
        var open = await _data.AddAsync(Taipei, new DateTime(2026, 11, 25, 9, 0, 0));
        var user = await _data.UserAsync("reviewer-63000-1");

        Assert.Equal([breached.Id, met.Id], await _data.IdsAsync(user, Taipei, new QueueFilter { State = QueueState.Decided }));
        Assert.Equal([met.Id], await _data.IdsAsync(user, Taipei, new QueueFilter { State = QueueState.Met }));
        Assert.Equal([breached.Id], await _data.IdsAsync(user, Taipei, new QueueFilter { State = QueueState.Breached }));
        Assert.Equal([open.Id], await _data.IdsAsync(user, Taipei));
    }

    [Fact]
    public async Task MineAndUnassignedSplitTheQueueByAssignee()
    {
        var mine = await _data.AddAsync(Taipei, new DateTime(2026, 11, 24, 9, 0, 0), assignee: "reviewer-63000-1");
        var colleagues = await _data.AddAsync(Taipei, new DateTime(2026, 11, 24, 10, 0, 0), assignee: "reviewer-63000-2");
        var free = await _data.AddAsync(Taipei, new DateTime(2026, 11, 24, 11, 0, 0));
        var user = await _data.UserAsync("reviewer-63000-1");

        Assert.Equal([mine.Id], await _data.IdsAsync(user, Taipei, new QueueFilter { Assignee = AssigneeFilter.Mine }));
        Assert.Equal([free.Id], await _data.IdsAsync(user, Taipei, new QueueFilter { Assignee = AssigneeFilter.Unassigned }));
        Assert.Equal([mine.Id, colleagues.Id, free.Id], await _data.IdsAsync(user, Taipei));
    }

    [Fact]
    public async Task AQueueListsOnlyItsCentreAndKind()
    {
        var course = await _data.AddAsync(Taipei, new DateTime(2026, 11, 24, 9, 0, 0));
        var roster = await _data.AddAsync(Taipei, new DateTime(2026, 11, 24, 9, 0, 0), kind: ReviewKind.Roster);
        await _data.AddAsync("65000", new DateTime(2026, 11, 24, 9, 0, 0));
        var user = await _data.UserAsync("reviewer-63000-1");

        Assert.Equal([course.Id], await _data.IdsAsync(user, Taipei));
        Assert.Equal([roster.Id], await _data.IdsAsync(user, Taipei, kind: ReviewKind.Roster));
    }

    [Fact]
    public async Task ARowCarriesItsDueDateWorkingDaysLeftStateUrgencyAndAssignee()
    {
        // Submitted Mon 11-23 → due Thu 11-26: one working day left, due soon; the course starts that day.
        var item = await _data.AddAsync(Taipei, new DateTime(2026, 11, 23, 9, 0, 0), courseStart: new DateOnly(2026, 11, 26),
            assignee: "reviewer-63000-2", errors: 1, title: "教學領導", tags: ["教學領導", "國際教育"]);
        var user = await _data.UserAsync("reviewer-63000-1");

        var row = Assert.Single((await _data.Service.PageAsync(user, new QueueQuery(Taipei, ReviewKind.Course, new QueueFilter()))).Rows);

        Assert.Equal(item.Id, row.Id);
        Assert.Equal(new DateOnly(2026, 11, 26), row.DueDate);
        Assert.Equal(1, row.WorkingDaysLeft);
        Assert.Equal(SlaState.DueSoon, row.State);
        Assert.True(row.IsUrgent);
        Assert.Equal((await _data.UserAsync("reviewer-63000-2")).DisplayName, row.AssigneeName);
        Assert.Equal(item.Title, row.Title);
        Assert.Equal("[教學領導][國際教育]教學領導", row.Title);
        Assert.Equal(1, row.ErrorCount);
    }

    [Fact]
    public async Task PagesWalkTheWholeQueueInOrderAcrossTheOverduePart()
    {
        var expected = new List<int>();
        foreach (var day in new[] { 16, 17, 18, 23, 24, 25 })
        {
            expected.Add((await _data.AddAsync(Taipei, new DateTime(2026, 11, day, 9, 0, 0))).Id);
        }

        var user = await _data.UserAsync("reviewer-63000-1");
        var walked = new List<int>();
        var totals = new List<int?>();
        for (var page = 0; page < 4; page++)
        {
            var result = await _data.Service.PageAsync(user, new QueueQuery(Taipei, ReviewKind.Course, new QueueFilter(), page, PageSize: 2));
            walked.AddRange(result.Rows.Select(r => r.Id));
            totals.Add(result.Total);
            Assert.Equal(page < 2, result.HasMore);
        }

        Assert.Equal(expected, walked);
        Assert.All(totals, t => Assert.Equal(6, t));
    }

    [Fact]
    public async Task ATextSearchIsNotCountedButSaysWhetherAnotherPageFollows()
    {
        for (var hour = 8; hour < 11; hour++)
        {
            await _data.AddAsync(Taipei, new DateTime(2026, 11, 24, hour, 0, 0), title: "繪本閱讀");
        }

        var user = await _data.UserAsync("reviewer-63000-1");
        var query = new QueueQuery(Taipei, ReviewKind.Course, new QueueFilter { Search = "繪本" }, PageSize: 2);

        var first = await _data.Service.PageAsync(user, query);
        var second = await _data.Service.PageAsync(user, query with { Page = 1 });

        Assert.Equal((2, (int?)null, true), (first.Rows.Count, first.Total, first.HasMore));
        Assert.Equal((1, (int?)null, false), (second.Rows.Count, second.Total, second.HasMore));
    }

    [Fact]
    public async Task AColumnSortOrdersByThatColumn()
    {
        var few = await _data.AddAsync(Taipei, new DateTime(2026, 11, 18, 9, 0, 0), errors: 1);
        var many = await _data.AddAsync(Taipei, new DateTime(2026, 11, 24, 9, 0, 0), errors: 3);
        var none = await _data.AddAsync(Taipei, new DateTime(2026, 11, 23, 9, 0, 0));
        var user = await _data.UserAsync("reviewer-63000-1");

        var page = await _data.Service.PageAsync(user,
            new QueueQuery(Taipei, ReviewKind.Course, new QueueFilter()) { Sort = QueueSort.Errors, Descending = true });

        Assert.Equal([many.Id, few.Id, none.Id], page.Rows.Select(r => r.Id));
    }

    private static SlaState ToSla(QueueState state) => state switch
    {
        QueueState.Overdue => SlaState.Overdue,
        QueueState.DueSoon => SlaState.DueSoon,
        _ => SlaState.OnTrack,
    };
}
