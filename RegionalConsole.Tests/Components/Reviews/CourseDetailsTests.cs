using Bunit;
using RegionalConsole.Data.Entities;
using RegionalConsole.Features.Reviews;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Components.Reviews;

/// <summary>The course as the review screen shows it: enrolment and the course's own contact (SPEC §13.2).</summary>
public sealed class CourseDetailsTests : ComponentTestContext
{
    private static Course Course(int enrolled = 0, string? contactName = null, string? contactEmail = null) => new()
    {
        CourseNo = "1150000123",
        OrganiserCode = "T63R01",
        CentreCode = "63000",
        Title = "【國際教育】跨文化課程設計工作坊",
        EnrolledCount = enrolled,
        ContactName = contactName,
        ContactEmail = contactEmail,
    };

    private IRenderedComponent<CourseDetails> RenderDetails(Course course)
    {
        var version = ReviewComponentData.Version();
        version.SubmittedAt = new DateTime(2026, 11, 25, 2, 0, 0, DateTimeKind.Utc);
        return Render<CourseDetails>(p => p.Add(x => x.Course, course).Add(x => x.Version, version));
    }

    [Fact]
    public void TheEnrolmentTheOrganiserReportedIsShown()
    {
        var details = RenderDetails(Course(enrolled: 1280));

        Assert.Equal("1,280", details.Find("[data-testid=enrolled]").TextContent);
        Assert.Contains("報名人數", details.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void TheCoursesOwnContactIsShown()
    {
        var details = RenderDetails(Course(contactName: "陳怡君", contactEmail: "chen@tn.edu.tw"));

        Assert.Equal("陳怡君 · chen@tn.edu.tw", details.Find("[data-testid=contact]").TextContent);
    }

    [Fact]
    public void WithoutAContactTheScreenSaysTheOrganiserIsMailed()
    {
        var details = RenderDetails(Course());

        Assert.Equal(Text["ContactOrganiser"].Value, details.Find("[data-testid=contact]").TextContent);
    }
}
