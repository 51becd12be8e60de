using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Auth;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Features.Api;
using RegionalConsole.Tests.Features.Courses;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Api;

/// <summary>The skeleton every partner write shares: replay, course, scope, one save, replay on a conflict (SPEC §10).</summary>
public sealed class PartnerWritesTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>
{
    private static readonly ApiCaller Partner = new("partner-" + Guid.NewGuid().ToString("N")[..6], false, new HashSet<string> { "T63R01" }, null);

    private PartnerWrites Writes => app.Services.GetRequiredService<PartnerWrites>();

    private static string NewKey() => Guid.NewGuid().ToString("N");

    private static PartnerRequest Request(string key, string name = "POST /api/v1/test") => new(Partner, name, key);

    /// <summary>Work that writes one audit entry marked <paramref name="mark"/> and answers it.</summary>
    private static Func<PartnerWrite, Task<Outcome<WriteAnswer>>> AuditWork(string mark, Action? ran = null) => async write =>
    {
        ran?.Invoke();
        await write.BeginAsync(CancellationToken.None);
        write.Db.AuditLog.Add(AuditEntry.Create(write.Now, write.Caller.Actor, "PipelineTest", "Test", mark));
        return WriteAnswer.Created(new { mark }, $"/api/v1/test/{mark}");
    };

    private Task<int> AuditCountAsync(string mark) => app.WithDbAsync(db => db.AuditLog.CountAsync(a => a.EntityId == mark));

    [Fact]
    public async Task ARepeatedKeyIsAnsweredAsTheFirstTimeAndTheWorkRunsOnce()
    {
        var (key, mark, runs) = (NewKey(), NewKey(), 0);

        var first = await Writes.RunAsync(Request(key), AuditWork(mark, () => runs++), CancellationToken.None);
        var again = await Writes.RunAsync(Request(key), AuditWork(mark, () => runs++), CancellationToken.None);

        Assert.Equal(201, first.Answer!.Status);
        Assert.Equal(new StoredAnswer(201, $"/api/v1/test/{mark}", $$"""{"mark":"{{mark}}"}"""), again.Replay);
        Assert.Equal(1, runs);
        Assert.Equal(1, await AuditCountAsync(mark));
    }

    [Fact]
    public async Task AKeyUsedForAnotherRequestIsAConflictAndNothingRuns()
    {
        var (key, runs) = (NewKey(), 0);
        await Writes.RunAsync(Request(key), AuditWork(NewKey()), CancellationToken.None);

        var other = await Writes.RunAsync(Request(key, "PUT /api/v1/other"), AuditWork(NewKey(), () => runs++), CancellationToken.None);

        Assert.Equal(409, other.Refusal!.Status);
        Assert.Equal(nameof(ApiMessages.IdempotencyKeyReused), other.Refusal.Code);
        Assert.Equal(0, runs);
    }

    [Fact]
    public async Task ARefusedWriteKeepsNothingItWroteAndItsKeyStaysFree()
    {
        var (key, mark) = (NewKey(), NewKey());

        var refused = await Writes.RunAsync(Request(key), async write =>
        {
            await AuditWork(mark)(write);
            return Refusal.Conflict(ApiMessages.CourseAlreadyCancelled("1"));
        }, CancellationToken.None);
        var later = await Writes.RunAsync(Request(key), AuditWork(mark), CancellationToken.None);

        Assert.Equal(409, refused.Refusal!.Status);
        Assert.NotNull(later.Answer);
        Assert.Equal(1, await AuditCountAsync(mark));
    }

    [Fact]
    public async Task ATwinThatTookTheKeyFirstIsAnsweredAsTheTwinWas()
    {
        var (key, mark, runs) = (NewKey(), NewKey(), 0);

        var result = await Writes.RunAsync(Request(key), async write =>
        {
            runs++;
            // A concurrent request with the same key commits while this one works.
            await app.WithDbAsync(db =>
            {
                db.IdempotencyRecords.Add(new IdempotencyRecord
                {
                    Key = key,
                    ClientName = Partner.Name,
                    RequestPath = "POST /api/v1/test",
                    StatusCode = 201,
                    ResponseBody = """{"twin":true}""",
                    CreatedAt = write.Now,
                });
                return db.SaveChangesAsync();
            });
            return await AuditWork(mark)(write);
        }, CancellationToken.None);

        Assert.Equal("""{"twin":true}""", result.Replay!.Body);
        Assert.Equal(1, runs);
        Assert.Equal(0, await AuditCountAsync(mark));
    }

    [Fact]
    public async Task ACourseOutsideTheKeysScopeIsForbiddenAndTheWorkNeverRuns()
    {
        await ReviewScenario.EnsureOrganiserAsync(app);
        var (courseNo, _) = await ReviewScenario.SubmitAsync(app, CourseBodies.Valid(ReviewScenario.Organiser, title: "【國際教育】範圍測試：" + NewKey()[..8]));
        var stranger = new ApiCaller("stranger", false, new HashSet<string> { "999999" }, "10017");
        var runs = 0;

        var result = await Writes.RunOnCourseAsync(new PartnerRequest(stranger, "PUT /x", null), courseNo, (_, _) =>
        {
            runs++;
            return Task.FromResult<Outcome<WriteAnswer>>(WriteAnswer.Changed(new { }));
        }, CancellationToken.None);

        Assert.Equal(403, result.Refusal!.Status);
        Assert.Equal(nameof(ApiMessages.OrganiserOutOfScope), result.Refusal.Code);
        Assert.Equal(0, runs);
    }

    [Fact]
    public async Task AnUnknownCourseIsNotFound()
    {
        var result = await Writes.RunOnCourseAsync(Request(NewKey()), "0000000000", (_, _) =>
            Task.FromResult<Outcome<WriteAnswer>>(WriteAnswer.Changed(new { })), CancellationToken.None);

        Assert.Equal(404, result.Refusal!.Status);
        Assert.Equal(nameof(ApiMessages.CourseNotFound), result.Refusal.Code);
    }

    [Fact]
    public async Task TheWorkGetsTheCourseTrackedWithItsOrganiser()
    {
        await ReviewScenario.EnsureOrganiserAsync(app);
        var (courseNo, _) = await ReviewScenario.SubmitAsync(app, CourseBodies.Valid(ReviewScenario.Organiser, title: "【國際教育】載入測試：" + NewKey()[..8]));

        var result = await Writes.RunOnCourseAsync(Request(NewKey()), courseNo, (write, course) =>
        {
            course.EnrolledCount = 7;
            return Task.FromResult<Outcome<WriteAnswer>>(WriteAnswer.Changed(new { course.Organiser!.Code }));
        }, CancellationToken.None);

        Assert.NotNull(result.Answer);
        Assert.Equal(7, await app.WithDbAsync(db => db.Courses.Where(c => c.CourseNo == courseNo).Select(c => c.EnrolledCount).SingleAsync()));
    }
}
