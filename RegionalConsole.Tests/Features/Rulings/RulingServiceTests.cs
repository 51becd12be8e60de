using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Features.Rosters;
using RegionalConsole.Features.Rulings;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Rulings;

public sealed class RulingServiceTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>
{
    private static RulingForm Form(string? county = null) => new()
    {
        Subject = "職業安全衛生管理人員訓練" + Guid.NewGuid().ToString("N")[..4],
        Keywords = "職業安全衛生、管理人員",
        CountsToward = "安全教育",
        Conclusion = "得認列為安全教育研習時數。",
        LegalBasis = "臺北市政府教育局函（示範）",
        Scope = "本市公私立學校教師",
        CountyCode = county,
    };

    private async Task<RulingResult> RecordAsync(string userName, RulingForm form)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RulingService>().RecordAsync(await ReviewScenario.UserAsync(app, userName), form);
    }

    [Fact]
    public async Task TheDemoDataHoldsTheFirstAidRulingAsTheAdministratorRecordedIt()
    {
        var ruling = await app.WithDbAsync(db => db.HourRulings.SingleAsync(r => r.Subject == "急救人員安全衛生教育訓練(16小時)"));

        Assert.Equal("教保服務人員「基本救命術訓練」", ruling.CountsToward);
        Assert.EndsWith("示範資料）", ruling.LegalBasis, StringComparison.Ordinal);
        Assert.Null(ruling.CountyCode);
        Assert.Equal("admin", ruling.RecordedBy);
        Assert.True(await app.WithDbAsync(db => db.AuditLog.AnyAsync(a => a.Action == "RulingRecorded" && a.EntityId == Key(ruling.Id))));
    }

    [Fact]
    public async Task ASupervisorRecordsARulingForTheirCountyAndItIsAudited()
    {
        var form = Form();

        var result = await RecordAsync("supervisor-63000", form);

        Assert.Equal(RulingStatus.Recorded, result.Status);
        var ruling = await app.WithDbAsync(db => db.HourRulings.SingleAsync(r => r.Subject == form.Subject));
        Assert.Equal("63000", ruling.CountyCode);
        Assert.Equal(["職業安全衛生", "管理人員"], ruling.CourseKeywords);
        Assert.True(await app.WithDbAsync(db => db.AuditLog.AnyAsync(a => a.Action == "RulingRecorded" && a.Actor == "supervisor-63000")));
    }

    [Fact]
    public async Task ASupervisorCannotRecordForAnotherCounty()
    {
        var form = Form(county: "65000");

        var result = await RecordAsync("supervisor-63000", form);

        Assert.Equal(RulingStatus.Forbidden, result.Status);
        Assert.False(await app.WithDbAsync(db => db.HourRulings.AnyAsync(r => r.Subject == form.Subject)));
    }

    [Fact]
    public async Task AReviewerCannotRecordARuling()
    {
        Assert.Equal(RulingStatus.Forbidden, (await RecordAsync("reviewer-63000-1", Form())).Status);
    }

    [Fact]
    public async Task AnAdministratorRecordsForAnyCounty()
    {
        var form = Form(county: "65000");

        Assert.Equal(RulingStatus.Recorded, (await RecordAsync("admin", form)).Status);
        Assert.Equal("65000", await app.WithDbAsync(db => db.HourRulings.Where(r => r.Subject == form.Subject).Select(r => r.CountyCode).SingleAsync()));
    }

    [Fact]
    public async Task EmptyFieldsAreNamedAndNothingIsStored()
    {
        var form = Form();
        form.LegalBasis = " ";
        form.Keywords = "、";

        var result = await RecordAsync("supervisor-63000", form);

        Assert.Equal(RulingStatus.Invalid, result.Status);
        Assert.Equal(["LegalBasis", "Keywords"], result.Missing);
        Assert.False(await app.WithDbAsync(db => db.HourRulings.AnyAsync(r => r.Subject == form.Subject)));
    }

    private static string Key(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private async Task<int> RecordedIdAsync(string userName, RulingForm form)
    {
        Assert.Equal(RulingStatus.Recorded, (await RecordAsync(userName, form)).Status);
        return await app.WithDbAsync(db => db.HourRulings.Where(r => r.Subject == form.Subject).Select(r => r.Id).SingleAsync());
    }

    private async Task<RulingStatus> RetireAsync(string userName, int rulingId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RulingService>().RetireAsync(await ReviewScenario.UserAsync(app, userName), rulingId);
    }

    [Fact]
    public async Task ASupervisorRetiresTheirCountysRulingWhichStaysListedAsRetiredAndIsAudited()
    {
        var id = await RecordedIdAsync("supervisor-63000", Form());

        Assert.Equal(RulingStatus.Retired, await RetireAsync("supervisor-63000", id));

        var ruling = await app.WithDbAsync(db => db.HourRulings.SingleAsync(r => r.Id == id));
        Assert.Equal(ConsoleAppFactory.DefaultNow.UtcDateTime, ruling.RetiredAt);
        Assert.Equal("supervisor-63000", ruling.RetiredBy);
        await using var scope = app.Services.CreateAsyncScope();
        var listed = await scope.ServiceProvider.GetRequiredService<RulingService>().ListAsync();
        Assert.NotNull(Assert.Single(listed, r => r.Id == id).RetiredAt);
        Assert.True(await app.WithDbAsync(db => db.AuditLog.AnyAsync(a => a.Action == "RulingRetired" && a.EntityId == Key(id) && a.Actor == "supervisor-63000")));
    }

    [Fact]
    public async Task AnotherCountysSupervisorCannotRetireARuling()
    {
        var id = await RecordedIdAsync("supervisor-63000", Form());

        Assert.Equal(RulingStatus.Forbidden, await RetireAsync("supervisor-65000", id));

        Assert.Null(await app.WithDbAsync(db => db.HourRulings.Where(r => r.Id == id).Select(r => r.RetiredAt).SingleAsync()));
        Assert.False(await app.WithDbAsync(db => db.AuditLog.AnyAsync(a => a.Action == "RulingRetired" && a.EntityId == Key(id))));
    }

    [Fact]
    public async Task AnAdministratorRetiresAnyRulingOnce()
    {
        var id = await RecordedIdAsync("supervisor-63000", Form());

        Assert.Equal(RulingStatus.Retired, await RetireAsync("admin", id));
        Assert.Equal(RulingStatus.AlreadyRetired, await RetireAsync("supervisor-63000", id));

        Assert.Equal("admin", await app.WithDbAsync(db => db.HourRulings.Where(r => r.Id == id).Select(r => r.RetiredBy).SingleAsync()));
    }

    [Fact]
    public async Task ARetiredRulingMatchesNoRosterAnyMore()
    {
        var form = Form();
        var id = await RecordedIdAsync("supervisor-63000", form);
        const string title = "職業安全衛生管理人員訓練班";
        Assert.Contains(await app.WithDbAsync(db => RosterReadService.MatchingRulingsAsync(db, title, "63000", CancellationToken.None)), r => r.Id == id);

        await RetireAsync("supervisor-63000", id);

        Assert.DoesNotContain(await app.WithDbAsync(db => RosterReadService.MatchingRulingsAsync(db, title, "63000", CancellationToken.None)), r => r.Id == id);
    }
}
