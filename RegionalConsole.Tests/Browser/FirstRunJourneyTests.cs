using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RegionalConsole.Domain;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Browser;

/// <summary>
/// A real deployment's first weeks (SPEC §13): Production, an empty database, a real OpenID Connect provider over https;
/// everything arrives through the API, OIDC sign-in and the pages — no SQL, no seeder, no demo account.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FirstRunJourneyTests(BrowserFixture browser, ProductionConsoleFixture console) : IClassFixture<ProductionConsoleFixture>
{
    private const string School = "FR0001";
    private const string ReviewerEmail = "lin.reviewer@tn.example.edu.tw";

    [Fact]
    public async Task AnEmptyProductionConsoleIsHealthyAndTurnsAwayAnUnknownPerson()
    {
        using var anonymous = console.App.CreateApiClient(key: null);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/_framework/blazor.web.js")).StatusCode);

        var page = await ConsolePage.OpenAsync(browser.Browser, console.BaseAddress, trustTestCertificates: true);
        try
        {
            await page.SignInAtProviderAsync("sub-stranger", "stranger@example.com", "Stranger");

            await Assertions.Expect(page.Page).ToHaveURLAsync(new Regex("/no-access"));
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    [Fact]
    public async Task ACourseLivesItsWholeLifeOnWhatPartnersSendAndPeopleDo()
    {
        using var api = console.CreateApiClient();
        var teachers = new[] { ValidId("A1", 1001), ValidId("B2", 2002) };

        // Institutions and teachers arrive by sync. Nobody reviews for 臺南市 yet: the answer says so.
        var synced = await api.PutAsJsonAsync($"/api/v1/institutions/{School}",
            new { name = "臺南市立首日國民小學", type = "MunicipalSchool", countyCode = "67000", contactEmail = "office@fr.example.edu.tw" });
        Assert.Equal(HttpStatusCode.Created, synced.StatusCode);
        Assert.Contains("CENTRE_WITHOUT_REVIEWER", await synced.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        foreach (var id in teachers)
        {
            Assert.True((await api.PutAsJsonAsync($"/api/v1/teachers/{id}", new { name = "教師" + id[^3..], servingInstitutionCode = School })).IsSuccessStatusCode);
        }

        // The bootstrap administrator signs in through the provider and creates the centre's reviewer.
        var admin = await ConsolePage.OpenAsync(browser.Browser, console.BaseAddress, trustTestCertificates: true);
        try
        {
            await admin.SignInAtProviderAsync("sub-chief", ProductionConsoleFixture.BootstrapAdministrator, "王主任");
            await Assertions.Expect(admin.ByTestId("signed-in-as")).ToHaveTextAsync("王主任", new() { Timeout = 15_000 });
            await admin.GotoAsync("/admin/accounts");
            await admin.ByTestId("account-new").ClickAsync();
            await FillAsync(admin, "account-username", "reviewer-67000-lin");
            await FillAsync(admin, "account-displayname", "林怡君");
            await FillAsync(admin, "account-email", ReviewerEmail);
            await admin.Page.Locator("[data-testid=account-form] [data-testid=account-centre]").ClickAsync();
            var option = admin.Page.GetByRole(AriaRole.Option, new() { Name = "臺南市教師在職進修區域管理中心" });
            await option.ClickAsync();
            await Assertions.Expect(option).ToBeHiddenAsync(new() { Timeout = 15_000 });
            await admin.ByTestId("account-save").ClickAsync();
            await Assertions.Expect(admin.ByTestId("accounts-table")).ToContainTextAsync("reviewer-67000-lin", new() { Timeout = 15_000 });
        }
        finally
        {
            await admin.CloseAsync();
        }

        // A partner submits two courses; now the centre has a reviewer, so no warning.
        var start = Today().AddDays(10);
        var kept = await SubmitAsync(api, "TN-FR-1", "【國際教育】跨文化課程設計工作坊（第1場）", start);
        var dropped = await SubmitAsync(api, "TN-FR-2", "【國際教育】跨文化課程設計工作坊（第2場）", start.AddDays(1));

        var reviewer = await ConsolePage.OpenAsync(browser.Browser, console.BaseAddress, trustTestCertificates: true);
        try
        {
            await reviewer.SignInAtProviderAsync("sub-lin", ReviewerEmail, "Lin");
            await Assertions.Expect(reviewer.ByTestId("signed-in-as")).ToHaveTextAsync("林怡君", new() { Timeout = 15_000 });
            await ApproveFromQueueAsync(reviewer, "/queues/course", kept);
            var approved = await CourseAsync(api, kept);
            Assert.Equal("Approved", approved.GetProperty("status").GetString());
            Assert.Equal("Approved", approved.GetProperty("review").GetProperty("outcome").GetString());
            // Approval confirmed the declared tag the reviewer did not remove.
            Assert.Equal("Confirmed", approved.GetProperty("tags")[0].GetProperty("state").GetString());

            // Enrolment opens with approval; the partner reports who enrolled.
            var enrolled = await api.PutAsJsonAsync($"/api/v1/courses/{kept}/enrolment", new { enrolled = 2, teachers });
            Assert.Equal(HttpStatusCode.OK, enrolled.StatusCode);
            Assert.Equal(2, (await CourseAsync(api, kept)).GetProperty("enrolled").GetInt32());

            // A typhoon postpones it a week: without notice to the enrolled teachers the change is refused.
            var later = start.AddDays(7);
            var bare = await api.PutAsJsonAsync($"/api/v1/courses/{kept}", Course("TN-FR-1", "【國際教育】跨文化課程設計工作坊（第1場）", later));
            Assert.Equal(HttpStatusCode.Conflict, bare.StatusCode);
            var postponed = await api.PutAsJsonAsync($"/api/v1/courses/{kept}", Course("TN-FR-1", "【國際教育】跨文化課程設計工作坊（第1場）", later, change: new
            {
                reasonCategory = "Disaster",
                reason = "颱風停班停課，延期一週。",
                notification = new { channel = "Email", sentAt = console.App.Clock.GetUtcNow().AddMinutes(-5).ToString("O"), recipients = 2 },
            }));
            Assert.Equal(HttpStatusCode.OK, postponed.StatusCode);
            Assert.Equal("PendingReview", (await CourseAsync(api, kept)).GetProperty("status").GetString());

            await ApproveFromQueueAsync(reviewer, "/queues/course", kept);
            Assert.Equal("Approved", (await CourseAsync(api, kept)).GetProperty("status").GetString());

            // The course has run: the roster arrives and the reviewer approves it, issuing the hours.
            console.App.Clock.Advance(TimeSpan.FromDays(18));
            var roster = await api.PostAsJsonAsync($"/api/v1/courses/{kept}/roster",
                new { attendees = teachers.Select(t => new { nationalId = t, hours = 3 }) });
            Assert.Equal(HttpStatusCode.Created, roster.StatusCode);
            await ApproveFromQueueAsync(reviewer, "/queues/roster", kept);
            var done = await CourseAsync(api, kept);
            Assert.Equal("Approved", done.GetProperty("roster").GetProperty("state").GetString());
            Assert.Equal(6m, done.GetProperty("roster").GetProperty("hoursIssued").GetDecimal());
        }
        finally
        {
            await reviewer.CloseAsync();
        }

        // The other course is called off while still under review: its review is withdrawn, the cancellation queued.
        var cancelled = await api.PostAsJsonAsync($"/api/v1/courses/{dropped}/cancellation",
            new { reasonCategory = "LowEnrolment", reason = "報名人數不足，停辦。" });
        Assert.Equal(HttpStatusCode.Created, cancelled.StatusCode);
        var gone = await CourseAsync(api, dropped);
        Assert.Equal("Cancelled", gone.GetProperty("status").GetString());
        Assert.Equal("Withdrawn", gone.GetProperty("review").GetProperty("state").GetString());
    }

    private async Task ApproveFromQueueAsync(ConsolePage reviewer, string queue, string courseNo)
    {
        await reviewer.GotoAsync(queue);
        await reviewer.Page.Locator("[data-testid=course-no]", new() { HasText = courseNo }).First.ClickAsync();
        await Assertions.Expect(reviewer.Page).ToHaveURLAsync(new Regex(@"/reviews/\d+$"), new() { Timeout = 15_000 });
        await Assertions.Expect(reviewer.ByTestId("approve")).ToBeEnabledAsync(new() { Timeout = 15_000 });
        await reviewer.ByTestId("approve").ClickAsync();
        // A roster's approval issues hours: it asks first.
        if (queue == "/queues/roster")
        {
            await reviewer.ByTestId("confirm-decision").ClickAsync();
        }

        // The message names the course, on the next item when the queue has one.
        await Assertions.Expect(reviewer.ByTestId("decision-message")).ToContainTextAsync($"{courseNo} ", new() { Timeout = 15_000 });
        await Assertions.Expect(reviewer.ByTestId("decision-message")).ToContainTextAsync("已審核通過");
    }

    private static async Task<string> SubmitAsync(HttpClient api, string externalId, string title, DateOnly date)
    {
        var response = await api.PostAsJsonAsync("/api/v1/courses", Course(externalId, title, date));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        Assert.DoesNotContain("CENTRE_WITHOUT_REVIEWER", body, StringComparison.Ordinal);
        return JsonDocument.Parse(body).RootElement.GetProperty("courseNo").GetString()!;
    }

    private static async Task<JsonElement> CourseAsync(HttpClient api, string courseNo) =>
        JsonDocument.Parse(await api.GetStringAsync($"/api/v1/courses/{courseNo}")).RootElement;

    private static object Course(string externalId, string title, DateOnly date, object? change = null) => new
    {
        externalId,
        organiserCode = School,
        title,
        tags = new[] { "國際教育" },
        outline = "旨在提升教師跨文化課程設計能力，透過國際教育議題實作產出教案並分享。",
        contact = new { name = "陳承辦", email = "chen@fr.example.edu.tw", phone = "06-2345678" },
        delivery = new { mode = "InPerson", onlineKind = (string?)null, software = Array.Empty<string>(), softwareOther = (string?)null },
        startDate = date.ToString("yyyy-MM-dd"),
        endDate = date.ToString("yyyy-MM-dd"),
        declaredHours = 3,
        audience = new[] { "ElementaryTeacher" },
        schedule = new[]
        {
            new { date = date.ToString("yyyy-MM-dd"), start = "09:00", end = "12:00", activity = "國際教育專題講座與跨文化教案實作" },
        },
        change,
    };

    private DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(console.App.Clock.GetUtcNow(), RocDate.Taipei).DateTime);

    private static string ValidId(string prefix, int serial)
    {
        for (var check = 0; check < 10; check++)
        {
            var id = $"{prefix}{serial:D7}{check}";
            if (NationalId.IsValid(id))
            {
                return id;
            }
        }

        throw new InvalidOperationException("no check digit");
    }

    private static async Task FillAsync(ConsolePage page, string testId, string value)
    {
        var input = page.Page.Locator($"input[data-testid={testId}]");
        await input.FillAsync(value);
        await input.PressAsync("Tab");
    }
}
