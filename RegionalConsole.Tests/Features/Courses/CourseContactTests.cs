using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data.Entities;
using RegionalConsole.Tests.Support;
using static RegionalConsole.Tests.Support.ReviewScenario;

namespace RegionalConsole.Tests.Features.Courses;

/// <summary>A course's own contact (研習承辦人, SPEC §13.2), stored by every way a course arrives.</summary>
public sealed class CourseContactTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>, IAsyncLifetime
{
    private static readonly object Contact = new { name = "陳怡君", email = "chen@t63r01.example.edu.tw", phone = "02-2311-0000#123" };

    public async ValueTask InitializeAsync() => await EnsureOrganiserAsync(app);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private Task<Course> CourseAsync(string courseNo) => app.WithDbAsync(db => db.Courses.AsNoTracking().SingleAsync(c => c.CourseNo == courseNo));

    [Fact]
    public async Task ASubmittedCourseKeepsItsContact()
    {
        var (courseNo, _) = await SubmitAsync(app, MixedBody().With("contact", Contact));

        var course = await CourseAsync(courseNo);
        Assert.Equal(("陳怡君", "chen@t63r01.example.edu.tw", "02-2311-0000#123"), (course.ContactName, course.ContactEmail, course.ContactPhone));
    }

    [Fact]
    public async Task ABatchStoresEachCoursesContact()
    {
        using var api = app.CreateApiClient();

        var response = await api.PostAsJsonAsync("/api/v1/courses/batch", new { courses = new[] { MixedBody().With("contact", Contact), MixedBody() } });

        var results = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("results");
        var withContact = await CourseAsync(results[0].GetProperty("course").GetProperty("courseNo").GetString()!);
        var without = await CourseAsync(results[1].GetProperty("course").GetProperty("courseNo").GetString()!);
        Assert.Equal("chen@t63r01.example.edu.tw", withContact.ContactEmail);
        Assert.Equal("陳怡君", withContact.ContactName);
        Assert.Null(without.ContactEmail);
    }

    [Fact]
    public async Task AModificationReplacesTheContact()
    {
        var (courseNo, _) = await SubmitAsync(app, MixedBody().With("contact", Contact));

        await ModifyAsync(app, courseNo, MixedBody().With("contact", new { name = "林志明", email = "lin@t63r01.example.edu.tw" }));

        var course = await CourseAsync(courseNo);
        Assert.Equal(("林志明", "lin@t63r01.example.edu.tw", (string?)null), (course.ContactName, course.ContactEmail, course.ContactPhone));
    }

    [Fact]
    public async Task ABadContactIsRefusedNamingEachFieldAndNothingIsStored()
    {
        using var api = app.CreateApiClient();
        var before = await app.WithDbAsync(db => db.Courses.CountAsync());
        var body = MixedBody().With("contact", new { name = "陳怡君\r\nBcc: x@example.com", email = "chen@example.edu.tw\r\nBcc: x@example.com", phone = new string('9', 41) });

        var response = await api.PostAsJsonAsync("/api/v1/courses", body);

        await ApiAssertions.AssertValidationProblemAsync(response, "contact.name", "contact.email", "contact.phone");
        Assert.Equal(before, await app.WithDbAsync(db => db.Courses.CountAsync()));
    }

    [Fact]
    public async Task ValidateJudgesTheContactToo()
    {
        using var api = app.CreateApiClient();

        var response = await api.PostAsJsonAsync("/api/v1/courses/validate", MixedBody().With("contact", new { email = "not-an-email" }));

        await ApiAssertions.AssertValidationProblemAsync(response, "contact.email");
    }

    [Fact]
    public async Task TheReviewScreenShowsTheContact()
    {
        var (_, itemId) = await SubmitAsync(app, MixedBody().With("contact", Contact));

        var load = await LoadAsync(app, "reviewer-63000-1", itemId);

        Assert.Equal("chen@t63r01.example.edu.tw", load.Screen!.Course.ContactEmail);
    }
}
