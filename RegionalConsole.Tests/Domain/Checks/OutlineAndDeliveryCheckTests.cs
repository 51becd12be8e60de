using RegionalConsole.Domain.Checks;

namespace RegionalConsole.Tests.Domain.Checks;

public class OutlineCheckTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \n\u3000")]
    public void AnEmptyOutlineIsAnError(string? outline)
    {
        var result = Assert.Single(Run(outline));

        Assert.Equal((CheckCodes.OutlineMissing, CheckSeverity.Error), (result.Code, result.Severity));
    }

    [Theory]
    [InlineData("旨在提升教師差異化教學設計能力")]
    [InlineData("本研習目的：帶領教師認識雙語教學的課堂語言。")]
    [InlineData("This workshop aims to help teachers design CLIL lessons.")]
    [InlineData("透過實作，協助教師將閱讀理解策略融入各領域教學。")]
    public void AnOutlineStatingItsPurposeAtLengthPasses(string outline) => Assert.Empty(Run(outline));

    [Theory]
    [InlineData("如附件")]
    [InlineData("國際教育講座")]
    [InlineData("提升教學能力")]
    [InlineData("旨在提升閱讀教學能力")]
    public void AnOutlineShorterThanTheMinimumIsWeak(string outline)
    {
        var result = Assert.Single(Run(outline));

        Assert.Equal((CheckCodes.OutlineWeak, CheckSeverity.Warning), (result.Code, result.Severity));
        Assert.Contains("過短", result.Message);
    }

    [Fact]
    public void TheLengthThresholdCountsLettersAndDigitsOnly()
    {
        var justLongEnough = "旨在" + new string('教', OutlineCheck.MinimumLength - 2);
        var oneShort = "旨在，，，　" + new string('教', OutlineCheck.MinimumLength - 3);

        Assert.Empty(Run(justLongEnough));
        Assert.Single(Run(oneShort));
    }

    [Theory]
    [InlineData("課程內容包含差異化教學的理念、學習單設計實作與綜合座談。")]
    [InlineData("A helpful session on classroom talk, with lots of time for questions.")]
    public void AnOutlineWithoutStatementOfPurposeIsWeak(string outline)
    {
        var result = Assert.Single(Run(outline));

        Assert.Equal(CheckCodes.OutlineWeak, result.Code);
        Assert.Contains("目的", result.Message);
        Assert.DoesNotContain("過短", result.Message);
    }

    [Fact]
    public void ALongWeakOutlineIsQuotedShortened()
    {
        var outline = string.Concat(Enumerable.Repeat("課程內容包含理念與實作。", 30));

        var result = Assert.Single(Run(outline));

        Assert.True(result.Evidence!.Length < outline.Length);
        Assert.StartsWith("課程內容包含理念與實作", result.Evidence);
    }

    private static IReadOnlyList<CheckResult> Run(string? outline) =>
        CheckTestCourse.Run(new OutlineCheck(), CheckTestCourse.Clean with { Outline = outline });
}

public class DeliveryCheckTests
{
    [Theory]
    [InlineData(DeliveryMode.Online)]
    [InlineData(DeliveryMode.Blended)]
    public void AnOnlineOrBlendedCourseWithoutSoftwareIsAnError(DeliveryMode mode)
    {
        var result = Assert.Single(Run(new CourseDelivery { Mode = mode, OnlineKind = OnlineKind.Live }));

        Assert.Equal((CheckCodes.OnlineSoftwareMissing, CheckSeverity.Error, "共同研討二提案二"), (result.Code, result.Severity, result.Rule));
    }

    [Theory]
    [InlineData(DeliveryMode.Online, DeliverySoftware.Zoom)]
    [InlineData(DeliveryMode.Online, DeliverySoftware.TeacherELearning)]
    [InlineData(DeliveryMode.Blended, DeliverySoftware.GoogleMeet)]
    public void AnOnlineOrBlendedCourseNamingSoftwarePasses(DeliveryMode mode, DeliverySoftware software) =>
        Assert.Empty(Run(new CourseDelivery { Mode = mode, Software = [software] }));

    [Fact]
    public void AnInPersonCourseNeedsNoSoftware() => Assert.Empty(Run(new CourseDelivery()));

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void OtherSoftwareWithoutItsNameIsAnError(string? name)
    {
        var result = Assert.Single(Run(new CourseDelivery
        {
            Mode = DeliveryMode.Online,
            Software = [DeliverySoftware.Zoom, DeliverySoftware.Other],
            SoftwareOther = name,
        }));

        Assert.Contains("其他", result.Message);
    }

    [Fact]
    public void OtherSoftwareWithItsNamePasses() =>
        Assert.Empty(Run(new CourseDelivery { Mode = DeliveryMode.Online, Software = [DeliverySoftware.Other], SoftwareOther = "Jitsi" }));

    private static IReadOnlyList<CheckResult> Run(CourseDelivery delivery) =>
        CheckTestCourse.Run(new DeliveryCheck(), CheckTestCourse.Clean with { Delivery = delivery });
}
