using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Sync;

public sealed class TeacherSyncTests : IClassFixture<ConsoleAppFactory>
{
    private readonly ConsoleAppFactory _app;

    public TeacherSyncTests(ConsoleAppFactory app) => _app = app;

    private Task<string> AnySchoolAsync() =>
        _app.WithDbAsync(db => db.Institutions.OrderBy(i => i.Code).Select(i => i.Code).FirstAsync());

    [Fact]
    public async Task ATeacherWithAServingSchoolIsStored()
    {
        var school = await AnySchoolAsync();
        using var api = _app.CreateApiClient();
        var response = await api.PutJsonAsync("/api/v1/teachers/A123456789", new { name = "王小明", servingInstitutionCode = school });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var teacher = await _app.WithDbAsync(db => db.Teachers.SingleAsync(t => t.NationalId == "A123456789"));
        Assert.Equal(school, teacher.ServingInstitutionCode);
    }

    [Fact]
    public async Task NullServingInstitutionMeansNoServingSchool()
    {
        using var api = _app.CreateApiClient();
        var response = await api.PutRawAsync("/api/v1/teachers/F131104093", "{\"name\":\"林代課\",\"servingInstitutionCode\":null}");

        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(answer.GetProperty("hasServingSchool").GetBoolean());
    }

    [Fact]
    public async Task ABadCheckDigitIsRefusedAndNothingStored()
    {
        using var api = _app.CreateApiClient();
        var response = await api.PutJsonAsync("/api/v1/teachers/A123456788", new { name = "王小明", servingInstitutionCode = (string?)null });

        await ApiAssertions.AssertValidationProblemAsync(response, "nationalId");
        Assert.False(await _app.WithDbAsync(db => db.Teachers.AnyAsync(t => t.NationalId == "A123456788")));
    }

    [Fact]
    public async Task AnUnknownServingInstitutionAndMissingNameAreBothNamed()
    {
        using var api = _app.CreateApiClient();
        var response = await api.PutJsonAsync("/api/v1/teachers/B123456780", new { name = "", servingInstitutionCode = "NOPE01" });

        await ApiAssertions.AssertValidationProblemAsync(response, "name", "servingInstitutionCode");
    }

    [Fact]
    public async Task TheAuditLogNeverHoldsTheNationalIdInClear()
    {
        using var api = _app.CreateApiClient();
        await api.PutJsonAsync("/api/v1/teachers/C123456781", new { name = "張老師", servingInstitutionCode = (string?)null });

        var entries = await _app.WithDbAsync(db => db.AuditLog.Where(a => a.EntityType == "Teacher").ToListAsync());
        Assert.Contains(entries, e => e.EntityId == "C12****781");
        Assert.DoesNotContain(entries, e => (e.EntityId + e.Before + e.After).Contains("C123456781", StringComparison.Ordinal));
    }
}
