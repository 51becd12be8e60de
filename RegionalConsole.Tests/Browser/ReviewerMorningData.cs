using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Review;
using RegionalConsole.Features.ReasonTemplates;
using RegionalConsole.Features.Reviews;
using RegionalConsole.Tests.Features.Courses;
using RegionalConsole.Tests.Support;
using static RegionalConsole.Tests.Support.ReviewScenario;

namespace RegionalConsole.Tests.Browser;

/// <summary>
/// What a reviewer of 臺北市 finds waiting one morning, put there the real ways: a partner's courses, roster and
/// cancellation through the API, teachers through the sync, an administrator's reason templates and a colleague's
/// approvals through the console's own services.
/// </summary>
internal sealed record ReviewerMorningData(
    (string No, int Item) Course, (string No, int Item) Next, (string No, int Item) Roster, (string No, int Item) Cancellation)
{
    public const string ReturnTemplate = "請說明開幕式與專題演講各占多少時間，以便判斷可採計時數。";
    public const string TagRemovalTemplate = "課程大綱與課程表皆未含資訊科技教學內容。";
    public const string WrongTag = "資訊非專";
    public const string RightTag = "國際教育";
    public const int Attendees = 2;
    public const decimal HoursEach = 3;

    public static async Task<ReviewerMorningData> ArrangeAsync(ConsoleAppFactory app)
    {
        await EnsureOrganiserAsync(app);
        var admin = await UserAsync(app, "admin");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var templates = scope.ServiceProvider.GetRequiredService<ReasonTemplateService>();
            Assert.Equal(ReasonTemplateRefusal.None, await templates.AddAsync(admin, ReasonKind.Return, ReturnTemplate));
            Assert.Equal(ReasonTemplateRefusal.None, await templates.AddAsync(admin, ReasonKind.TagRemoval, TagRemovalTemplate));
        }

        // Two courses starting tomorrow, a minute apart: the second is next in the queue after the first.
        var course = await SubmitAsync(app, MixedBody(date: "2026-11-26").With("tags", new[] { RightTag, WrongTag }));
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var next = await SubmitAsync(app, MixedBody(date: "2026-11-26"));

        // A course held last week, approved by a colleague; its roster arrives this morning.
        var held = await ApprovedAsync(app, "2026-11-20");
        var teachers = await SyncTeachersAsync(app);
        using var api = app.CreateApiClient();
        var roster = await api.PostAsJsonAsync($"/api/v1/courses/{held}/roster",
            new { attendees = teachers.Select(t => new { nationalId = t, hours = HoursEach }) });
        Assert.True(roster.StatusCode == HttpStatusCode.Created, await roster.Content.ReadAsStringAsync());

        // An approved course the organiser calls off.
        var dropped = await ApprovedAsync(app, "2026-12-10");
        var cancelled = await api.PostAsJsonAsync($"/api/v1/courses/{dropped}/cancellation",
            new { reasonCategory = "LowEnrolment", reason = "報名人數不足，停辦。" });
        Assert.True(cancelled.StatusCode == HttpStatusCode.Created, await cancelled.Content.ReadAsStringAsync());

        return new ReviewerMorningData(course, next,
            (held, await OpenItemAsync(app, held, ReviewKind.Roster)), (dropped, await OpenItemAsync(app, dropped, ReviewKind.Cancellation)));
    }

    private static async Task<string> ApprovedAsync(ConsoleAppFactory app, string date)
    {
        var body = CourseBodies.Valid(Organiser, title: $"【國際教育】跨文化課程設計工作坊：{Guid.NewGuid().ToString("N")[..8]}")
            .With("startDate", date).With("endDate", date)
            .With("schedule", new object[]
            {
                new { date, start = "08:30", end = "09:00", activity = "報到" },
                new { date, start = "09:00", end = "12:00", activity = "專題演講：國際教育2.0" },
            });
        var (courseNo, item) = await SubmitAsync(app, body);
        Assert.Equal(DecisionStatus.Decided, (await DecideAsync(app, "reviewer-63000-2", item, ReviewDecision.Approve())).Status);
        return courseNo;
    }

    private static async Task<string[]> SyncTeachersAsync(ConsoleAppFactory app)
    {
        using var api = app.CreateApiClient();
        var ids = Enumerable.Range(0, Attendees).Select(n => ValidId($"M{n + 1}", 7100 + n)).ToArray();
        foreach (var id in ids)
        {
            var response = await api.PutAsJsonAsync($"/api/v1/teachers/{id}", new { name = "晨間教師" + id[^3..], servingInstitutionCode = Organiser });
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        }

        return ids;
    }

    private static Task<int> OpenItemAsync(ConsoleAppFactory app, string courseNo, ReviewKind kind) =>
        app.WithDbAsync(db => db.ReviewItems.Where(i => i.Course!.CourseNo == courseNo && i.Kind == kind && i.Outcome == null)
            .Select(i => i.Id).SingleAsync());

    private static string ValidId(string prefix, int serial) =>
        Enumerable.Range(0, 10).Select(check => $"{prefix}{serial:D7}{check}").First(NationalId.IsValid);

    public static async Task<JsonElement> CourseAsync(ConsoleAppFactory app, string courseNo)
    {
        using var api = app.CreateApiClient();
        return JsonDocument.Parse(await api.GetStringAsync($"/api/v1/courses/{courseNo}")).RootElement;
    }
}
