using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
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
    public async Task TheFirstAidRulingIsSeeded()
    {
        var ruling = await app.WithDbAsync(db => db.HourRulings.SingleAsync(r => r.Subject == "急救人員安全衛生教育訓練(16小時)"));

        Assert.Equal("教保服務人員「基本救命術訓練」", ruling.CountsToward);
        Assert.NotEmpty(ruling.LegalBasis);
        Assert.Null(ruling.CountyCode);
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
}
