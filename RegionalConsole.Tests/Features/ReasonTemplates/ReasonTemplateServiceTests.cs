using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Auth;
using RegionalConsole.Domain.Review;
using RegionalConsole.Features.ReasonTemplates;
using RegionalConsole.Tests.Support;
using static RegionalConsole.Tests.Support.ReviewScenario;

namespace RegionalConsole.Tests.Features.ReasonTemplates;

/// <summary>Administrators keep the common reasons; reviewers read them most used first (issue #19 item 6).</summary>
public sealed class ReasonTemplateServiceTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>
{
    [Fact]
    public async Task AnAdministratorAddsRewritesAndRemovesATemplateEachAudited()
    {
        var admin = await UserAsync(app, "admin");
        var text = "請補充講師學經歷。" + Guid.NewGuid().ToString("N")[..6];

        Assert.Equal(ReasonTemplateRefusal.None, await WithServiceAsync(s => s.AddAsync(admin, ReasonKind.Return, text)));
        var added = Assert.Single(await WithServiceAsync(s => s.ListAsync([ReasonKind.Return])), r => r.Text == text);
        Assert.Equal(ReasonTemplateRefusal.None, await WithServiceAsync(s => s.RewriteAsync(admin, added.Id, text + "（請附證明）")));
        Assert.Contains(await WithServiceAsync(s => s.ListAsync([ReasonKind.Return])), r => r.Id == added.Id && r.Text == text + "（請附證明）");
        Assert.Equal(ReasonTemplateRefusal.None, await WithServiceAsync(s => s.RemoveAsync(admin, added.Id)));

        Assert.DoesNotContain(await WithServiceAsync(s => s.ListAllAsync()), r => r.Id == added.Id);
        var actions = await app.WithDbAsync(db => db.AuditLog.Where(a => a.EntityType == "ReasonTemplate" && a.EntityId == added.Id.ToString())
            .OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal(["ReasonTemplateAdded", "ReasonTemplateRewritten", "ReasonTemplateRemoved"], actions);
    }

    [Fact]
    public async Task AReviewerMayNotEditTemplates()
    {
        var reviewer = await UserAsync(app, "reviewer-63000-1");

        Assert.Equal(ReasonTemplateRefusal.NotAdministrator, await WithServiceAsync(s => s.AddAsync(reviewer, ReasonKind.Reject, "不予認列。")));
        var any = (await WithServiceAsync(s => s.ListAllAsync()))[0];
        Assert.Equal(ReasonTemplateRefusal.NotAdministrator, await WithServiceAsync(s => s.RemoveAsync(reviewer, any.Id)));
        Assert.Contains(await WithServiceAsync(s => s.ListAllAsync()), r => r.Id == any.Id);
    }

    [Fact]
    public async Task TheMostUsedTemplateComesFirst()
    {
        var admin = await UserAsync(app, "admin");
        var rare = "少用的理由" + Guid.NewGuid().ToString("N")[..6];
        var often = "常用的理由" + Guid.NewGuid().ToString("N")[..6];
        await WithServiceAsync(s => s.AddAsync(admin, ReasonKind.TagRemoval, rare));
        await WithServiceAsync(s => s.AddAsync(admin, ReasonKind.TagRemoval, often));
        var ids = (await WithServiceAsync(s => s.ListAsync([ReasonKind.TagRemoval]))).ToDictionary(r => r.Text, r => r.Id);
        var top = (await WithServiceAsync(s => s.ListAsync([ReasonKind.TagRemoval])))[0].UseCount;

        for (var i = 0; i <= top; i++)
        {
            await WithServiceAsync(async s => { await s.RecordUseAsync(ids[often]); return 0; });
        }

        var list = await WithServiceAsync(s => s.ListAsync([ReasonKind.TagRemoval]));
        Assert.Equal(often, list[0].Text);
        Assert.Equal(top + 1, list[0].UseCount);
        Assert.True(list.ToList().FindIndex(r => r.Text == rare) > 0);
    }

    [Fact]
    public async Task TheListHoldsOnlyTheAskedKinds()
    {
        var list = await WithServiceAsync(s => s.ListAsync([ReasonKind.CancellationReturn]));

        Assert.NotEmpty(list);
        Assert.All(list, r => Assert.Equal(ReasonKind.CancellationReturn, r.Kind));
    }

    private async Task<T> WithServiceAsync<T>(Func<ReasonTemplateService, Task<T>> act)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await act(scope.ServiceProvider.GetRequiredService<ReasonTemplateService>());
    }
}
