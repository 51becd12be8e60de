using RegionalConsole.Domain.Courses;

namespace RegionalConsole.Tests.Domain.Courses;

public sealed class CourseContactTests
{
    [Fact]
    public void TheCoursesOwnContactReceivesItsMails() =>
        Assert.Equal("chen@tn.edu.tw", CourseContact.MailRecipient("chen@tn.edu.tw", "office@school.edu.tw"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void WithoutOneTheOrganisersAddressReceivesThem(string? courseEmail) =>
        Assert.Equal("office@school.edu.tw", CourseContact.MailRecipient(courseEmail, "office@school.edu.tw"));

    [Fact]
    public void WithNeitherNobodyIsMailed() => Assert.Null(CourseContact.MailRecipient(null, " "));
}
