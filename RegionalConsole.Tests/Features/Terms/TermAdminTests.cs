using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Auth;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Schedule;
using RegionalConsole.Features.Terms;
using RegionalConsole.Tests.Features.Courses;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Terms;

public sealed class TermAdminTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>
{
    private static readonly ConsoleUser Admin = new(1, "admin", "系統管理者", new AccessScope(ConsoleRole.Administrator, null, null));
    private static readonly ConsoleUser Reviewer = new(2, "reviewer-63000-1", "審核", new AccessScope(ConsoleRole.Reviewer, "63000", null));

    private TermAdminService Service() => app.Services.CreateScope().ServiceProvider.GetRequiredService<TermAdminService>();

    [Fact]
    public async Task ANewExcludedTermIsUsedByTheNextCheck()
    {
        var result = await Service().AddAsync(Admin, ScheduleTerm.Excluded, ExcludedCategory.TeaBreak, "點心時間");

        Assert.True(result.Done, result.Error);
        using var api = app.CreateApiClient();
        var organiser = await app.WithDbAsync(db => db.Institutions.Where(i => i.CentreCode != null).Select(i => i.Code).FirstAsync());
        var body = CourseBodies.Valid(organiser).With("schedule", new object[]
        {
            new { date = "2026-12-01", start = "09:00", end = "12:00", activity = "專題演講" },
            new { date = "2026-12-01", start = "12:00", end = "12:30", activity = "點心時間" },
        });
        var answer = await (await api.PostAsJsonAsync("/api/v1/courses/validate", body)).Content.ReadFromJsonAsync<JsonElement>();
        var segment = answer.GetProperty("segments")[1];
        Assert.Equal("Excluded", segment.GetProperty("classification").GetString());
        Assert.Equal("點心時間", segment.GetProperty("term").GetString());
    }

    [Fact]
    public async Task ATermAlreadyInAnotherListIsRefusedAndNothingIsStored()
    {
        var before = await app.WithDbAsync(db => db.ScheduleTerms.CountAsync());

        var result = await Service().AddAsync(Admin, ScheduleTerm.Teaching, null, "報　到");

        Assert.False(result.Done);
        Assert.Contains("重複", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync(db => db.ScheduleTerms.CountAsync()));
    }

    [Fact]
    public async Task AReviewerCannotEditTheTerms()
    {
        var result = await Service().AddAsync(Reviewer, ScheduleTerm.UnderDiscussion, null, "防災宣導");

        Assert.False(result.Done);
        Assert.False(await app.WithDbAsync(db => db.ScheduleTerms.AnyAsync(t => t.Term == "防災宣導")));
    }

    [Fact]
    public async Task RemovingATermIsAudited()
    {
        var service = Service();
        await service.AddAsync(Admin, ScheduleTerm.UnderDiscussion, null, "校務說明");
        var row = (await service.ListAsync()).Single(r => r.Term == "校務說明");

        var result = await service.RemoveAsync(Admin, row.Id);

        Assert.True(result.Done);
        Assert.True(await app.WithDbAsync(db => db.AuditLog.AnyAsync(a => a.Action == "TermRemoved" && a.EntityId == "校務說明" && a.Actor == "admin")));
    }
}
