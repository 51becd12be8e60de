using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Review;
using RegionalConsole.Domain.Rosters;

namespace RegionalConsole.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class RosterJourneyTests(BrowserFixture browser, ConsoleServerFixture server) : IClassFixture<ConsoleServerFixture>
{
    [Fact]
    public async Task AReviewerSeesTheNoSchoolWarningApprovesTheRosterAndTheHoursAreIssued()
    {
        // A demo roster waiting in a centre's queue with an attendee who has no serving school (無服務學校).
        var roster = await server.App.WithDbAsync(db => db.ReviewItems
            .Where(i => i.Kind == ReviewKind.Roster && i.Outcome == null && i.ErrorCount == 0
                && db.RosterChecks.Any(c => c.RosterId == i.RosterId && c.Code == RosterChecker.NoServingSchool))
            .OrderBy(i => i.Id)
            .Select(i => new { i.Id, i.CentreCode, i.Course!.CourseNo, RosterId = i.RosterId!.Value })
            .FirstAsync());
        var noSchool = await server.App.WithDbAsync(db => db.RosterAttendees.Where(a => a.RosterId == roster.RosterId)
            .Join(db.Teachers.Where(t => t.ServingInstitutionCode == null), a => a.NationalId, t => t.NationalId, (a, t) => t.Name)
            .FirstAsync());
        var console = await ConsolePage.OpenAsync(browser.Browser, server.BaseAddress);
        try
        {
            await console.SignInFromListAsync($"reviewer-{roster.CentreCode}-1");
            await console.GotoAsync($"/reviews/{roster.Id}");

            var flagged = console.Page.Locator("[data-testid=roster-attendee]").Filter(new() { HasText = noSchool });
            await Assertions.Expect(flagged.Locator("[data-testid=no-serving-school]")).ToBeVisibleAsync();
            await Assertions.Expect(flagged.Locator("[data-testid=roster-flag][data-code=ROSTER_NO_SERVING_SCHOOL]")).ToBeVisibleAsync();
            await Assertions.Expect(console.Page.Locator("[data-testid=check][data-code=ROSTER_NO_SERVING_SCHOOL]").First).ToBeVisibleAsync();

            await console.ByTestId("approve").ClickAsync();
            // Approving issues the hours: the confirmation says how many teachers and hours, and Enter confirms.
            await Assertions.Expect(console.ByTestId("confirm-decision-text")).ToContainTextAsync("位教師");
            await console.WaitForShortcutsAsync();
            await console.Page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(console.ByTestId("decision-message")).ToContainTextAsync($"{roster.CourseNo} 研習名單已審核通過，已核發");
            await Assertions.Expect(console.Page).Not.ToHaveURLAsync(new Regex($"/reviews/{roster.Id}$"));

            // The course's page shows the hours the approval issued, the teacher without school among them.
            await console.GotoAsync($"/courses/{roster.CourseNo}");
            await Assertions.Expect(console.Page.Locator("[data-testid=issued-hours-row]").Filter(new() { HasText = noSchool })).ToBeVisibleAsync();
        }
        finally
        {
            await console.CloseAsync();
        }

        var item = await server.App.WithDbAsync(db => db.ReviewItems.SingleAsync(i => i.Id == roster.Id));
        Assert.Equal(ReviewOutcome.Approved, item.Outcome);
        var attendees = await server.App.WithDbAsync(db => db.RosterAttendees.CountAsync(a => a.RosterId == roster.RosterId));
        Assert.Equal(attendees, await server.App.WithDbAsync(db => db.StudyRecords.CountAsync(r => r.RosterId == roster.RosterId)));
    }
}
