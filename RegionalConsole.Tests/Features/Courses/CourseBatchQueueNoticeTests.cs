using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Data.Entities;
using RegionalConsole.Features.Queues;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Courses;

/// <summary>What a batch tells the open queues (SPEC §6): one reload per centre, not one per course.</summary>
public sealed class CourseBatchQueueNoticeTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>
{
    private const string Organiser = "T63102";
    private readonly ConsoleAppFactory _app = app;

    [Fact]
    public async Task ABatchTellsTheCentresOpenQueuesOnceNotOncePerCourse()
    {
        using var api = _app.CreateApiClient();
        await api.PutJsonAsync($"/api/v1/institutions/{Organiser}", new { name = "臺北市立通知國民小學", type = "MunicipalSchool", countyCode = "63000" });
        var centre = await _app.WithDbAsync(db => db.Institutions.Where(i => i.Code == Organiser).Select(i => i.CentreCode!).SingleAsync());
        var notices = new ConcurrentQueue<QueueChange>();
        var first = new TaskCompletionSource();
        using var subscription = _app.Services.GetRequiredService<IQueueNotifier>().Subscribe(centre, change =>
        {
            notices.Enqueue(change);
            first.TrySetResult();
            return Task.CompletedTask;
        });

        using var response = await api.PostAsJsonAsync("/api/v1/courses/batch",
            new { courses = Enumerable.Range(1, 4).Select(n => CourseBodies.Valid(Organiser, title: $"批次通知研習（第{n}場）")).ToArray() },
            TestContext.Current.CancellationToken);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        await first.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        // Anything a second notice would take to arrive (PostgreSQL delivers through LISTEN/NOTIFY).
        await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);

        Assert.Equal(4, answer.GetProperty("created").GetInt32());
        var notice = Assert.Single(notices);
        Assert.Equal((ReviewKind.Course, QueueChange.Submitted), (notice.Kind, notice.What));
    }
}
