using System.Net;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Tests.Features.Rosters;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Web.OddStoredValues;

/// <summary>
/// The app holding values no API lets in today but an older database holds (SPEC §13.3): courses of centre 63000
/// submitted through the API, then rewritten straight in the database as a console without input bounds stored them —
/// dates of year 1 and 9999, unreadable schedule times, control characters, a 2 MB outline, a 5,000-character title,
/// negative and huge numbers, names the registries do not know, formulas in names and reasons.
/// </summary>
public sealed class OddValuesApp() : ConsoleAppFactory(kestrel: false), IAsyncLifetime
{
    public const string Reviewer = "reviewer-63000-1";
    public const string Supervisor = "supervisor-63000";
    public const string Administrator = "admin";

    /// <summary>What the test looks for in pages and workbooks: ASCII, so it survives any encoding of the page.</summary>
    public const string QueuedMarker = "ODDQUEUED";
    public const string HeldMarker = "ODDHELD";
    public const string CancelledMarker = "ODDCANCELLED";
    public const string InstitutionMarker = "ODDINST";

    public const string Formula = "=HYPERLINK(\"http://example.invalid\",\"click\")";

    /// <summary>
    /// Control characters and the non-characters XML cannot carry, ending in NUL: SQLite hands text back up to its first
    /// NUL, and PostgreSQL's text cannot hold one at all (there the oddest character it can hold stands in).
    /// </summary>
    public static string Controls => "\u0001\u0007\u000B\u000C\u001B\u001F\u007F\uFFFE" + (TestDatabase.IsPostgres ? "\u0002" : "\0");

    public static readonly DateOnly Year1 = new(1, 1, 1), Year9999 = new(9999, 12, 31);

    public string QueuedCourseNo { get; private set; } = "";
    public int QueuedItemId { get; private set; }
    public string HeldCourseNo { get; private set; } = "";
    public int RosterItemId { get; private set; }
    public string CancelledCourseNo { get; private set; } = "";
    public int CancellationItemId { get; private set; }

    public async ValueTask InitializeAsync()
    {
        await ReviewScenario.EnsureOrganiserAsync(this);
        (QueuedCourseNo, QueuedItemId) = await ReviewScenario.SubmitAsync(this, ReviewScenario.MixedBody());
        HeldCourseNo = await RosterScenario.HeldCourseAsync(this, date: "2026-11-20");
        await RosterScenario.SyncTeacherAsync(this, RosterScenario.Ids[0], "王小明", ReviewScenario.Organiser);
        var roster = await RosterScenario.PostRosterAsync(this, HeldCourseNo, RosterScenario.Roster((RosterScenario.Ids[0], 3m)));
        Assert.True(roster.IsSuccessStatusCode, await roster.Content.ReadAsStringAsync());
        RosterItemId = await ReviewScenario.OpenItemAsync(this, HeldCourseNo);
        CancelledCourseNo = await RosterScenario.HeldCourseAsync(this, date: "2026-12-10");
        await CancelAsync(CancelledCourseNo);
        CancellationItemId = await ReviewScenario.OpenItemAsync(this, CancelledCourseNo);

        await WithDbAsync(async db =>
        {
            await MakeQueuedCourseOddAsync(db);
            await MakeHeldCourseOddAsync(db);
            await MakeCancellationOddAsync(db);
            db.Institutions.Add(new Institution
            {
                Code = InstitutionMarker,
                Name = $"{InstitutionMarker}{Formula}{Controls}",
                Type = InstitutionType.PrivateBody,
                CountyCode = "99999",
                CentreCode = null,
                ContactEmail = $"not an address{Controls}",
                UpdatedAt = DateTime.MinValue,
            });
            db.AuditLog.Add(new AuditEntry
            {
                At = DateTime.MinValue,
                Actor = $"odd{Controls}",
                Action = $"NoSuchAction{Controls}",
                EntityType = nameof(Course),
                EntityId = QueuedCourseNo,
                Before = "{not json" + Controls,
                After = "[1, {\"deep\": " + new string('[', 200) + "}",
                Reason = Formula + Controls,
            });
            return await db.SaveChangesAsync();
        });
    }

    /// <summary>A course of year 1 to 9999 in the queue: every text odd, every number out of range.</summary>
    private async Task MakeQueuedCourseOddAsync(RegionalConsole.Data.ConsoleDbContext db)
    {
        var course = await db.Courses.Include(c => c.Versions).ThenInclude(v => v.Segments).Include(c => c.Versions).ThenInclude(v => v.Checks)
            .SingleAsync(c => c.CourseNo == QueuedCourseNo);
        var title = QueuedMarker + Formula + new string('長', 5_000) + Controls;
        course.Title = title;
        (course.StartDate, course.EndDate) = (Year1, Year9999);
        course.EnrolledCount = -7;
        course.ContactName = Formula + Controls;
        course.ContactEmail = Controls;
        var version = course.Versions.Single();
        version.Title = title;
        version.Outline = "OUTLINE-START" + Controls[..^1] + string.Concat(Enumerable.Repeat("課程大綱內容很長。\n", 2 * 1024 * 1024 / 10)) + "OUTLINE-END";
        version.Tags = ["不存在的標籤" + Controls, "", Formula];
        version.Audience = ["Martians", ""];
        version.Software = ["Abacus", Controls];
        version.SoftwareOther = Controls;
        version.ApprovalDocNo = Formula + Controls;
        (version.StartDate, version.EndDate) = (Year1, Year9999);
        version.DeclaredHours = -12.5m;
        version.CreditableMinutes = -90;
        version.JudgementMinutes = int.MaxValue;
        version.ErrorCount = -1;
        version.WarningCount = int.MaxValue;
        version.ScheduleText = new string('表', 30_000) + Controls;
        version.ScheduleNotes = [Controls, Formula];
        version.SubmittedAt = DateTime.MinValue;
        var segments = version.Segments.OrderBy(s => s.Index).ToList();
        (segments[0].Date, segments[0].Start, segments[0].End, segments[0].Activity, segments[0].Minutes) = (Year1, "25:99", "", Controls, -30);
        (segments[1].Date, segments[1].Start, segments[1].End, segments[1].Activity, segments[1].Minutes) = (null, null, null, null, int.MaxValue);
        (segments[2].Date, segments[2].Start, segments[2].End, segments[2].Activity, segments[2].Term) = (Year9999, "9:5", "24:00", Formula + Controls, Controls);
        foreach (var check in version.Checks)
        {
            (check.Message, check.Evidence, check.Tag, check.Rule) = (check.Message + Controls, Formula + Controls, "不存在" + Controls, Controls);
        }

        var item = await db.ReviewItems.SingleAsync(i => i.Id == QueuedItemId);
        item.Title = title;
        item.OrganiserName = Formula + Controls;
        (item.CourseStart, item.OrderDate, item.DueDate, item.SubmittedDate) = (Year1, Year1, Year9999, Year1);
        item.SubmittedAt = DateTime.MinValue;
        (item.ErrorCount, item.WarningCount) = (-1, int.MaxValue);
    }

    /// <summary>A held course whose roster's attendee claims 9,999.9 hours and whose teacher's name is a formula.</summary>
    private async Task MakeHeldCourseOddAsync(RegionalConsole.Data.ConsoleDbContext db)
    {
        var course = await db.Courses.Include(c => c.Versions).SingleAsync(c => c.CourseNo == HeldCourseNo);
        course.Title = HeldMarker + Formula + Controls;
        course.Versions.Single().Title = course.Title;
        course.Versions.Single().DeclaredHours = 99_999_999.9m;
        var teacher = await db.Teachers.SingleAsync(t => t.NationalId == RosterScenario.Ids[0]);
        teacher.Name = Formula + Controls;
        await db.RosterAttendees.Where(a => db.Rosters.Any(r => r.Id == a.RosterId && r.CourseId == course.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Hours, 9999.9m));
        foreach (var decision in await db.Decisions.Where(d => db.ReviewItems.Any(i => i.Id == d.ReviewItemId && i.CourseId == course.Id)).ToListAsync())
        {
            (decision.Reason, decision.OverrideReason) = (Formula + Controls, new string('理', 20_000) + Controls);
        }

        var item = await db.ReviewItems.SingleAsync(i => i.Id == RosterItemId);
        item.Title = course.Title;
        item.OrganiserName = Controls;
    }

    /// <summary>A cancellation with a reason category nobody defined, a formula for a reason and a negative count.</summary>
    private async Task MakeCancellationOddAsync(RegionalConsole.Data.ConsoleDbContext db)
    {
        var course = await db.Courses.Include(c => c.Versions).SingleAsync(c => c.CourseNo == CancelledCourseNo);
        course.Title = CancelledMarker + Formula + Controls;
        course.Versions.Single().Title = course.Title;
        var cancellation = await db.Cancellations.SingleAsync(c => c.CourseId == course.Id);
        cancellation.ReasonCategory = "Meteor" + Controls;
        cancellation.Reason = Formula + Controls;
        cancellation.NotificationChannel = "Pigeon" + Controls;
        (cancellation.Recipients, cancellation.EnrolledCount) = (-3, int.MaxValue);
        cancellation.SubmittedBy = Formula;
        var item = await db.ReviewItems.SingleAsync(i => i.Id == CancellationItemId);
        item.Title = course.Title;
    }

    private async Task CancelAsync(string courseNo)
    {
        using var api = CreateApiClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/courses/{courseNo}/cancellation")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { reasonCategory = "Venue", reason = "場地整修" }),
        };
        var response = await api.SendAsync(request);
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK or HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
    }

    public async Task<HttpClient> SignedInAsync(string userName)
    {
        var client = CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var signIn = await client.GetAsync(new Uri($"/dev-signin?as={userName}", UriKind.Relative));
        Assert.True((int)signIn.StatusCode is 302 or 200, $"sign-in as {userName}: {signIn.StatusCode}");
        return client;
    }
}
