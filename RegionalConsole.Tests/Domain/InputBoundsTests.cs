using RegionalConsole.Domain;

namespace RegionalConsole.Tests.Domain;

public sealed class InputBoundsTests
{
    private static readonly DateOnly Today = new(2026, 12, 5);

    [Theory]
    [InlineData(1912, 1, 1, true)]
    [InlineData(1911, 12, 31, false)]
    [InlineData(1, 1, 1, false)]
    [InlineData(2036, 12, 5, true)]
    [InlineData(2036, 12, 6, false)]
    public void ACourseDateLiesBetweenTheRepublicsFirstDayAndTenYearsFromToday(int year, int month, int day, bool allowed) =>
        Assert.Equal(allowed, InputBounds.IsCourseDate(new DateOnly(year, month, day), Today));

    [Theory]
    [InlineData("旨在提升教師\r\n第二行", true, false)]
    [InlineData("旨在提升教師\r\n第二行", false, true)]
    [InlineData("名稱\t分隔", true, true)]
    [InlineData("名稱\0", false, true)]
    [InlineData("名稱\u0085", true, true)]
    [InlineData("一般文字 Tea Time!", false, false)]
    public void OnlyLineBreaksInMultiLineTextAreAllowedAsControlCharacters(string text, bool multiLine, bool forbidden) =>
        Assert.Equal(forbidden, InputBounds.HasForbiddenControl(text, multiLine));
}
