using RegionalConsole.Domain.Preschool;

namespace RegionalConsole.Tests.Domain.PreschoolExchange;

/// <summary>共同研討一 提案二 說明五: a make-up whose course time overlaps a long online course cannot be registered.</summary>
public sealed class MakeUpOverlapRuleTests
{
    private static readonly MakeUpOverlapRule Rule = new(MakeUpDays: 30, LongOnlineHours: 12, LongOnlineDays: 28);

    private static StudyLine Line(long id, DateOnly start, DateOnly end, DateOnly issued, decimal hours = 3, bool online = false, string teacher = "A123456789") =>
        new(id, teacher, $"115{id:D7}", "課程", start, end, hours, issued, online);

    private static readonly DateOnly June6 = new(2026, 6, 6);

    private static StudyLine YearLongOnline(long id = 1, DateOnly? issued = null, string teacher = "A123456789") =>
        Line(id, new DateOnly(2026, 1, 5), new DateOnly(2026, 12, 20), issued ?? new DateOnly(2026, 3, 1), hours: 6, online: true, teacher: teacher);

    [Fact]
    public void ARecordIssuedMoreThanThirtyDaysAfterItsCourseEndedIsAMakeUp() =>
        Assert.True(Rule.IsMakeUp(Line(2, June6, June6, June6.AddDays(31))));

    [Fact]
    public void ARecordIssuedThirtyDaysAfterItsCourseIsNoMakeUp() =>
        Assert.False(Rule.IsMakeUp(Line(2, June6, June6, June6.AddDays(30))));

    [Fact]
    public void AnOnlineCourseOfTwelveHoursIsLong() =>
        Assert.True(Rule.IsLongOnline(Line(1, June6, June6, June6, hours: 12, online: true)));

    [Fact]
    public void AnOnlineCourseCoveringFourWeeksIsLongWhateverItsHours() =>
        Assert.True(Rule.IsLongOnline(Line(1, June6, June6.AddDays(27), June6, hours: 2, online: true)));

    [Fact]
    public void AnInPersonCourseIsNeverALongOnlineCourse() =>
        Assert.False(Rule.IsLongOnline(Line(1, June6, June6.AddDays(60), June6, hours: 40)));

    [Fact]
    public void AMakeUpInsideAYearLongOnlineCourseOfTheSameTeacherOverlaps()
    {
        var makeUp = Line(2, June6, June6, new DateOnly(2026, 10, 1));

        var overlap = Assert.Single(Rule.Find([YearLongOnline(), makeUp]));

        Assert.Equal(2, overlap.MakeUp.RecordId);
        Assert.Equal(1, overlap.Online.RecordId);
    }

    [Fact]
    public void AnotherTeachersOnlineCourseDoesNotCount() =>
        Assert.Empty(Rule.Find([YearLongOnline(teacher: "B223456789"), Line(2, June6, June6, new DateOnly(2026, 10, 1))]));

    [Fact]
    public void AMakeUpOutsideTheOnlineCoursesDatesDoesNotOverlap() =>
        Assert.Empty(Rule.Find([YearLongOnline(), Line(2, new DateOnly(2026, 1, 2), new DateOnly(2026, 1, 4), new DateOnly(2026, 10, 1))]));

    [Fact]
    public void AnOnlineCourseRecordedAfterTheMakeUpWasNotYetThere() =>
        Assert.Empty(Rule.Find([YearLongOnline(issued: new DateOnly(2026, 12, 1)), Line(2, June6, June6, new DateOnly(2026, 10, 1))]));

    [Fact]
    public void ARecordIssuedOnTimeIsNotReportedEvenInsideAnOnlineCourse() =>
        Assert.Empty(Rule.Find([YearLongOnline(), Line(2, June6, June6, June6.AddDays(5))]));
}
