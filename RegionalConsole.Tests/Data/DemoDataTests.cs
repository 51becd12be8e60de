using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Courses;
using RegionalConsole.Domain.Review;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Data;

public sealed class DemoDataTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>
{
    [Fact]
    public async Task EveryCountyHasItsCentreAndTheTwoNationalCentresExist()
    {
        var centres = await app.WithDbAsync(db => db.Centres.Select(c => c.Code).ToListAsync());

        Assert.Equal(24, centres.Count);
        Assert.Contains(CentreCodes.National, centres);
        Assert.Contains(CentreCodes.K12EA, centres);
        Assert.All(Counties.Names.Keys, county => Assert.Contains(county, centres));
    }

    [Fact]
    public async Task InstitutionsOfEveryTypeAreRoutedByTheJurisdictionTable()
    {
        var types = await app.WithDbAsync(db => db.Institutions.Select(i => i.Type).Distinct().ToListAsync());
        var unrouted = await app.WithDbAsync(db => db.Institutions.CountAsync(i => i.CentreCode == null));

        Assert.Equal(Enum.GetValues<InstitutionType>().Order(), types.Order());
        Assert.Equal(0, unrouted);
    }

    [Fact]
    public async Task AccountsFollowTheDemoNamingForEveryRole()
    {
        var names = await app.WithDbAsync(db => db.Accounts.Select(a => a.UserName).ToListAsync());

        Assert.Contains("admin", names);
        Assert.Equal(23, names.Count(n => n.StartsWith("supervisor-", StringComparison.Ordinal)));
        Assert.Equal(48, names.Count(n => n.StartsWith("reviewer-", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task CoursesCoverTheLifecycleStatesWithStoredChecks()
    {
        var statuses = await app.WithDbAsync(db => db.Courses.Select(c => c.Status).Distinct().ToListAsync());
        var withSegments = await app.WithDbAsync(db => db.CourseVersions.CountAsync(v => v.Segments.Any()));
        var openItems = await app.WithDbAsync(db => db.ReviewItems.CountAsync(i => i.Outcome == null));

        Assert.Contains(CourseStatus.PendingReview, statuses);
        Assert.Contains(CourseStatus.Approved, statuses);
        Assert.Contains(CourseStatus.Returned, statuses);
        Assert.True(withSegments >= 250, $"Only {withSegments} of 300 versions have schedule segments.");
        Assert.True(openItems > 0, "The demo queue is empty.");
    }

    [Fact]
    public async Task ApprovedRostersIssueOneStudyRecordPerAttendeeAndOthersNone()
    {
        var rows = await app.WithDbAsync(db => db.ReviewItems.Where(i => i.Kind == ReviewKind.Roster)
            .Select(i => new
            {
                Approved = i.Outcome == ReviewOutcome.Approved,
                Attendees = db.RosterAttendees.Count(a => a.RosterId == i.RosterId),
                Records = db.StudyRecords.Count(r => r.RosterId == i.RosterId),
            }).ToListAsync());

        Assert.Contains(rows, r => r.Approved);
        Assert.All(rows, r => Assert.Equal(r.Approved ? r.Attendees : 0, r.Records));
    }

    [Fact]
    public async Task CourseNumbersAreUniqueRocYearSerials()
    {
        var numbers = await app.WithDbAsync(db => db.Courses.Select(c => c.CourseNo).ToListAsync());

        Assert.All(numbers, n => Assert.Matches("^11[45][0-9]{7}$", n));
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
    }

    [Fact]
    public async Task TheSameSeedGivesTheSameData()
    {
        await using var other = new ConsoleAppFactory();
        var mine = await app.WithDbAsync(db => db.Courses.OrderBy(c => c.Id).Select(c => c.Title + c.OrganiserCode + c.StartDate).Take(50).ToListAsync());
        var theirs = await other.WithDbAsync(db => db.Courses.OrderBy(c => c.Id).Select(c => c.Title + c.OrganiserCode + c.StartDate).Take(50).ToListAsync());

        Assert.Equal(mine, theirs);
    }
}
