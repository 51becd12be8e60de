using RegionalConsole.Domain.Courses;

namespace RegionalConsole.Tests.Domain.Courses;

public sealed class EnrolmentTests
{
    [Fact]
    public void ACountAloneIsRecordedAsSent()
    {
        var (enrolment, issues) = Enrolment.Read(28, null);

        Assert.Empty(issues);
        Assert.Equal(28, enrolment!.Count);
        Assert.Null(enrolment.Teachers);
    }

    [Fact]
    public void WithTheTeachersTheCountIsTheirNumber()
    {
        var (enrolment, _) = Enrolment.Read(null, ["a123456789", "B123456780"]);

        Assert.Equal(2, enrolment!.Count);
        Assert.Equal(["A123456789", "B123456780"], enrolment.Teachers);
    }

    [Fact]
    public void ACountThatDisagreesWithTheTeachersIsRefused()
    {
        var (enrolment, issues) = Enrolment.Read(3, ["A123456789", "B123456780"]);

        Assert.Null(enrolment);
        Assert.Equal(EnrolmentProblem.CountMismatch, Assert.Single(issues).Problem);
    }

    [Fact]
    public void ABadOrRepeatedNationalIdIsNamedByItsPosition()
    {
        var (_, issues) = Enrolment.Read(null, ["A123456789", "A123456788", "a123456789"]);

        Assert.Equal([new EnrolmentIssue(EnrolmentProblem.TeacherInvalid, 1), new EnrolmentIssue(EnrolmentProblem.TeacherDuplicate, 2)], issues);
    }

    [Fact]
    public void ANegativeCountIsRefused() =>
        Assert.Equal(EnrolmentProblem.NegativeCount, Assert.Single(Enrolment.Read(-1, null).Issues).Problem);

    [Fact]
    public void NeitherCountNorTeachersIsRefused() =>
        Assert.Equal(EnrolmentProblem.Missing, Assert.Single(Enrolment.Read(null, null).Issues).Problem);

    [Fact]
    public void ZeroIsACount() => Assert.Equal(0, Enrolment.Read(0, null).Enrolment!.Count);

    [Theory]
    [InlineData(CourseStatus.Approved, true)]
    [InlineData(CourseStatus.PendingReview, false)]
    [InlineData(CourseStatus.Returned, false)]
    [InlineData(CourseStatus.Rejected, false)]
    [InlineData(CourseStatus.Cancelled, false)]
    public void EnrolmentOpensWithApproval(CourseStatus status, bool open) => Assert.Equal(open, Enrolment.IsOpen(status));
}
