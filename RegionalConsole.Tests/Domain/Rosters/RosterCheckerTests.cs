using RegionalConsole.Domain.Checks;
using RegionalConsole.Domain.Rosters;

namespace RegionalConsole.Tests.Domain.Rosters;

public sealed class RosterCheckerTests
{
    private const string Teacher = "A123456789";
    private static readonly DateOnly CourseDay = new(2026, 11, 10);

    /// <summary>09:00–12:00 on 2026-11-10: three creditable hours.</summary>
    private static readonly RosterCourse Course = new(CourseDay, 180, [Span(CourseDay, 9, 0, 12, 0)]);

    private static readonly DateTime AfterTheCourse = new(2026, 11, 20, 10, 0, 0);

    private static CourseSpan Span(DateOnly day, int h1, int m1, int h2, int m2) =>
        new(day.ToDateTime(new TimeOnly(h1, m1)), day.ToDateTime(new TimeOnly(h2, m2)));

    private static RosterAttendeeFacts Attendee(decimal hours = 3, string? school = "213501", bool synced = true,
        params AttendedCourse[] others) => new(0, Teacher, hours, synced, school, others);

    private static List<string> Codes(IEnumerable<RosterCheck> checks) => [.. checks.Select(c => c.Result.Code)];

    [Fact]
    public void ARosterOfServingTeachersWithinCreditableHoursAfterTheCourseHasNoFindings()
    {
        Assert.Empty(RosterChecker.Check(Course, AfterTheCourse, [Attendee()]));
    }

    [Fact]
    public void ATeacherWithNoServingSchoolIsAWarningAboutThatAttendee()
    {
        var check = Assert.Single(RosterChecker.Check(Course, AfterTheCourse, [Attendee(school: null)]));

        Assert.Equal(RosterChecker.NoServingSchool, check.Result.Code);
        Assert.Equal(CheckSeverity.Warning, check.Result.Severity);
        Assert.Equal(0, check.AttendeeIndex);
    }

    [Fact]
    public void AnUnsyncedTeacherIsNotTakenForOneWithoutSchool()
    {
        Assert.Equal([RosterChecker.TeacherUnknown], Codes(RosterChecker.Check(Course, AfterTheCourse, [Attendee(school: null, synced: false)])));
    }

    [Fact]
    public void AnAttendeeTheConsoleDoesNotKnowIsAWarningNamingThemMasked()
    {
        var check = Assert.Single(RosterChecker.Check(Course, AfterTheCourse, [Attendee(synced: false) with { Index = 4 }]));

        Assert.Equal(CheckCodes.RosterTeacherUnknown, check.Result.Code);
        Assert.Equal(CheckSeverity.Warning, check.Result.Severity);
        Assert.Equal(4, check.AttendeeIndex);
        Assert.Equal("A12****789", check.Result.Evidence);
        Assert.Equal("管理規定第5條", check.Result.Rule);
        Assert.Contains("查無此研習教師", check.Result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EvidenceNamesTheTeacherByMaskedNationalIdOnly()
    {
        var check = Assert.Single(RosterChecker.Check(Course, AfterTheCourse, [Attendee(school: null)]));

        Assert.Equal("A12****789", check.Result.Evidence);
    }

    [Fact]
    public void HoursAboveTheCreditableHoursAreAnError()
    {
        var check = Assert.Single(RosterChecker.Check(Course, AfterTheCourse, [Attendee(hours: 3.5m)]));

        Assert.Equal(RosterChecker.HoursOverCreditable, check.Result.Code);
        Assert.Equal(CheckSeverity.Error, check.Result.Severity);
        Assert.Contains("3.5", check.Result.Message, StringComparison.Ordinal);
        Assert.Contains("3 小時", check.Result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HoursEqualToTheCreditableHoursAreFine()
    {
        Assert.Empty(RosterChecker.Check(Course, AfterTheCourse, [Attendee(hours: 3)]));
    }

    [Fact]
    public void AnotherCourseOverlappingInTimeIsAWarningNamingIt()
    {
        var other = new AttendedCourse("1150000042", "另一場研習", [Span(CourseDay, 11, 0, 13, 0)]);

        var check = Assert.Single(RosterChecker.Check(Course, AfterTheCourse, [Attendee(others: other)]));

        Assert.Equal(RosterChecker.Overlap, check.Result.Code);
        Assert.Equal(CheckSeverity.Warning, check.Result.Severity);
        Assert.Contains("1150000042", check.Result.Evidence, StringComparison.Ordinal);
        Assert.Contains("11:00–12:00", check.Result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void AnotherRosterUnderReviewOverlappingInTimeIsAWarningSayingItIsUnderReview()
    {
        var other = new AttendedCourse("1150000043", "審查中的研習", [Span(CourseDay, 8, 0, 10, 0)], UnderReview: true);

        var check = Assert.Single(RosterChecker.Check(Course, AfterTheCourse, [Attendee(others: other)]));

        Assert.Equal(RosterChecker.Overlap, check.Result.Code);
        Assert.Contains("審查中", check.Result.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("已核發", check.Result.Message, StringComparison.Ordinal);
        Assert.Contains("09:00–10:00", check.Result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void IssuedHoursOverlappingAreNamedAsIssued()
    {
        var other = new AttendedCourse("1150000042", "另一場研習", [Span(CourseDay, 11, 0, 13, 0)]);

        var check = Assert.Single(RosterChecker.Check(Course, AfterTheCourse, [Attendee(others: other)]));

        Assert.Contains("已核發時數", check.Result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheOverlapRecheckFindsOnlyOverlaps()
    {
        var other = new AttendedCourse("1150000042", "另一場研習", [Span(CourseDay, 11, 0, 13, 0)]);
        RosterAttendeeFacts[] attendees = [Attendee(hours: 4, school: null, synced: false, others: other)];

        var checks = RosterChecker.Overlaps(Course, attendees);

        Assert.Equal([RosterChecker.Overlap], Codes(checks));
        Assert.Equal([RosterChecker.TeacherUnknown, RosterChecker.HoursOverCreditable, RosterChecker.Overlap],
            Codes(RosterChecker.Check(Course, AfterTheCourse, attendees)));
    }

    [Fact]
    public void ACourseThatEndsWhenThisOneStartsDoesNotOverlap()
    {
        var other = new AttendedCourse("1150000042", "早場", [Span(CourseDay, 7, 0, 9, 0)]);

        Assert.Empty(RosterChecker.Check(Course, AfterTheCourse, [Attendee(others: other)]));
    }

    [Fact]
    public void TheSameHoursOnAnotherDayDoNotOverlap()
    {
        var other = new AttendedCourse("1150000042", "隔日", [Span(CourseDay.AddDays(1), 9, 0, 12, 0)]);

        Assert.Empty(RosterChecker.Check(Course, AfterTheCourse, [Attendee(others: other)]));
    }

    [Fact]
    public void ARosterSentBeforeTheLastSegmentEndedIsAnErrorAboutTheWholeRoster()
    {
        var check = Assert.Single(RosterChecker.Check(Course, CourseDay.ToDateTime(new TimeOnly(11, 0)), [Attendee()]));

        Assert.Equal(RosterChecker.BeforeEnd, check.Result.Code);
        Assert.Equal(CheckSeverity.Error, check.Result.Severity);
        Assert.Null(check.AttendeeIndex);
    }

    [Fact]
    public void ARosterSentOnTheLastDayAfterTheLastSegmentIsOnTime()
    {
        Assert.Empty(RosterChecker.Check(Course, CourseDay.ToDateTime(new TimeOnly(12, 30)), [Attendee()]));
    }

    [Fact]
    public void WithoutScheduleTimesACourseEndsAtTheEndOfItsLastDay()
    {
        var unscheduled = new RosterCourse(CourseDay, 180, []);

        Assert.Equal([RosterChecker.BeforeEnd], Codes(RosterChecker.Check(unscheduled, CourseDay.ToDateTime(new TimeOnly(23, 0)), [Attendee()])));
    }

    [Fact]
    public void EachAttendeeIsCheckedOnItsOwn()
    {
        RosterAttendeeFacts[] attendees = [Attendee() with { Index = 0 }, Attendee(hours: 4, school: null) with { Index = 1, NationalId = "B123456780" }];

        var checks = RosterChecker.Check(Course, AfterTheCourse, attendees);

        Assert.All(checks, c => Assert.Equal(1, c.AttendeeIndex));
        Assert.Equal([RosterChecker.NoServingSchool, RosterChecker.HoursOverCreditable], Codes(checks));
    }
}
