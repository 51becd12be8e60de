using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Review;
using RegionalConsole.Tests.Features.Courses;
using RegionalConsole.Tests.Features.Rosters;
using RegionalConsole.Tests.Support;
using static RegionalConsole.Tests.Features.Mail.MailScenario;
using static RegionalConsole.Tests.Support.ReviewScenario;

namespace RegionalConsole.Tests.Features.Mail;

/// <summary>Mails about a course go to its own contact when it has one (SPEC §13.2), else to the organiser's address.</summary>
public sealed class CourseContactMailTests(MailAppFactory app) : IClassFixture<MailAppFactory>, IAsyncLifetime
{
    private const string Reviewer = "reviewer-63000-1";
    private const string CourseContact = "chen@t63r01.example.edu.tw";

    public async ValueTask InitializeAsync() => await EnsureOrganiserWithContactAsync(app);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task<string> NoticeRecipientAsync(Dictionary<string, object?> body)
    {
        var (courseNo, itemId) = await SubmitAsync(app, body);
        await DecideAsync(app, Reviewer, itemId, ReviewDecision.Return("請補正課程表。"));
        var rows = await WaitForOutboxAsync(app, courseNo, rows => rows.Any(r => r.Kind == "Decision"));
        return rows.Single(r => r.Kind == "Decision").Recipient;
    }

    [Fact]
    public async Task AReturnedCourseMailsItsContact() =>
        Assert.Equal(CourseContact, await NoticeRecipientAsync(MixedBody().With("contact", new { name = "陳怡君", email = CourseContact })));

    [Fact]
    public async Task ACourseWithoutAContactAddressMailsTheOrganiser() =>
        Assert.Equal(OrganiserEmail, await NoticeRecipientAsync(MixedBody().With("contact", new { name = "陳怡君", phone = "02-2311-0000" })));

    [Fact]
    public async Task AReturnedRosterMailsTheCoursesContact()
    {
        var courseNo = await RosterScenario.HeldCourseAsync(app, date: "2026-11-04", contact: new { email = CourseContact });
        (await RosterScenario.PostRosterAsync(app, courseNo, RosterScenario.Roster((RosterScenario.Ids[0], 3)))).EnsureSuccessStatusCode();
        var itemId = await app.WithDbAsync(db => db.ReviewItems
            .Where(i => i.Course!.CourseNo == courseNo && i.Kind == ReviewKind.Roster && i.Outcome == null).Select(i => i.Id).SingleAsync());

        await DecideAsync(app, Reviewer, itemId, ReviewDecision.Return("名單缺少簽到紀錄。"));

        var rows = await WaitForOutboxAsync(app, courseNo, rows => rows.Any(r => r.Kind == "Decision"));
        Assert.Equal(CourseContact, rows.Single(r => r.Kind == "Decision").Recipient);
    }
}
