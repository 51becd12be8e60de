using RegionalConsole.Domain;

namespace RegionalConsole.Tests.Domain;

public class NationalIdTests
{
    [Theory]
    [InlineData("A123456789")]
    [InlineData("F131104093")]
    [InlineData("a123456789")]
    public void AcceptsValidCheckDigit(string id) => Assert.True(NationalId.IsValid(id));

    [Theory]
    [InlineData("A123456788")]
    [InlineData("A323456789")]
    [InlineData("1123456789")]
    [InlineData("A12345678")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("A12345678X")]
    public void RefusesMalformedOrWrongCheckDigit(string? id) => Assert.False(NationalId.IsValid(id));

    [Fact]
    public void MasksTheMiddleDigits() => Assert.Equal("A12****789", NationalId.Mask("A123456789"));

    [Fact]
    public void MasksEveryIdInAFreeText() =>
        Assert.Equal("{\"NationalId\":\"A12****789\",\"Other\":\"F13****093\",\"CourseNo\":\"1150001179\"}",
            NationalId.MaskAll("{\"NationalId\":\"A123456789\",\"Other\":\"F131104093\",\"CourseNo\":\"1150001179\"}"));
}
