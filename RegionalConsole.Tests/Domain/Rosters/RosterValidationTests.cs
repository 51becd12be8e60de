using RegionalConsole.Domain.Rosters;

namespace RegionalConsole.Tests.Domain.Rosters;

public sealed class RosterValidationTests
{
    private static IReadOnlyList<RosterLineError> Validate(params RosterLine[] lines) => RosterValidation.Validate(lines, declaredHours: 6);

    [Fact]
    public void ValidLinesPass()
    {
        Assert.Empty(Validate(new RosterLine("A123456789", 5), new RosterLine("B123456780", 2.5m)));
    }

    [Fact]
    public void ANationalIdWithAWrongCheckDigitIsNamedByIndexAndField()
    {
        var error = Assert.Single(Validate(new RosterLine("A123456789", 5), new RosterLine("A123456788", 5)));

        Assert.Equal("attendees[1].nationalId", error.Field);
    }

    [Fact]
    public void AMissingNationalIdIsRequired()
    {
        Assert.Equal("attendees[0].nationalId", Assert.Single(Validate(new RosterLine(" ", 5))).Field);
    }

    [Fact]
    public void TheSameTeacherTwiceNamesTheSecondAndTheFirst()
    {
        var error = Assert.Single(Validate(new RosterLine("A123456789", 5), new RosterLine("a123456789 ", 5)));

        Assert.Equal("attendees[1].nationalId", error.Field);
        Assert.Equal((RosterLineProblem.Repeated, 0m), (error.Problem, error.Value));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(2.25)]
    [InlineData(6.5)]
    public void HoursMustBePositiveWithOneDecimalAndNoMoreThanDeclared(double hours)
    {
        Assert.Equal("attendees[0].hours", Assert.Single(Validate(new RosterLine("A123456789", (decimal)hours))).Field);
    }

    [Fact]
    public void MissingHoursAreRequired()
    {
        Assert.Equal("attendees[0].hours", Assert.Single(Validate(new RosterLine("A123456789", null))).Field);
    }

    [Fact]
    public void EveryBadLineIsNamed()
    {
        var errors = Validate(new RosterLine("X", 5), new RosterLine("A123456789", 0), new RosterLine("B123456780", 1));

        Assert.Equal(["attendees[0].nationalId", "attendees[1].hours"], errors.Select(e => e.Field));
    }
}
