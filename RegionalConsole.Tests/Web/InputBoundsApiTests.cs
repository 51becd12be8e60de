using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Tests.Features.Courses;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Web;

/// <summary>
/// SPEC §13.3: every body is held to its bounds — a 400 naming the field and nothing stored. One row per bound, so the
/// next field is covered by adding a row.
/// </summary>
public sealed class InputBoundsApiTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>
{
    public static TheoryData<string, string, object?> CourseFields => new()
    {
        { "startDate", "startDate", "0001-01-01" },
        { "startDate", "startDate", "1911-12-31" },
        { "endDate", "endDate", "2037-01-01" },
        { "title", "title", new string('題', 201) },
        { "title", "title", "研習\u0000名稱" },
        { "title", "title", "研習\r\n名稱" },
        { "outline", "outline", new string('綱', 4_001) },
        { "outline", "outline", "旨在\u0007提升" },
        { "approvalDocNo", "approvalDocNo", new string('號', 101) },
        { "scheduleText", "scheduleText", new string('表', 20_001) },
        { "tags", "tags[0]", new[] { new string('標', 51) } },
        { "schedule", "schedule[0].activity", new object[] { new { date = "2026-12-01", start = "09:00", end = "12:00", activity = new string('講', 501) } } },
        { "schedule", "schedule[0].date", new object[] { new { date = "1900-01-01", start = "09:00", end = "12:00", activity = "專題演講" } } },
    };

    [Theory]
    [MemberData(nameof(CourseFields))]
    public async Task ACourseOutOfBoundsIsRefusedNamingTheFieldOnSubmitAndValidate(string field, string named, object? value)
    {
        await ReviewScenario.EnsureOrganiserAsync(app);
        using var client = app.CreateApiClient();
        var before = await app.WithDbAsync(db => db.Courses.CountAsync());

        var submitted = await client.PostAsJsonAsync("/api/v1/courses", CourseBodies.Valid(ReviewScenario.Organiser).With(field, value));
        var validated = await client.PostAsJsonAsync("/api/v1/courses/validate", CourseBodies.Valid(ReviewScenario.Organiser).With(field, value));

        await AssertRefusedAsync(submitted, named);
        await AssertRefusedAsync(validated, named);
        Assert.Equal(before, await app.WithDbAsync(db => db.Courses.CountAsync()));
    }

    [Theory]
    [InlineData("1912-01-01")]
    [InlineData("2036-11-25")]
    public async Task TheRepublicsFirstDayAndTenYearsFromTodayAreAccepted(string date)
    {
        await ReviewScenario.EnsureOrganiserAsync(app);
        using var client = app.CreateApiClient();
        var body = CourseBodies.Valid(ReviewScenario.Organiser).With("startDate", date).With("endDate", date)
            .With("schedule", new object[] { new { date, start = "09:00", end = "12:00", activity = "專題演講" } });

        var response = await client.PostAsJsonAsync("/api/v1/courses/validate", body);

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("name", "\u0000")]
    [InlineData("name", "x")]
    public async Task AnInstitutionNameOutOfBoundsIsRefused(string field, string filler)
    {
        using var client = app.CreateApiClient();
        var name = filler == "x" ? new string('校', 121) : "臺北市立" + filler + "國小";

        var response = await client.PutJsonAsync("/api/v1/institutions/BND001", new { name, type = "MunicipalSchool", countyCode = "63000" });

        await AssertRefusedAsync(response, field);
        Assert.False(await app.WithDbAsync(db => db.Institutions.AnyAsync(i => i.Code == "BND001")));
    }

    [Fact]
    public async Task ATeacherNameOfMoreThan120CharactersIsRefused()
    {
        using var client = app.CreateApiClient();

        var response = await client.PutJsonAsync("/api/v1/teachers/A123456789", new { name = new string('師', 121), servingInstitutionCode = (string?)null });

        await AssertRefusedAsync(response, "name");
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {body}");
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), $"errors do not name {field}: {errors}");
    }
}
