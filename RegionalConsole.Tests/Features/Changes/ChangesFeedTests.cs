using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Review;
using RegionalConsole.Domain.Tags;
using RegionalConsole.Features.Reviews;
using RegionalConsole.Tests.Features.Cancellations;
using RegionalConsole.Tests.Features.Rosters;
using RegionalConsole.Tests.Support;
using static RegionalConsole.Tests.Support.ReviewScenario;

namespace RegionalConsole.Tests.Features.Changes;

/// <summary>Every step of a course's life appears in the changes feed (SPEC §14.2), for the keys whose scope holds it.</summary>
public sealed class ChangesFeedTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await EnsureOrganiserAsync(app);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task ASubmissionADecisionAndAModificationAppearInThatOrder()
    {
        var after = await FeedReader.EndAsync(app);
        var (courseNo, itemId) = await SubmitAsync(app, MixedBody());
        await DecideAsync(app, "reviewer-63000-1", itemId, ReviewDecision.Return("請補正課程表。"));
        await ModifyAsync(app, courseNo, MixedBody());

        Assert.Equal(["CourseSubmitted", "CourseDecided", "CourseModified"], await FeedReader.TypesAsync(app, courseNo, after));
    }

    [Fact]
    public async Task ACourseOfABatchAppearsAsSubmitted()
    {
        var after = await FeedReader.EndAsync(app);
        using var api = app.CreateApiClient();
        var answer = await (await api.PostAsJsonAsync("/api/v1/courses/batch", new { courses = new[] { MixedBody(), MixedBody() } }))
            .Content.ReadFromJsonAsync<JsonElement>();

        foreach (var result in answer.GetProperty("results").EnumerateArray())
        {
            Assert.Equal(["CourseSubmitted"], await FeedReader.TypesAsync(app, result.GetProperty("course").GetProperty("courseNo").GetString()!, after));
        }
    }

    [Fact]
    public async Task AJudgedTagAppearsAsTagJudged()
    {
        var after = await FeedReader.EndAsync(app);
        var (courseNo, itemId) = await SubmitAsync(app, MixedBody());
        var user = await UserAsync(app, "reviewer-63000-1");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<TagReviewService>()
                .ApplyAsync(user, itemId, TagReviewAction.Remove("國際教育", "與國際教育無關。"))).Succeeded);
        }

        Assert.Equal(["CourseSubmitted", "TagJudged"], await FeedReader.TypesAsync(app, courseNo, after));
    }

    [Fact]
    public async Task EnrolmentARosterItsDecisionAndTheHoursIssuedAppear()
    {
        var after = await FeedReader.EndAsync(app);
        var courseNo = await RosterScenario.HeldCourseAsync(app, date: "2026-11-05");
        using var api = app.CreateApiClient();
        (await api.PutJsonAsync($"/api/v1/courses/{courseNo}/enrolment", new { enrolled = 2 })).EnsureSuccessStatusCode();
        (await RosterScenario.PostRosterAsync(app, courseNo, RosterScenario.Roster((RosterScenario.Ids[0], 3)))).EnsureSuccessStatusCode();
        var rosterItem = await app.WithDbAsync(db => db.ReviewItems
            .Where(i => i.Course!.CourseNo == courseNo && i.Kind == ReviewKind.Roster).Select(i => i.Id).SingleAsync());
        await DecideAsync(app, RosterScenario.Reviewer, rosterItem, ReviewDecision.Approve());

        var types = await FeedReader.TypesAsync(app, courseNo, after);

        Assert.Equal(["CourseSubmitted", "CourseDecided"], types.Take(2));
        Assert.Equal(["EnrolmentChanged", "RosterSubmitted", "RosterDecided", "HoursIssued"], types.Skip(2).Where(t => t != "TagJudged"));
    }

    [Fact]
    public async Task ACancellationAndItsReviewAppear()
    {
        var after = await FeedReader.EndAsync(app);
        var courseNo = await RosterScenario.HeldCourseAsync(app, date: "2026-12-12");
        using var api = app.CreateApiClient();
        (await api.PostAsJsonAsync($"/api/v1/courses/{courseNo}/cancellation", new { reasonCategory = "Venue", reason = "場地整修" })).EnsureSuccessStatusCode();
        var cancellationItem = await CancellationLifecycleTests.CancellationItemAsync(app, courseNo);
        await DecideAsync(app, RosterScenario.Reviewer, cancellationItem, ReviewDecision.Approve());

        var types = await FeedReader.TypesAsync(app, courseNo, after);

        Assert.Equal(["CourseCancelled", "CancellationReviewed"], types.SkipWhile(t => t != "CourseCancelled"));
    }

    [Fact]
    public async Task AnItemCarriesTheCourseAnswerAsItStandsNow()
    {
        var after = await FeedReader.EndAsync(app);
        var body = MixedBody();
        var (courseNo, itemId) = await SubmitAsync(app, body);
        await DecideAsync(app, "reviewer-63000-1", itemId, ReviewDecision.Return("請補正課程表。"));
        using var api = app.CreateApiClient();

        var item = (await FeedReader.FollowAsync(api, after)).First(i => i.GetProperty("courseNo").GetString() == courseNo);

        Assert.Equal("CourseSubmitted", item.GetProperty("type").GetString());
        Assert.Equal(body["externalId"], item.GetProperty("externalId").GetString());
        Assert.Equal(Organiser, item.GetProperty("organiserCode").GetString());
        Assert.Equal("2026-11-25T10:00:00+08:00", item.GetProperty("at").GetString());
        Assert.Equal("Returned", item.GetProperty("course").GetProperty("review").GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task AKeySeesOnlyTheCoursesOfItsOwnOrganisers()
    {
        var after = await FeedReader.EndAsync(app);
        var (courseNo, _) = await SubmitAsync(app, MixedBody());
        using var own = app.CreateApiClient(await KeyAsync([Organiser]));
        using var other = app.CreateApiClient(await KeyAsync(null, county: "67000"));

        Assert.Contains(await FeedReader.FollowAsync(own, after), i => i.GetProperty("courseNo").GetString() == courseNo);
        Assert.DoesNotContain(await FeedReader.FollowAsync(other, after), i => i.GetProperty("courseNo").GetString() == courseNo);
    }

    [Fact]
    public async Task APageHoldsNoMoreThanTheLimitAndTheNextPageGoesOn()
    {
        var after = await FeedReader.EndAsync(app);
        await SubmitAsync(app, MixedBody());
        await SubmitAsync(app, MixedBody());
        using var api = app.CreateApiClient();

        var first = await api.GetFromJsonAsync<JsonElement>($"/api/v1/changes?after={after}&limit=1");
        var second = await api.GetFromJsonAsync<JsonElement>($"/api/v1/changes?after={first.GetProperty("next").GetString()}&limit=1");

        var one = Assert.Single(first.GetProperty("items").EnumerateArray());
        var two = Assert.Single(second.GetProperty("items").EnumerateArray());
        Assert.True(string.CompareOrdinal(one.GetProperty("cursor").GetString(), two.GetProperty("cursor").GetString()) < 0);
    }

    [Fact]
    public async Task AnEmptyPageKeepsTheCursorItWasGiven()
    {
        var after = await FeedReader.EndAsync(app);
        using var api = app.CreateApiClient();

        var page = await api.GetFromJsonAsync<JsonElement>($"/api/v1/changes?after={after}");

        Assert.Empty(page.GetProperty("items").EnumerateArray());
        Assert.Equal(after, page.GetProperty("next").GetString());
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=1001", "limit")]
    [InlineData("limit=ten", "limit")]
    [InlineData("after=42", "after")]
    public async Task ALimitOutsideOneToAThousandOrAForeignCursorIsRefused(string query, string field)
    {
        using var api = app.CreateApiClient();

        await ApiAssertions.AssertValidationProblemAsync(await api.GetAsync($"/api/v1/changes?{query}"), field);
    }

    [Fact]
    public async Task WithoutAKeyTheFeedIsClosed()
    {
        using var anonymous = app.CreateApiClient(key: null);

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/changes")).StatusCode);
    }

    private async Task<string> KeyAsync(string[]? institutions, string? county = null)
    {
        using var api = app.CreateApiClient();
        var created = await (await api.PostAsJsonAsync("/api/v1/api-clients",
            new { name = $"feed-{Guid.NewGuid():N}"[..20], isAdministrator = false, institutionCodes = institutions, countyCode = county }))
            .Content.ReadFromJsonAsync<JsonElement>();
        return created.GetProperty("key").GetString()!;
    }
}
