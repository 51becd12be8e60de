using RegionalConsole.Domain;
using RegionalConsole.Domain.Teachers;

namespace RegionalConsole.Tests.Domain.Teachers;

public sealed class TeacherRecordAccessTests
{
    private static readonly TeacherCentre Taipei = new("63000", "63000");
    private static readonly TeacherCentre National = new("NATIONAL", "K12EA");

    [Fact]
    public void AReviewerReadsATeacherTiedToTheirCentre() =>
        Assert.True(TeacherRecordAccess.MayRead(new AccessScope(ConsoleRole.Reviewer, "63000", null), [National, Taipei]));

    [Fact]
    public void AReviewerDoesNotReadATeacherTiedOnlyToOtherCentres() =>
        Assert.False(TeacherRecordAccess.MayRead(new AccessScope(ConsoleRole.Reviewer, "10015", null), [National, Taipei]));

    [Fact]
    public void ASupervisorReadsTeachersTiedToTheCentresUnderIt() =>
        Assert.True(TeacherRecordAccess.MayRead(new AccessScope(ConsoleRole.Supervisor, null, "K12EA"), [National]));

    [Fact]
    public void AnAdministratorReadsATeacherWithNoTies() =>
        Assert.True(TeacherRecordAccess.MayRead(new AccessScope(ConsoleRole.Administrator, null, null), []));

    [Fact]
    public void OnlyAnAdministratorSeesTheNationalIdUnmasked()
    {
        Assert.Equal("A123456789", TeacherRecordAccess.ShownNationalId(new AccessScope(ConsoleRole.Administrator, null, null), "A123456789"));
        Assert.Equal("A12****789", TeacherRecordAccess.ShownNationalId(new AccessScope(ConsoleRole.Supervisor, null, "63000"), "A123456789"));
    }

    [Fact]
    public void TotalsCountACourseOnceForEachOfItsConfirmedTags()
    {
        var totals = StudyTotals.Of([new StudyHours(114, 3m, ["國際教育", "性別平等教育"]), new StudyHours(115, 2m, ["國際教育"]), new StudyHours(115, 1.5m, [])]);

        Assert.Equal([(114, 3m), (115, 3.5m)], totals.PerYear);
        Assert.Equal([("國際教育", 5m), ("性別平等教育", 3m)], totals.PerTag.OrderByDescending(t => t.Hours));
        Assert.Equal(6.5m, totals.Total);
    }
}
