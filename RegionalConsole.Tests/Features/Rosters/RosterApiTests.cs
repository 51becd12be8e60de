using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data.Entities;
using RegionalConsole.Tests.Support;
using static RegionalConsole.Tests.Features.Rosters.RosterScenario;

namespace RegionalConsole.Tests.Features.Rosters;

public sealed class RosterApiTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>
{
    private static List<string?> Codes(JsonElement answer) =>
        [.. answer.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("code").GetString())];

    [Fact]
    public async Task ARosterOfAHeldCourseIsStoredWithAReviewItemDueOnTheThirdWorkingDay()
    {
        var courseNo = await HeldCourseAsync(app);

        var response = await PostRosterAsync(app, courseNo, Roster((Ids[0], 3), (Ids[1], 2.5m)));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("2026-11-30", answer.GetProperty("reviewDueDate").GetString());
        var item = await app.WithDbAsync(db => db.ReviewItems.SingleAsync(i => i.Course!.CourseNo == courseNo && i.Kind == ReviewKind.Roster));
        Assert.Equal("63000", item.CentreCode);
        Assert.Null(item.Outcome);
        var attendees = await app.WithDbAsync(db => db.RosterAttendees.Where(a => a.RosterId == item.RosterId).OrderBy(a => a.Index).ToListAsync());
        Assert.Equal([Ids[0], Ids[1]], attendees.Select(a => a.NationalId));
        Assert.Equal(2.5m, attendees[1].Hours);
    }

    [Fact]
    public async Task BadAttendeesAreEachNamedAndNothingIsStored()
    {
        var courseNo = await HeldCourseAsync(app);

        var response = await PostRosterAsync(app, courseNo, Roster((Ids[0], 3), ("A123456788", 3), (Ids[0], 1.25m)));

        await ApiAssertions.AssertValidationProblemAsync(response, "attendees[1].nationalId", "attendees[2].nationalId", "attendees[2].hours");
        Assert.False(await app.WithDbAsync(db => db.Rosters.AnyAsync(r => db.Courses.Any(c => c.Id == r.CourseId && c.CourseNo == courseNo))));
    }

    [Fact]
    public async Task HoursAboveWhatTheCourseDeclaredAreRefused()
    {
        var courseNo = await HeldCourseAsync(app);

        var response = await PostRosterAsync(app, courseNo, Roster((Ids[0], 40)));

        await ApiAssertions.AssertValidationProblemAsync(response, "attendees[0].hours");
    }

    [Fact]
    public async Task AnEmptyRosterIsRefused()
    {
        var courseNo = await HeldCourseAsync(app);

        var response = await PostRosterAsync(app, courseNo, new { attendees = Array.Empty<object>() });

        await ApiAssertions.AssertValidationProblemAsync(response, "attendees");
    }

    [Fact]
    public async Task AnUnknownCourseIsNotFound()
    {
        var response = await PostRosterAsync(app, "1159999999", Roster((Ids[0], 3)));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ACourseStillUnderReviewTakesNoRoster()
    {
        await ReviewScenario.EnsureOrganiserAsync(app);
        var (courseNo, _) = await ReviewScenario.SubmitAsync(app, ReviewScenario.MixedBody(date: "2026-11-20"));

        var response = await PostRosterAsync(app, courseNo, Roster((Ids[0], 1)));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task AKeyForAnotherInstitutionIsForbidden()
    {
        var courseNo = await HeldCourseAsync(app);
        using var admin = app.CreateApiClient();
        var created = await (await admin.PostAsJsonAsync("/api/v1/api-clients",
            new { name = "新北系統-" + Guid.NewGuid().ToString("N")[..6], countyCode = "65000" })).Content.ReadFromJsonAsync<JsonElement>();
        using var other = app.CreateApiClient(created.GetProperty("key").GetString());

        var response = await other.PostAsJsonAsync($"/api/v1/courses/{courseNo}/roster", Roster((Ids[0], 3)));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task TheAnswerListsTheChecksNamingTheAttendee()
    {
        var courseNo = await HeldCourseAsync(app, declaredHours: 4);
        await SyncTeacherAsync(app, Ids[2], "林代課", school: null);

        var answer = await (await PostRosterAsync(app, courseNo, Roster((Ids[0], 3), (Ids[2], 4)))).Content.ReadFromJsonAsync<JsonElement>();

        var checks = answer.GetProperty("checks").EnumerateArray().ToList();
        var noSchool = Assert.Single(checks, c => c.GetProperty("code").GetString() == "ROSTER_NO_SERVING_SCHOOL");
        Assert.Equal(1, noSchool.GetProperty("attendee").GetInt32());
        Assert.Equal("Warning", noSchool.GetProperty("severity").GetString());
        var over = Assert.Single(checks, c => c.GetProperty("code").GetString() == "ROSTER_HOURS_OVER_CREDITABLE");
        Assert.Equal("Error", over.GetProperty("severity").GetString());
        Assert.Equal("管理規定第10條第4款", over.GetProperty("rule").GetString());
    }

    [Fact]
    public async Task ARosterSentBeforeTheCourseEndedIsFlagged()
    {
        var courseNo = await HeldCourseAsync(app, date: "2026-11-25");

        var answer = await (await PostRosterAsync(app, courseNo, Roster((Ids[0], 3)))).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Contains("ROSTER_BEFORE_END", Codes(answer));
        var item = await app.WithDbAsync(db => db.ReviewItems.SingleAsync(i => i.Course!.CourseNo == courseNo && i.Kind == ReviewKind.Roster));
        Assert.Equal(1, item.ErrorCount);
    }

    [Fact]
    public async Task TheSameRequestTwiceWithAnIdempotencyKeyStoresOneRoster()
    {
        var courseNo = await HeldCourseAsync(app);
        var key = Guid.NewGuid().ToString();

        var first = await PostRosterAsync(app, courseNo, Roster((Ids[0], 3)), key);
        var second = await PostRosterAsync(app, courseNo, Roster((Ids[0], 3)), key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(1, await app.WithDbAsync(db => db.Rosters.CountAsync(r => db.Courses.Any(c => c.Id == r.CourseId && c.CourseNo == courseNo))));
    }
}
